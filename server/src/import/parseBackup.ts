/**
 * Reads an uploaded JSON backup: migrate an older version, validate everything with zod, refuse
 * a newer document schema or duplicate ids. Nothing is written before this passes.
 */
import { SCHEMA_VERSION } from '@plg/shared';
import { AppError, describeZodError, ERROR_CODES, invalidInput } from '../errors.js';
import { type Backup, BackupSchema } from '../export/backupSchema.js';
import { migrateBackup } from './migrateBackup.js';

function assertUniqueIds(kind: string, items: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw invalidInput(`The backup is damaged: ${kind} id ${item.id} occurs twice.`);
    seen.add(item.id);
  }
}

export function parseBackup(raw: unknown): Backup {
  const migrated = migrateBackup(raw);
  const parsed = BackupSchema.safeParse(migrated);
  if (!parsed.success) throw invalidInput(`The backup is damaged or incomplete: ${describeZodError(parsed.error)}`);
  const backup = parsed.data;
  const schemaVersion = backup.board.meta.schemaVersion;
  if (schemaVersion > SCHEMA_VERSION) {
    throw new AppError(
      400,
      ERROR_CODES.unsupported,
      `This board was made by a newer PLG Board (schema version ${schemaVersion}; this server knows up to ${SCHEMA_VERSION}).`,
    );
  }
  assertUniqueIds('zone', backup.board.zones);
  assertUniqueIds('note', backup.board.notes);
  assertUniqueIds('group', backup.board.groups);
  assertUniqueIds('action', backup.board.actions);
  return backup;
}
