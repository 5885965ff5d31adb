/**
 * Groups (clusters) and action points.
 */
import * as Y from 'yjs';
import { newId } from '../ids/newId.js';
import { LIMITS } from '../schema/limits.js';
import { actionsOf, groupsOf, mapIn, notesOf } from './access.js';

/** Groups notes under a new named group; notes leave any group they were in. Returns the group id. */
export function groupNotes(
  doc: Y.Doc,
  noteIds: readonly string[],
  label: string,
  origin: unknown,
  color = '#5b6b8c',
): string {
  const id = newId();
  doc.transact(() => {
    const group = new Y.Map<unknown>();
    group.set('id', id);
    group.set('label', label.slice(0, LIMITS.maxGroupLabelLength));
    group.set('color', color);
    group.set('createdAt', Date.now());
    groupsOf(doc).set(id, group);
    setNotesGroup(doc, noteIds, id, origin);
  }, origin);
  return id;
}

/** Puts notes in a group, or takes them out of any group (`null`). */
export function setNotesGroup(doc: Y.Doc, noteIds: readonly string[], groupId: string | null, origin: unknown): void {
  const notes = notesOf(doc);
  doc.transact(() => {
    for (const noteId of noteIds) {
      const note = mapIn(notes, noteId);
      if (!note) continue;
      if (groupId === null) note.delete('groupId');
      else note.set('groupId', groupId);
    }
  }, origin);
}

/** Renames a group. */
export function renameGroup(doc: Y.Doc, groupId: string, label: string, origin: unknown): void {
  const group = mapIn(groupsOf(doc), groupId);
  if (!group) return;
  doc.transact(() => group.set('label', label.slice(0, LIMITS.maxGroupLabelLength)), origin);
}

/** Dissolves a group: its notes stay, ungrouped. */
export function ungroup(doc: Y.Doc, groupId: string, origin: unknown): void {
  const notes = notesOf(doc);
  doc.transact(() => {
    for (const [noteId, note] of notes.entries()) {
      if (note instanceof Y.Map && note.get('groupId') === groupId) setNotesGroup(doc, [noteId], null, origin);
    }
    groupsOf(doc).delete(groupId);
  }, origin);
}

export interface ActionInput {
  what: string;
  who?: string;
  when?: string;
  zoneId?: string;
  sourceId?: string;
}

const field = (s: string | undefined) => (s ?? '').slice(0, LIMITS.maxActionFieldLength);

/** Adds an action point; returns its id. */
export function addAction(doc: Y.Doc, input: ActionInput, origin: unknown): string {
  const id = newId();
  doc.transact(() => {
    const action = new Y.Map<unknown>();
    action.set('id', id);
    action.set('what', field(input.what));
    action.set('who', field(input.who));
    action.set('when', field(input.when));
    if (input.zoneId) action.set('zoneId', input.zoneId);
    if (input.sourceId) action.set('sourceId', input.sourceId);
    action.set('done', false);
    action.set('createdAt', Date.now());
    actionsOf(doc).set(id, action);
  }, origin);
  return id;
}

/** Edits an action point's fields. */
export function updateAction(
  doc: Y.Doc,
  id: string,
  patch: { what?: string; who?: string; when?: string; done?: boolean },
  origin: unknown,
): void {
  const action = mapIn(actionsOf(doc), id);
  if (!action) return;
  doc.transact(() => {
    for (const key of ['what', 'who', 'when'] as const) {
      const v = patch[key];
      if (v !== undefined && action.get(key) !== field(v)) action.set(key, field(v));
    }
    if (patch.done !== undefined) action.set('done', patch.done);
  }, origin);
}

/** Deletes an action point. */
export function deleteAction(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => actionsOf(doc).delete(id), origin);
}
