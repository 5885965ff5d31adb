/**
 * GET /healthz: 200 only when the store accepts writes now.
 */
import type { FastifyInstance } from 'fastify';

/** A probe writes a little; answer repeated checks within this time from the last result. */
const PROBE_CACHE_MS = 1000;

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  let last = { at: 0, ok: true };
  app.get('/healthz', async (_request, reply) => {
    if (Date.now() - last.at > PROBE_CACHE_MS) last = { at: Date.now(), ok: await app.storage.probeWritable() };
    const writable = app.rooms.isWritable() && last.ok;
    if (!writable) {
      return reply
        .status(503)
        .send({ status: 'unavailable', error: { code: 'STORAGE_UNAVAILABLE', message: 'The store cannot write.' } });
    }
    return { status: 'ok', rooms: app.rooms.rooms.size };
  });
  app.get('/api/time', async () => ({ now: Date.now() }));
}
