/**
 * Builds the Fastify app: services, security, websocket, routes, static client. Used by
 * main.ts and by the tests (with their own config and store).
 */
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import { LIMITS } from '@plg/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { installErrorHandlers } from './errors.js';
import { redactUrl } from './http/baseUrl.js';
import { securityPlugin } from './plugins/security.js';
import { servicesPlugin } from './plugins/services.js';
import { staticClientPlugin } from './plugins/staticClient.js';
import { boardLifecycleRoutes } from './routes/boardLifecycle.js';
import { boardRoutes } from './routes/boards.js';
import { debugRoutes } from './routes/debug.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { historyRoutes } from './routes/history.js';
import { importRoutes } from './routes/imports.js';
import { sessionRoutes } from './routes/session.js';
import { wsRoutes } from './routes/ws.js';
import type { StorageAdapter } from './storage/StorageAdapter.js';
import { installSyncInflate } from './sync/syncInflate.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook of the routes that create a board (BOARDS_PER_IP_PER_HOUR in all). */
    boardCreationLimit: ReturnType<FastifyInstance['rateLimit']>;
  }
}

export async function buildApp(
  config: Config,
  storage: StorageAdapter,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Never log query strings (keys, secrets), bodies, names or note text; shorten ids.
      serializers: {
        req: (req) => ({ method: req.method, url: redactUrl(req.url) }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });
  installErrorHandlers(app);
  await app.register(servicesPlugin, { config, storage });
  await app.register(securityPlugin);
  await app.register(rateLimit, { global: false });
  // New boards per address: one budget, whether made empty or from a backup.
  app.decorate('boardCreationLimit', app.rateLimit({ max: config.boardsPerIpPerHour, timeWindow: '1 hour' }));
  if (config.wsCompression) installSyncInflate();
  await app.register(websocket, {
    options: {
      maxPayload: LIMITS.maxMessageBytes,
      // WS_COMPRESSION=on: what the rooms send is compressed once per message for every client
      // (sync/sharedFrame.ts); ws itself never compresses (threshold), only inflates what clients
      // compress. No context takeover keeps each message self-contained (and each connection's
      // inflater small).
      perMessageDeflate: config.wsCompression
        ? { serverNoContextTakeover: true, clientNoContextTakeover: true, threshold: Number.POSITIVE_INFINITY }
        : false,
    },
    // ws has already sent the right close frame (1009 for oversize); let it flush.
    errorHandler(error, socket) {
      app.log.info({ err: error.message }, 'websocket error');
      setTimeout(() => socket.terminate(), 1000).unref();
    },
  });
  await app.register(healthRoutes);
  await app.register(boardRoutes);
  await app.register(exportRoutes);
  await app.register(importRoutes);
  await app.register(sessionRoutes);
  await app.register(historyRoutes);
  await app.register(boardLifecycleRoutes);
  await app.register(wsRoutes);
  if (config.debugStats) await app.register(debugRoutes);
  await app.register(staticClientPlugin, { dir: config.clientDist });
  return app;
}
