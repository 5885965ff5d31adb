/**
 * HTTP request and response schemas shared by server (validation) and client (typing).
 */
import { z } from 'zod/mini';
import { LIMITS } from '../schema/limits.js';
import { LangSchema } from '../schema/meta.js';

export const CreateBoardRequest = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxTitleLength)),
  template: z.optional(z.string().check(z.maxLength(40))),
  lang: z.optional(LangSchema),
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

/** Board info as a facilitator gets it (with the key): also the role and the viewer link. */
export const BoardInfoWithRole = z.extend(BoardInfo, {
  role: z.optional(z.string()),
  viewerUrl: z.optional(z.string()),
});
export type BoardInfoWithRole = z.infer<typeof BoardInfoWithRole>;

/** Returned for a join code or a viewer link. */
export const ResolvedBoard = z.object({
  id: z.optional(z.string()),
  viewId: z.optional(z.string()),
  title: z.string(),
});
export type ResolvedBoard = z.infer<typeof ResolvedBoard>;

export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof ApiError>;

/** Path segment of a board id or viewer id: 22 URL-safe characters (128 bits). */
export const BoardIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
