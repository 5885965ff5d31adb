/**
 * Participant identity without accounts: each browser keeps a random secret; the public
 * participant id is derived from it, so a connection proves who it is by sending the secret
 * and nobody can claim another's id. Pure JS (lib0's SHA-256) because Web Crypto's digest
 * is missing on plain-http LAN addresses.
 */
import { digest } from 'lib0/hash/sha256';
import { base64url } from './newId.js';

const encoder = new TextEncoder();

/** The public id (16 URL-safe characters) of the participant holding `secret`. */
export function participantIdOf(secret: string): string {
  return base64url(digest(encoder.encode(`plg-participant:${secret}`))).slice(0, 16);
}

/** A participant secret as sent in the `as` query parameter. */
export const PARTICIPANT_SECRET = /^[A-Za-z0-9_-]{22}$/;
