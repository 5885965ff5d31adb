/**
 * Backup migrations: an ordered list of small steps that bring an older backup up to
 * BACKUP_VERSION before it is validated. A newer or unknown version is refused.
 */
import { defaultSession } from '@plg/shared';
import { AppError, ERROR_CODES, invalidInput } from '../errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backupSchema.js';

type Json = Record<string, unknown>;

export interface BackupMigration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  name: string;
  up(backup: Json): Json;
}

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);

/**
 * v0 → v1: the pre-release layout had no exportedAt, groups, actions, session or results, and
 * notes and zones without some of today's fields. Fill them with what a new board has.
 */
const v0ToV1: BackupMigration = {
  from: 0,
  name: 'v0-to-v1',
  up(backup) {
    const board = obj(backup.board);
    const meta = obj(board.meta);
    return {
      ...backup,
      version: 1,
      exportedAt: typeof backup.exportedAt === 'number' ? backup.exportedAt : 0,
      board: {
        ...board,
        meta: {
          schemaVersion: 1,
          templateId: 'empty',
          lang: 'nl',
          createdAt: 0,
          ...meta,
          title: typeof meta.title === 'string' ? meta.title : '',
        },
        zones: arr(board.zones).map((z, order) => ({ description: '', kind: 'area', order, color: '#eeeeee', ...z })),
        notes: arr(board.notes).map((n) => ({
          width: 200,
          height: 160,
          color: '#fff176',
          createdAt: 0,
          authorId: '',
          ...n,
        })),
        groups: arr(board.groups),
        actions: arr(board.actions),
        session: { ...defaultSession(), ...obj(board.session) },
        results: { participantCount: 0, ...obj(board.results) },
      },
    };
  },
};

/** Every step, in order; the last one writes BACKUP_VERSION. */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [v0ToV1];

/** Brings a parsed JSON backup up to BACKUP_VERSION; throws a 400 for anything else. */
export function migrateBackup(raw: unknown): Json {
  const backup = obj(raw);
  if (backup.format !== BACKUP_FORMAT) throw invalidInput('This is not a PLG Board backup (format is missing).');
  const version = backup.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new AppError(400, ERROR_CODES.unsupported, 'This backup has an unknown version.');
  }
  if (version > BACKUP_VERSION) {
    throw new AppError(
      400,
      ERROR_CODES.unsupported,
      `This backup was made by a newer PLG Board (backup version ${version}; this server reads up to ${BACKUP_VERSION}).`,
    );
  }
  let current = backup;
  for (const step of BACKUP_MIGRATIONS) if (step.from >= version) current = step.up(current);
  return current;
}
