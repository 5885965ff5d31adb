/**
 * Board HTTP API: create, read metadata, resolve a viewer link or a join code.
 */
import { BoardIdSchema, CreateBoardRequest, LIMITS, normaliseJoinCode } from '@plg/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bearerKey, decideRole } from '../auth/roles.js';
import { AppError, ERROR_CODES, notFound } from '../errors.js';
import { baseUrlOf } from '../http/baseUrl.js';

const IdParams = z.object({ id: BoardIdSchema });
const ViewParams = z.object({ viewId: BoardIdSchema });
const CodeParams = z.object({ code: z.string().max(20) });

/** Parses route params; a malformed id is simply an unknown board. */
function params<T>(schema: z.ZodType<T>, request: FastifyRequest): T {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw notFound('Board not found.');
  return parsed.data;
}

export async function boardRoutes(app: FastifyInstance): Promise<void> {
  const base = (request: FastifyRequest) => baseUrlOf(request, app.config.publicUrl);

  app.post('/api/boards', { onRequest: app.boardCreationLimit, bodyLimit: 16 * 1024 }, async (request, reply) => {
    const body = CreateBoardRequest.parse(request.body ?? {});
    const created = await app.boards.create(body, base(request));
    const { record: _record, ...response } = created;
    return reply.status(201).send(response);
  });

  app.get('/api/boards/:id', async (request) => {
    const { id } = params(IdParams, request);
    const record = await app.storage.getBoard(id);
    if (!record) throw notFound('Board not found.');
    const info = app.boards.info(record, base(request));
    const key = bearerKey(request.headers.authorization);
    if (key === undefined) return info;
    const role = decideRole(record, 'board', key);
    if (!role.ok) throw new AppError(403, ERROR_CODES.forbidden, 'Wrong facilitator key.');
    // The facilitator may open the board on another device: give the links that device lacks.
    const { viewerUrl } = app.boards.links(record, base(request), key);
    return { ...info, role: role.role, viewerUrl };
  });

  app.get('/api/view/:viewId', async (request) => {
    const { viewId } = params(ViewParams, request);
    const record = await app.storage.getBoardByViewId(viewId);
    if (!record) throw notFound('Board not found.');
    return { viewId, title: record.title, lang: record.lang, templateId: record.templateId };
  });

  app.get(
    '/api/join/:code',
    { config: { rateLimit: { max: LIMITS.maxJoinGuessesPerIpPerMinute, timeWindow: '1 minute' } } },
    async (request) => {
      const { code } = params(CodeParams, request);
      const normalised = normaliseJoinCode(code);
      const record = normalised ? await app.storage.getBoardByJoinCode(normalised) : null;
      if (!record) throw notFound('No board with this code.');
      return { id: record.id, title: record.title };
    },
  );
}
