/**
 * Decorates the app with its services: the store, the live rooms and the board service.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { BoardService } from '../boards/BoardService.js';
import type { Config } from '../config.js';
import { HistoryService } from '../history/HistoryService.js';
import { RetentionService } from '../retention/RetentionService.js';
import { SessionService } from '../session/SessionService.js';
import type { StorageAdapter } from '../storage/StorageAdapter.js';
import { boardPolicy } from '../sync/policy.js';
import { RoomManager } from '../sync/RoomManager.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    storage: StorageAdapter;
    rooms: RoomManager;
    boards: BoardService;
    session: SessionService;
    history: HistoryService;
    retention: RetentionService;
  }
}

export interface ServicesOptions {
  config: Config;
  storage: StorageAdapter;
}

export const servicesPlugin = fp<ServicesOptions>(
  async (app: FastifyInstance, { config, storage }) => {
    const rooms = new RoomManager({ storage, idleMs: config.roomIdleMs, log: app.log }, boardPolicy);
    app.decorate('config', config);
    app.decorate('storage', storage);
    app.decorate('rooms', rooms);
    const boards = new BoardService(storage, config.retentionDays);
    const history = new HistoryService(rooms, storage, Date.now, config.historyIntervalMs);
    const retention = new RetentionService(rooms, storage, boards, app.log);
    app.decorate('boards', boards);
    app.decorate('history', history);
    app.decorate('retention', retention);
    app.decorate('session', new SessionService(rooms, storage, history, app.log));
    app.addHook('onReady', async () => retention.start());
    app.addHook('onClose', async () => {
      retention.stop();
      await rooms.shutdown();
      await storage.close();
    });
  },
  { name: 'services' },
);
