/**
 * Decorates the app with its services: the store, the live rooms and the board service.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { BoardService } from '../boards/BoardService.js';
import type { Config } from '../config.js';
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
    app.decorate('boards', new BoardService(storage, config.retentionDays));
    app.decorate('session', new SessionService(rooms, storage, app.log));
    app.addHook('onClose', async () => {
      await rooms.shutdown();
      await storage.close();
    });
  },
  { name: 'services' },
);
