/**
 * POST /api/boards/:id/session: the facilitator's session commands (facilitator key as a
 * Bearer token). GET returns the current session for anyone with the board id.
 */
import { BoardIdSchema } from '@plg/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerKey, decideRole } from '../auth/roles.js';
import { AppError, ERROR_CODES, notFound } from '../errors.js';
import { SessionCommand } from '../session/commands.js';
import type { BoardRecord } from '../storage/StorageAdapter.js';

/** The board of a request, after checking the facilitator key (401 missing, 403 wrong). */
export async function facilitatorBoard(app: FastifyInstance, request: FastifyRequest): Promise<BoardRecord> {
  const id = BoardIdSchema.safeParse((request.params as { id?: string }).id);
  const record = id.success ? await app.storage.getBoard(id.data) : null;
  if (!record) throw notFound('Board not found.');
  const key = bearerKey(request.headers.authorization);
  if (key === undefined) throw new AppError(401, ERROR_CODES.unauthorized, 'The facilitator key is missing.');
  const role = decideRole(record, 'board', key);
  if (!role.ok || role.role !== 'facilitator') throw new AppError(403, ERROR_CODES.forbidden, 'Wrong facilitator key.');
  return record;
}

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/boards/:id/session', { bodyLimit: 16 * 1024 }, async (request) => {
    const record = await facilitatorBoard(app, request);
    const command = SessionCommand.parse(request.body ?? {});
    const session = await app.session.run(record.id, command);
    await app.storage.updateBoard(record.id, { touchedAt: Date.now() });
    return { ok: true, session };
  });
}
