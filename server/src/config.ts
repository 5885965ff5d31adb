/**
 * Server configuration from the environment, validated with zod. Every setting has a default
 * so that `pnpm start` on a fresh clone serves the board on port 8080 with SQLite in ./data.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '@plg/shared';
import { z } from 'zod';
import { AUTO_INTERVAL_MS } from './history/HistoryService.js';

const here = fileURLToPath(new URL('.', import.meta.url));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** Base URL for links (e.g. https://plg.school.nl); default: from the request's Host header. */
  PUBLIC_URL: z
    .string()
    .url()
    .optional()
    .transform((v) => v?.replace(/\/+$/, '')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Extra origins allowed to open websockets, comma-separated. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Trust X-Forwarded-For from this proxy (an IP, CIDR or hop count as Fastify understands it). */
  TRUST_PROXY: z.string().optional(),
  /** Where the built client lives; served at / when present. */
  CLIENT_DIST: z.string().default(resolve(here, '../../client/dist')),
  /** How long a board stays loaded after its last client left. */
  ROOM_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
  /** Keep an automatic version of a board after this much time with changes (ms). */
  HISTORY_INTERVAL_MS: z.coerce.number().int().min(100).default(AUTO_INTERVAL_MS),
  /** Boards untouched for this many days are deleted. */
  RETENTION_DAYS: z.coerce.number().int().min(1).default(LIMITS.defaultRetentionDays),
  /** New boards one IP address may create per hour (raise it behind a school's single NAT address). */
  BOARDS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(LIMITS.maxBoardsPerIpPerHour),
  /** Serve GET /api/debug/stats (soak tests and benchmarks only). */
  PLG_DEBUG_STATS: z.enum(['0', '1']).default('0'),
  /** Largest size of the database file in MB (0 = only the disk limits it). */
  DATA_QUOTA_MB: z.coerce.number().min(0).default(0),
  /**
   * Websocket connections at once from one IP address (default LIMITS.maxConnectionsPerIp).
   * Raise it only where many clients share one address on purpose: a load test from one
   * machine (`pnpm bench:server` sets it), or a school NAT you trust.
   */
  MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(LIMITS.maxConnectionsPerIp),
  /**
   * Compress websocket messages (permessage-deflate, each relayed message compressed once for
   * everyone). A third of the bytes for a big room on a slow network, for more server CPU and
   * latency (BENCHMARKS.md); off by default.
   */
  WS_COMPRESSION: z.enum(['on', 'off']).default('off'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  allowedOrigins: string[];
  trustProxy: string | undefined;
  clientDist: string;
  roomIdleMs: number;
  historyIntervalMs: number;
  retentionDays: number;
  dataQuotaBytes: number;
  boardsPerIpPerHour: number;
  debugStats: boolean;
  maxConnectionsPerIp: number;
  wsCompression: boolean;
};

/** Reads the configuration; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    // Relative paths count from where the command was typed (pnpm sets INIT_CWD), not from server/.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    trustProxy: e.TRUST_PROXY,
    clientDist: resolve(e.CLIENT_DIST),
    roomIdleMs: e.ROOM_IDLE_MS,
    historyIntervalMs: e.HISTORY_INTERVAL_MS,
    retentionDays: e.RETENTION_DAYS,
    dataQuotaBytes: Math.floor(e.DATA_QUOTA_MB * 1024 * 1024),
    boardsPerIpPerHour: e.BOARDS_PER_IP_PER_HOUR,
    debugStats: e.PLG_DEBUG_STATS === '1',
    maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
    wsCompression: e.WS_COMPRESSION === 'on',
  };
}
