/**
 * The base URL for links: PUBLIC_URL when configured, else from the request.
 */
import type { FastifyRequest } from 'fastify';

export function baseUrlOf(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const host = request.headers.host ?? 'localhost';
  return `${request.protocol}://${host}`;
}

/** Shortens board ids and secrets in a URL path for logs ("/b/AbCd…"), and drops the query. */
export function redactUrl(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(/[A-Za-z0-9_-]{16,}/g, (m) => `${m.slice(0, 4)}…`);
}

/** A board id or secret shortened for logs: enough to tell boards apart, useless as a capability. */
export function shortId(id: string): string {
  return `${id.slice(0, 4)}…`;
}
