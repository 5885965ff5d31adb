/**
 * Export routes: GET /api/boards/:id/export.{json,csv,xlsx,md,docx,pdf} for the facilitator
 * (Authorization: Bearer <facilitatorKey>). Query: lang=nl|en, sep=semicolon|comma (CSV).
 */
import { LangSchema, readBoard } from '@plg/shared';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireFacilitator } from '../auth/requireFacilitator.js';
import { AppError, ERROR_CODES, notFound } from '../errors.js';
import { downloadName } from '../export/fileName.js';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '../export/formats.js';
import { IncompleteBoardError } from '../export/toBackup.js';
import { nameOf, readPrivateDocs } from '../session/privateDocs.js';

const ExportQuery = z.object({
  lang: z.optional(LangSchema),
  sep: z.enum(['semicolon', 'comma']).optional(),
});

export async function exportRoutes(app: FastifyInstance): Promise<void> {
  // One budget for every format (a route's own rate limit would allow 30 of each format).
  const limit = app.rateLimit({ max: 30, timeWindow: '1 minute' });
  for (const format of EXPORT_FORMAT_IDS) {
    app.get(`/api/boards/:id/export.${format}`, { onRequest: limit }, async (request, reply) => {
      const record = await requireFacilitator(app, request);
      const query = ExportQuery.parse(request.query ?? {});
      const doc = await app.rooms.copyDoc(record.id);
      if (!doc) throw notFound('Board not found.');
      const snapshot = readBoard(doc);
      doc.destroy();
      const authorNames = new Map<string, string>();
      if (!snapshot.session.anonymous && format !== 'json') {
        for (const own of await readPrivateDocs(app.rooms, app.storage, record.id)) {
          const name = nameOf(own.doc).trim();
          if (name) authorNames.set(own.participantId, name);
          own.doc.destroy();
        }
      }
      const now = Date.now();
      let body: Buffer;
      try {
        body = await EXPORT_FORMATS[format].render(snapshot, {
          lang: query.lang,
          separator: query.sep === 'comma' ? ',' : ';',
          now,
          authorNames,
        });
      } catch (error) {
        if (error instanceof IncompleteBoardError) throw new AppError(409, ERROR_CODES.invalidInput, error.message);
        throw error;
      }
      const { disposition } = downloadName(snapshot.meta?.title ?? record.title, now, format);
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', disposition)
        .header('cache-control', 'no-store')
        .send(body);
    });
  }
}
