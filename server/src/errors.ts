/**
 * Application errors with a stable code (for programs) and a message (for people), and the
 * one error handler that answers every failure as JSON, never with a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';

// The shared schemas are zod/mini, which brings no messages of its own (so the client bundle
// carries none): every validation error the server reports is worded in English.
z.config(z.locales.en());

/** A failed parse, from the server's own (classic) schemas and from the shared (mini) ones alike. */
type ZodError = z.core.$ZodError;

export const ERROR_CODES = {
  invalidInput: 'INVALID_INPUT',
  notFound: 'NOT_FOUND',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  rateLimited: 'RATE_LIMITED',
  tooLarge: 'PAYLOAD_TOO_LARGE',
  unsupported: 'UNSUPPORTED',
  storageUnavailable: 'STORAGE_UNAVAILABLE',
  internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Not found') => new AppError(404, ERROR_CODES.notFound, what);
export const invalidInput = (message: string) => new AppError(400, ERROR_CODES.invalidInput, message);

/** Formats zod issues as one readable line. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** SQLite failures that mean the disk is full, read-only or failing. */
export function isStorageError(error: { code?: unknown }): boolean {
  return typeof error.code === 'string' && /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/.test(error.code);
}

/** Installs the JSON error and not-found handlers. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message } });
    }
    if (error instanceof z.core.$ZodError) {
      return reply.status(400).send({ error: { code: ERROR_CODES.invalidInput, message: describeZodError(error) } });
    }
    if (isStorageError(error)) {
      request.log.error({ err: { code: error.code, message: error.message } }, 'storage unavailable');
      return reply
        .status(503)
        .send({ error: { code: ERROR_CODES.storageUnavailable, message: 'The server cannot store data right now.' } });
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: { type: error.name, code: error.code, message: error.message } }, 'request failed');
      return reply
        .status(500)
        .send({ error: { code: ERROR_CODES.internal, message: 'Something went wrong on the server.' } });
    }
    const code =
      status === 413
        ? ERROR_CODES.tooLarge
        : status === 429
          ? ERROR_CODES.rateLimited
          : status === 415
            ? ERROR_CODES.unsupported
            : ERROR_CODES.invalidInput;
    return reply.status(status).send({ error: { code, message: error.message } });
  });
}
