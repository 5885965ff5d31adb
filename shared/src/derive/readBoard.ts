/**
 * Reads a whole board document into validated plain data (for exports, list views and checks).
 */
import * as Y from 'yjs';
import { actionsOf, groupsOf, metaOf, notesOf, resultsOf, sessionOf, zonesOf } from '../ops/access.js';
import { type Action, readAction } from '../schema/action.js';
import { type Group, readGroup } from '../schema/group.js';
import { ROOT_NAMES } from '../schema/keys.js';
import { type Meta, readMeta } from '../schema/meta.js';
import { type Note, readNote } from '../schema/note.js';
import { type Results, readResults } from '../schema/results.js';
import { readSession, type Session } from '../schema/session.js';
import { readZone, type Zone } from '../schema/zone.js';
import { zoneOfNote } from './zoneOfNote.js';

export interface BoardSnapshot {
  meta: Meta | undefined;
  zones: Zone[];
  notes: (Note & { zoneId: string | null })[];
  groups: Group[];
  actions: Action[];
  session: Session;
  results: Results;
  /** Paths of entries that did not validate (e.g. `notes/abc`). Empty for a healthy board. */
  invalid: string[];
}

function readAll<T>(
  map: Y.Map<unknown>,
  read: (m: Y.Map<unknown>) => T | undefined,
  path: string,
  invalid: string[],
): T[] {
  const out: T[] = [];
  for (const [key, value] of map.entries()) {
    const item = value instanceof Y.Map ? read(value) : undefined;
    if (item === undefined) invalid.push(`${path}/${key}`);
    else out.push(item);
  }
  return out;
}

/** A validated snapshot of the board. Invalid entries are left out and listed in `invalid`. */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const invalid: string[] = [];
  const meta = readMeta(metaOf(doc));
  if (!meta) invalid.push('meta');
  const zones = readAll(zonesOf(doc), readZone, 'zones', invalid).sort((a, b) => a.order - b.order);
  const notes = readAll(notesOf(doc), readNote, 'notes', invalid)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((n) => ({ ...n, zoneId: zoneOfNote(n, zones) }));
  const groups = readAll(groupsOf(doc), readGroup, 'groups', invalid);
  const actions = readAll(actionsOf(doc), readAction, 'actions', invalid).sort((a, b) => a.createdAt - b.createdAt);
  for (const name of doc.share.keys()) if (!(ROOT_NAMES as readonly string[]).includes(name)) invalid.push(name);
  return {
    meta,
    zones,
    notes,
    groups,
    actions,
    session: readSession(sessionOf(doc)),
    results: readResults(resultsOf(doc)),
    invalid,
  };
}
