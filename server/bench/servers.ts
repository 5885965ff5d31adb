/**
 * Starting a target and putting boards on it: ours and Hocuspocus get them in their store
 * before they start; the stock y-websocket-server keeps nothing on disk, so its rooms are
 * seeded over the wire (or, for cold loads, served from files by its persistence hook).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@plg/shared';
import { seedHocuspocus, startHocuspocus } from './targets/hocuspocus.js';
import { seedOurs, startOurs } from './targets/ours.js';
import type { RunningServer, StartOptions, TargetName } from './targets/target.js';
import { startYws } from './targets/yWebsocketServer.js';

export interface Prepared {
  dataDir: string;
  ids: string[];
  /** Rooms the probe thread must seed over the wire before anything else connects. */
  seedRooms: string[];
  /** Start options matching how the boards were stored. */
  start: StartOptions;
}

/** A temp data directory with `count` boards holding `state`, ready for `target`. */
export async function prepare(
  target: TargetName,
  count: number,
  state: Uint8Array,
  options: { fromFiles?: boolean; profileDir?: string } = {},
): Promise<Prepared> {
  const dataDir = mkdtempSync(join(tmpdir(), `plg-bench-${target}-`));
  const start: StartOptions = { dataDir };
  if (options.profileDir) start.profileDir = options.profileDir;
  if (target === 'ours') return { dataDir, ids: await seedOurs(dataDir, count, state), seedRooms: [], start };
  // Same id format as ours (22 URL-safe characters); the references accept any room name.
  const ids = Array.from({ length: count }, () => newId(16));
  if (target === 'hocuspocus') {
    seedHocuspocus(dataDir, ids, state);
    return { dataDir, ids, seedRooms: [], start };
  }
  if (options.fromFiles) {
    for (const id of ids) writeFileSync(join(dataDir, `${id}.bin`), state);
    return { dataDir, ids, seedRooms: [], start: { ...start, fromFiles: true } };
  }
  return { dataDir, ids, seedRooms: ids, start };
}

export function startTarget(target: TargetName, options: StartOptions): Promise<RunningServer> {
  if (target === 'ours') return startOurs(options);
  if (target === 'yws') return startYws(options);
  return startHocuspocus(options);
}

export function cleanup(prepared: Prepared): void {
  rmSync(prepared.dataDir, { recursive: true, force: true });
}
