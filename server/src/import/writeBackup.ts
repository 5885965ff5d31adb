/**
 * Writes a validated backup into a fresh board document (BoardService.create's initialState):
 * every zone, note, group, action, the session and the results; then document migrations run.
 */
import {
  actionsOf,
  createNoteMap,
  groupsOf,
  metaOf,
  migrateDoc,
  notesOf,
  resultsOf,
  SERVER_ORIGIN,
  sessionOf,
  zoneMap,
  zonesOf,
} from '@plg/shared';
import * as Y from 'yjs';
import type { BackupBoard } from '../export/backupSchema.js';

function plainMap(value: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, v] of Object.entries(value)) if (v !== undefined) map.set(key, v);
  return map;
}

/** The initial-state writer for `board`; the join code is the new board's own. */
export function writeBackup(board: BackupBoard, joinCode: string): (doc: Y.Doc) => void {
  return (doc) => {
    doc.transact(() => {
      const meta = metaOf(doc);
      for (const [key, value] of Object.entries(board.meta)) meta.set(key, value);
      const zones = zonesOf(doc);
      for (const zone of board.zones) zones.set(zone.id, zoneMap(zone));
      const notes = notesOf(doc);
      for (const note of board.notes) notes.set(note.id, createNoteMap(note));
      const groups = groupsOf(doc);
      for (const group of board.groups) groups.set(group.id, plainMap(group));
      const actions = actionsOf(doc);
      for (const action of board.actions) actions.set(action.id, plainMap(action));
      const session = sessionOf(doc);
      // A restored board starts paused, with its own join code and no pending "summon".
      const timer = board.session.timer;
      const restored = {
        ...board.session,
        joinCode,
        summon: null,
        timer: { ...timer, startedAt: null, remainingMs: timer.startedAt === null ? timer.remainingMs : 0 },
      };
      for (const [key, value] of Object.entries(restored)) session.set(key, value);
      const results = resultsOf(doc);
      for (const [key, value] of Object.entries(board.results)) if (value !== undefined) results.set(key, value);
    }, SERVER_ORIGIN);
    migrateDoc(doc);
  };
}
