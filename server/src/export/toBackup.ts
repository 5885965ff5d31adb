/**
 * JSON backup export: every object of the board, with note text, as validated plain data.
 * In anonymous mode author ids and voter names are left out, as in every export.
 */
import type { BoardSnapshot } from '@plg/shared';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema } from './backupSchema.js';

export class IncompleteBoardError extends Error {}

/** The backup of a snapshot; throws when the board has no valid meta (nothing to restore to). */
export function toBackup(snapshot: BoardSnapshot, exportedAt = Date.now()): Backup {
  if (!snapshot.meta) throw new IncompleteBoardError('The board has no valid metadata.');
  const anonymous = snapshot.session.anonymous;
  const votes = snapshot.results.votes;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    board: {
      meta: snapshot.meta,
      zones: snapshot.zones,
      notes: snapshot.notes.map(({ zoneId: _zoneId, ...note }) => (anonymous ? { ...note, authorId: '' } : note)),
      groups: snapshot.groups,
      actions: snapshot.actions,
      session: snapshot.session,
      results:
        anonymous && votes
          ? {
              ...snapshot.results,
              votes: Object.fromEntries(Object.entries(votes).map(([id, tally]) => [id, { count: tally.count }])),
            }
          : snapshot.results,
    },
  };
  // What we write must be what we accept.
  return BackupSchema.parse(backup);
}
