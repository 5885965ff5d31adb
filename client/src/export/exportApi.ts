/**
 * The server's export and import routes: downloads with the facilitator key as a Bearer token
 * (never in the address), table imports into a board, and a JSON backup restored as a new board.
 * Failures become ExportApiError with the HTTP status (0: network) and the server's stable code;
 * a cancelled download (its AbortSignal) rejects with the signal's reason instead.
 */
import type { CreateBoardResponse, Lang } from '@plg/shared';
import { loadSchemas } from '../api/lazySchemas';
import { fileNameFromDisposition } from './contentDisposition';
import type { CsvSeparator, ServerFormat } from './formats';

export class ExportApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ImportResult {
  added: number;
  skipped: { row: number; reason: string }[];
}

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, referrerPolicy: 'no-referrer', cache: 'no-store' });
  } catch (err) {
    init.signal?.throwIfAborted();
    throw new ExportApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  if (res.ok) return res;
  const body: unknown = await res.json().catch(() => null);
  const parsed = (await loadSchemas()).ApiError.safeParse(body);
  throw new ExportApiError(
    res.status,
    parsed.success ? parsed.data.error.code : `HTTP_${res.status}`,
    parsed.success ? parsed.data.error.message : res.statusText,
  );
}

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/**
 * Reads a response body; with a Content-Length, reports the share received as it arrives.
 * (The server makes the whole file before it answers, so this is the download's part only.)
 */
async function readBody(res: Response, onProgress?: (received: number) => void): Promise<Blob> {
  const total = Number(res.headers.get('content-length'));
  const type = res.headers.get('content-type') ?? '';
  if (!onProgress || !res.body || !(total > 0)) return res.blob();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  onProgress(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.byteLength;
    // A compressed transfer counts more bytes than it announced.
    onProgress(Math.min(1, received / total));
  }
  return new Blob(parts as BlobPart[], { type });
}

export interface FetchExportOptions {
  lang: Lang;
  separator: CsvSeparator;
  /** Cancels the request or the download. */
  signal?: AbortSignal;
  /** The server has answered: the share of the file received so far (0–1), when its size is known. */
  onProgress?(received: number): void;
}

/** Downloads one export; the file name comes from Content-Disposition. */
export async function fetchExport(
  boardId: string,
  key: string,
  format: ServerFormat,
  options: FetchExportOptions,
): Promise<{ blob: Blob; fileName: string }> {
  const query = new URLSearchParams({ lang: options.lang });
  if (format === 'csv') query.set('sep', options.separator);
  const res = await send(`/api/boards/${encodeURIComponent(boardId)}/export.${format}?${query}`, {
    headers: { ...bearer(key), Accept: '*/*' },
    signal: options.signal,
  });
  let blob: Blob;
  try {
    blob = await readBody(res, options.onProgress);
  } catch (err) {
    options.signal?.throwIfAborted();
    throw new ExportApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  const fileName = fileNameFromDisposition(res.headers.get('content-disposition')) ?? `plg-bord.${format}`;
  return { blob, fileName };
}

/** The MIME type the server wants for a table file, from its name or type; null if neither fits. */
export function tableMime(file: Pick<File, 'name' | 'type'>): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_MIME) return XLSX_MIME;
  if (name.endsWith('.csv') || name.endsWith('.txt') || file.type === CSV_MIME) return CSV_MIME;
  return null;
}

/** Adds one note per row of a CSV or XLSX file (raw body) to the board. */
export async function importTable(boardId: string, key: string, file: File, mime: string): Promise<ImportResult> {
  const res = await send(`/api/boards/${encodeURIComponent(boardId)}/import`, {
    method: 'POST',
    headers: { ...bearer(key), 'Content-Type': mime, Accept: 'application/json' },
    body: file,
  });
  const body = (await res.json()) as ImportResult;
  return { added: Number(body.added) || 0, skipped: Array.isArray(body.skipped) ? body.skipped : [] };
}

/** Opens a JSON backup as a new board (201, like creating one). */
export async function importBackup(text: string): Promise<CreateBoardResponse> {
  const res = await send('/api/boards/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: text,
  });
  const { CreateBoardResponse: schema } = await loadSchemas();
  const parsed = schema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new ExportApiError(res.status, 'BAD_RESPONSE', 'unexpected response from the server');
  return parsed.data;
}
