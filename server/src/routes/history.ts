/**
 * Board history for the facilitator: list versions, preview one, restore one.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireFacilitator } from '../auth/requireFacilitator.js';
import { notFound } from '../errors.js';

const VersionParams = z.object({ hid: z.coerce.number().int().positive() });

export async function historyRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/boards/:id/history', async (request) => {
    const board = await requireFacilitator(app, request);
    return { versions: await app.history.list(board.id) };
  });

  app.get('/api/boards/:id/history/:hid', async (request) => {
    const board = await requireFacilitator(app, request);
    const parsed = VersionParams.safeParse(request.params);
    const snapshot = parsed.success ? await app.history.preview(board.id, parsed.data.hid) : null;
    if (!snapshot) throw notFound('Version not found.');
    return snapshot;
  });

  app.post('/api/boards/:id/history/:hid/restore', async (request) => {
    const board = await requireFacilitator(app, request);
    const parsed = VersionParams.safeParse(request.params);
    if (!parsed.success || !(await app.history.restore(board.id, parsed.data.hid)))
      throw notFound('Version not found.');
    return { ok: true };
  });
}
