/**
 * Deleting a board for good and extending how long it is kept (facilitator only).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireFacilitator } from '../auth/requireFacilitator.js';
import { MAX_EXTENSION_DAYS } from '../retention/RetentionService.js';

const ExtendBody = z.object({ days: z.number().int().min(1).max(MAX_EXTENSION_DAYS) });

export async function boardLifecycleRoutes(app: FastifyInstance): Promise<void> {
  app.delete('/api/boards/:id', async (request, reply) => {
    const board = await requireFacilitator(app, request);
    await app.retention.deleteBoard(board.id);
    return reply.status(204).send();
  });

  app.post('/api/boards/:id/extend', { bodyLimit: 1024 }, async (request) => {
    const board = await requireFacilitator(app, request);
    const { days } = ExtendBody.parse(request.body ?? {});
    return { expiresAt: await app.retention.extend(board.id, days) };
  });
}
