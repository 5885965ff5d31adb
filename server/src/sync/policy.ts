/**
 * Document policies: which top-level types a document may hold, whether the content an update
 * leaves behind is valid, and whether the connection may make those changes.
 */
import {
  ActionSchema,
  type Change,
  DENIED,
  type DeniedReason,
  GroupSchema,
  judgeBoardChanges,
  LIMITS,
  MetaSchema,
  NOTE_KEYS,
  ROOT,
  ROOT_NAMES,
  type Role,
  readAction,
  readGroup,
  readMeta,
  readNote,
  readZone,
  type Session,
  ZoneSchema,
} from '@plg/shared';
import * as Y from 'yjs';

export interface ConnInfo {
  role: Role;
  participantId: string;
}

export interface Refusal {
  reason: DeniedReason;
  detail: string;
}

/** What a policy judges against: the board's session and its accepted main document. */
export interface PolicyContext {
  session: Session;
  board: Y.Doc;
}

export interface DocPolicy {
  readonly roots: ReadonlySet<string>;
  /** `null` when `conn` may make `changes` (already tried on `shadow`) in this context. */
  check(conn: ConnInfo, changes: readonly Change[], shadow: Y.Doc, ctx: PolicyContext): Refusal | null;
}

type Reader = (m: Y.Map<unknown>) => unknown;

export interface ObjectRoot {
  read: Reader;
  keys: ReadonlySet<string>;
  max: number;
}

export const OBJECT_ROOTS: Record<string, ObjectRoot> = {
  [ROOT.notes]: { read: readNote, keys: NOTE_KEYS, max: LIMITS.maxNotesPerBoard },
  [ROOT.zones]: { read: readZone, keys: new Set(Object.keys(ZoneSchema.shape)), max: LIMITS.maxZonesPerBoard },
  [ROOT.groups]: { read: readGroup, keys: new Set(Object.keys(GroupSchema.shape)), max: LIMITS.maxGroupsPerBoard },
  [ROOT.actions]: { read: readAction, keys: new Set(Object.keys(ActionSchema.shape)), max: LIMITS.maxActionsPerBoard },
};
const META_KEYS: ReadonlySet<string> = new Set(Object.keys(MetaSchema.shape));

const invalid = (detail: string): Refusal => ({ reason: DENIED.invalid, detail });

/** Checks that every object an update touched is still valid by the shared schema. */
export function validateObjects(
  changes: readonly Change[],
  shadow: Y.Doc,
  specs: Record<string, ObjectRoot> = OBJECT_ROOTS,
): Refusal | null {
  for (const change of changes) {
    if (change.root === ROOT.meta) {
      const meta = shadow.getMap(ROOT.meta);
      for (const key of meta.keys()) if (!META_KEYS.has(key)) return invalid(`unknown meta field ${key}`);
      if (!readMeta(meta)) return invalid('meta does not validate');
      continue;
    }
    const spec = specs[change.root];
    if (!spec) continue;
    const rootMap = shadow.getMap<unknown>(change.root);
    if (change.kind === 'add' && rootMap.size > spec.max)
      return { reason: DENIED.limit, detail: `${change.root} limit` };
    if (change.kind === 'delete' || change.id === null) continue;
    const value = rootMap.get(change.id);
    if (!(value instanceof Y.Map)) return invalid(`${change.root}/${change.id} is not an object`);
    for (const key of value.keys()) if (!spec.keys.has(key)) return invalid(`unknown field ${key}`);
    const object = spec.read(value) as { id?: string } | undefined;
    if (!object) return invalid(`${change.root}/${change.id} does not validate`);
    if (object.id !== change.id) return invalid(`${change.root}/${change.id} has a different id`);
  }
  return null;
}

/** The policy of a board's main document. */
export const boardPolicy: DocPolicy = {
  roots: new Set<string>(ROOT_NAMES),
  check(conn, changes, shadow, { session }) {
    const denied = judgeBoardChanges({ role: conn.role, session }, changes);
    if (denied) return { reason: denied, detail: denied };
    const bad = validateObjects(changes, shadow);
    if (bad) return bad;
    // New notes carry their author's own id, or none (always none in anonymous mode).
    for (const change of changes) {
      if (change.root !== ROOT.notes || change.kind !== 'add' || change.id === null) continue;
      const authorId = (shadow.getMap<Y.Map<unknown>>(ROOT.notes).get(change.id) as Y.Map<unknown>).get('authorId');
      if (session.anonymous && authorId !== '') return { reason: DENIED.foreign, detail: 'author on anonymous board' };
      if (conn.role !== 'facilitator' && authorId !== '' && authorId !== conn.participantId) {
        return { reason: DENIED.foreign, detail: 'note of another author' };
      }
    }
    return null;
  },
};
