/**
 * GET /api/debug/stats — only when PLG_DEBUG_STATS=1 (soak tests, benchmarks): live rooms,
 * connections and memory after a full garbage collection (needs node --expose-gc).
 */
import type { FastifyInstance } from 'fastify';

export async function debugRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/debug/stats', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    let connections = 0;
    for (const room of app.rooms.rooms.values()) connections += room.connections.size;
    const memory = process.memoryUsage();
    return {
      rooms: app.rooms.rooms.size,
      connections,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      gc: Boolean(gc),
    };
  });
}
