/**
 * HTTP request and response schemas shared by server (validation) and client (typing).
 */
import { z } from 'zod';
import { LIMITS } from '../schema/limits.js';
import { LangSchema } from '../schema/meta.js';

export const CreateBoardRequest = z.object({
  title: z.string().trim().min(1).max(LIMITS.maxTitleLength),
  template: z.string().max(40).optional(),
  lang: LangSchema.optional(),
});
export type CreateBoardRequest = z.infer<typeof CreateBoardRequest>;

export const CreateBoardResponse = z.object({
  id: z.string(),
  facilitatorKey: z.string(),
  /** Participants' link. */
  url: z.string(),
  /** Facilitator's link; the key is in the fragment (`#key=…`). */
  facilitatorUrl: z.string(),
  /** Read-only link. */
  viewerUrl: z.string(),
  joinCode: z.string(),
});
export type CreateBoardResponse = z.infer<typeof CreateBoardResponse>;

export const BoardInfo = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  lang: LangSchema,
  createdAt: z.number(),
  joinCode: z.string(),
  url: z.string(),
  /** When the board will be deleted if nobody touches it (ms since epoch). */
  expiresAt: z.number(),
});
export type BoardInfo = z.infer<typeof BoardInfo>;

/** Returned for a join code or a viewer link. */
export const ResolvedBoard = z.object({ id: z.string().optional(), viewId: z.string().optional(), title: z.string() });
export type ResolvedBoard = z.infer<typeof ResolvedBoard>;

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof ApiError>;

/** Path segment of a board id or viewer id: 22 URL-safe characters (128 bits). */
export const BoardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
