/**
 * The HTTP response schemas (zod, from @plg/shared), in a module of their own so that pages
 * which only call the API (home, join) load zod on their first request, not with the page.
 */
export { ApiError, BoardInfoWithRole, CreateBoardResponse, ResolvedBoard } from '@plg/shared';

/** Anything with zod's safeParse, without depending on zod at the call site. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}
