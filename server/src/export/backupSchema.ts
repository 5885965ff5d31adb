/**
 * The JSON backup: a complete, versioned copy of a board's content. Imports validate against this
 * schema before anything is written; older versions are migrated first (import/migrateBackup.ts).
 */
import {
  ActionSchema,
  GroupSchema,
  LIMITS,
  MetaSchema,
  NoteSchema,
  ResultsSchema,
  SessionSchema,
  ZoneSchema,
} from '@plg/shared';
import { z } from 'zod';

export const BACKUP_FORMAT = 'plg-board-backup';
/** The backup layout written by this code. Bump it with a step in import/migrateBackup.ts. */
export const BACKUP_VERSION = 1;

export const BackupBoardSchema = z.object({
  meta: MetaSchema,
  zones: z.array(ZoneSchema).max(LIMITS.maxZonesPerBoard),
  notes: z.array(NoteSchema).max(LIMITS.maxNotesPerBoard),
  groups: z.array(GroupSchema).max(LIMITS.maxGroupsPerBoard),
  actions: z.array(ActionSchema).max(LIMITS.maxActionsPerBoard),
  session: SessionSchema,
  results: ResultsSchema,
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  board: BackupBoardSchema,
});

export type Backup = z.infer<typeof BackupSchema>;
export type BackupBoard = z.infer<typeof BackupBoardSchema>;
