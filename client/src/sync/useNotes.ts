/**
 * React hooks over the NotesIndex: the whole list, or one note (re-renders only when it changes).
 */
import type { Note } from '@plg/shared';
import { useCallback, useSyncExternalStore } from 'react';
import type { NotesIndex, NotesSnapshot } from './notesIndex';

export function useNotes(index: NotesIndex): NotesSnapshot {
  return useSyncExternalStore(index.subscribe, index.getSnapshot);
}

export function useNote(index: NotesIndex, id: string | null): Note | undefined {
  const get = useCallback(() => (id ? index.get(id) : undefined), [index, id]);
  return useSyncExternalStore(index.subscribe, get);
}
