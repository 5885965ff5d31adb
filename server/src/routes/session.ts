/**
 * POST /api/boards/:id/session: the facilitator's session commands (facilitator key as a
 * Bearer token). Everyone else reads the session from the board document.
 */
import type { FastifyInstance } from 'fastify';
import { requireFacilitator } from '../auth/requireFacilitator.js';
import { SessionCommand } from '../session/commands.js';

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/boards/:id/session', { bodyLimit: 16 * 1024 }, async (request) => {
    const record = await requireFacilitator(app, request);
    const command = SessionCommand.parse(request.body ?? {});
    const session = await app.session.run(record.id, command);
    await app.storage.updateBoard(record.id, { touchedAt: Date.now() });
    return { ok: true, session };
  });
}
