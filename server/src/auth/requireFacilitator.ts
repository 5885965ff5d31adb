/**
 * The facilitator check for export and import routes: the board id from the path and the
 * facilitator key from `Authorization: Bearer <key>` (compared in constant time).
 */
import { BoardIdSchema } from '@plg/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, notFound } from '../errors.js';
import type { BoardRecord } from '../storage/StorageAdapter.js';
import { bearerKey, decideRole } from './roles.js';

/** The board record, if the request carries its facilitator key; else a 401, 403 or 404 error. */
export async function requireFacilitator(app: FastifyInstance, request: FastifyRequest): Promise<BoardRecord> {
  const id = BoardIdSchema.safeParse((request.params as { id?: unknown }).id);
  if (!id.success) throw notFound('Board not found.');
  const key = bearerKey(request.headers.authorization);
  if (key === undefined) {
    throw new AppError(401, ERROR_CODES.unauthorized, 'The facilitator key is missing (Authorization: Bearer <key>).');
  }
  const record = await app.storage.getBoard(id.data);
  if (!record) throw notFound('Board not found.');
  const role = decideRole(record, 'board', key);
  if (!role.ok || role.role !== 'facilitator') throw new AppError(403, ERROR_CODES.forbidden, 'Wrong facilitator key.');
  return record;
}
