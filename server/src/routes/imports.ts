/**
 * Import routes.
 * - POST /api/boards/import: a JSON backup (Content-Type application/json, at most 10 MB) becomes a
 *   NEW board; validated completely before anything is written. 201 + CreateBoardResponse.
 * - POST /api/boards/:id/import (facilitator key): a CSV (text/csv) or XLSX file (at most 5 MB) adds
 *   one note per row to that board, after keeping the board as it was as a 'before-import'
 *   version. 200 + { added, skipped: [{ row, reason }] }.
 */
import { LIMITS, sessionOf, templateById } from '@plg/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireFacilitator } from '../auth/requireFacilitator.js';
import { AppError, ERROR_CODES, notFound } from '../errors.js';
import { baseUrlOf } from '../http/baseUrl.js';
import { type ImportResult, importRows } from '../import/importRows.js';
import { parseBackup } from '../import/parseBackup.js';
import { CSV_MIME, readCsv, readXlsx, XLSX_MIME } from '../import/readTable.js';
import { writeBackup } from '../import/writeBackup.js';
import { boardPolicy } from '../sync/policy.js';

/** Largest JSON backup accepted (a full board of 5,000 long notes is about 12 MB of JSON at most; typical is < 2 MB). */
export const BACKUP_BODY_LIMIT = 10 * 1024 * 1024;
/** Largest CSV or XLSX file accepted. */
export const TABLE_BODY_LIMIT = 5 * 1024 * 1024;

export async function importRoutes(app: FastifyInstance): Promise<void> {
  // Raw bodies for table files, only in this plugin.
  app.addContentTypeParser(
    [CSV_MIME, XLSX_MIME],
    { parseAs: 'buffer', bodyLimit: TABLE_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/boards/import',
    { bodyLimit: BACKUP_BODY_LIMIT, onRequest: app.boardCreationLimit },
    async (request, reply) => {
      if (!isJson(request)) throw new AppError(415, ERROR_CODES.unsupported, 'Send the backup as application/json.');
      const backup = parseBackup(request.body);
      const { meta } = backup.board;
      const created = await app.boards.create(
        {
          title: meta.title.trim().slice(0, LIMITS.maxTitleLength) || 'PLG-bord',
          lang: meta.lang,
          // The record needs a known template; the document keeps the backup's own templateId.
          template: templateById(meta.templateId) ? meta.templateId : 'empty',
        },
        baseUrlOf(request, app.config.publicUrl),
        writeBackup(backup.board, ''),
      );
      // create() picks the join code after the callback's signature was fixed; write it into the session.
      await app.rooms.change(created.id, boardPolicy, (doc) => sessionOf(doc).set('joinCode', created.joinCode));
      const { record: _record, ...response } = created;
      return reply.status(201).send(response);
    },
  );

  app.post(
    '/api/boards/:id/import',
    { bodyLimit: TABLE_BODY_LIMIT, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request) => {
      const record = await requireFacilitator(app, request);
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (!Buffer.isBuffer(request.body) || (type !== CSV_MIME && type !== XLSX_MIME)) {
        throw new AppError(415, ERROR_CODES.unsupported, `Send a CSV (${CSV_MIME}) or Excel (${XLSX_MIME}) file.`);
      }
      const table = type === CSV_MIME ? readCsv(request.body) : await readXlsx(request.body);
      let result: ImportResult = { added: 0, skipped: [] };
      try {
        // The board as it was, to go back to if the import was a mistake (a readable file only).
        await app.history.keep(record.id, 'before-import');
        await app.rooms.change(record.id, boardPolicy, (doc) => {
          result = importRows(doc, table);
        });
      } catch (error) {
        if ((error as Error).message === 'not found') throw notFound('Board not found.');
        throw error;
      }
      return result;
    },
  );
}

function isJson(request: FastifyRequest): boolean {
  return /^application\/json\b/i.test(request.headers['content-type'] ?? '');
}
