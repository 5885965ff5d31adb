/**
 * GET /healthz: 200 only when the store accepts writes now.
 */
import type { FastifyInstance } from 'fastify';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const writable = app.rooms.isWritable() && (await app.storage.probeWritable());
    if (!writable) {
      return reply
        .status(503)
        .send({ status: 'unavailable', error: { code: 'STORAGE_UNAVAILABLE', message: 'The store cannot write.' } });
    }
    return { status: 'ok', rooms: app.rooms.rooms.size };
  });
  app.get('/api/time', async () => ({ now: Date.now() }));
}
