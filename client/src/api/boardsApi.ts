/**
 * The server's HTTP API (schemas in shared/src/api/boards.ts). Errors become ApiRequestError
 * with the server's stable code; a network failure has status 0.
 */
import type {
  BoardInfoWithRole,
  CreateBoardRequest,
  CreateBoardResponse as CreateBoardResponseT,
  ResolvedBoard as ResolvedBoardT,
} from '@plg/shared';
import { loadSchemas } from './lazySchemas';
import type { Schema } from './schemas';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type { BoardInfoWithRole };

type Schemas = Awaited<ReturnType<typeof loadSchemas>>;

/** A request validated with one of the shared schemas (loaded with the first request). */
async function request<T>(path: string, pick: (s: Schemas) => Schema<T>, init?: RequestInit): Promise<T> {
  let schemas: Schemas;
  try {
    schemas = await loadSchemas();
  } catch (err) {
    throw new ApiRequestError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  const schema = pick(schemas);
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...init?.headers },
      referrerPolicy: 'no-referrer',
    });
  } catch (err) {
    throw new ApiRequestError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = schemas.ApiError.safeParse(body);
    throw new ApiRequestError(
      res.status,
      parsed.success ? parsed.data.error.code : `HTTP_${res.status}`,
      parsed.success ? parsed.data.error.message : res.statusText,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(res.status, 'BAD_RESPONSE', 'unexpected response from the server');
  return parsed.data;
}

export function createBoard(body: CreateBoardRequest): Promise<CreateBoardResponseT> {
  return request('/api/boards', (s) => s.CreateBoardResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function getBoard(id: string, facilitatorKey?: string | null): Promise<BoardInfoWithRole> {
  return request(`/api/boards/${encodeURIComponent(id)}`, (s) => s.BoardInfoWithRole, {
    headers: facilitatorKey ? { Authorization: `Bearer ${facilitatorKey}` } : {},
  });
}

export function resolveView(viewId: string): Promise<ResolvedBoardT> {
  return request(`/api/view/${encodeURIComponent(viewId)}`, (s) => s.ResolvedBoard);
}

export function resolveJoinCode(code: string): Promise<ResolvedBoardT> {
  return request(`/api/join/${encodeURIComponent(code)}`, (s) => s.ResolvedBoard);
}
