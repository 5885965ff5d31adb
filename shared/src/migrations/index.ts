/**
 * Document migrations: an ordered list of small named steps. The server runs pending steps
 * on load, in one transaction with the migration origin. A newer document is refused.
 */
import type * as Y from 'yjs';
import { metaOf } from '../ops/access.js';
import { MIGRATION_ORIGIN } from '../ops/origins.js';
import { SCHEMA_VERSION } from '../schema/keys.js';
import { v1Initial } from './v1-initial.js';

export interface MigrationStep {
  /** The version a document has after this step. */
  version: number;
  name: string;
  up(doc: Y.Doc): void;
}

/** All steps, in order; the last step's version equals SCHEMA_VERSION. */
export const MIGRATIONS: readonly MigrationStep[] = [v1Initial];

export class UnsupportedSchemaVersionError extends Error {
  readonly code = 'UNSUPPORTED_SCHEMA_VERSION';
  constructor(readonly found: number) {
    super(
      `This board was made by a newer PLG Board (schema version ${found}; this server knows up to ${SCHEMA_VERSION}).`,
    );
  }
}

/** The document's schema version (0 when it has none). */
export function schemaVersionOf(doc: Y.Doc): number {
  const v = metaOf(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Runs the pending steps; returns the names of the steps applied. Throws for a newer document. */
export function migrateDoc(doc: Y.Doc): string[] {
  const from = schemaVersionOf(doc);
  if (from > SCHEMA_VERSION) throw new UnsupportedSchemaVersionError(from);
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  doc.transact(() => {
    for (const step of pending) {
      step.up(doc);
      metaOf(doc).set('schemaVersion', step.version);
    }
  }, MIGRATION_ORIGIN);
  return pending.map((m) => m.name);
}
