import { addNote, notesOf, readBoard } from '@plg/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../stores/uiStore';
import { boardFixture } from '../test/boardFixture';
import './index';
import { decodeClipboard, encodeClipboard } from './clipboard';
import { readingOrder } from './defs/focusNote';
import { formatShortcut, matchShortcut } from './shortcuts';
import { handleShortcut } from './useKeyboardShortcuts';

const key = (k: string, mods: Partial<KeyboardEventInit> = {}, target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { key: k, cancelable: true, bubbles: true, ...mods });
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

let canvas: HTMLDivElement;
beforeEach(() => {
  canvas = document.createElement('div');
  canvas.tabIndex = 0;
  document.body.append(canvas);
});
afterEach(() => {
  canvas.remove();
  useUiStore.getState().resetBoardState();
});

describe('matchShortcut', () => {
  it('treats Mod as Cmd on a Mac and Ctrl elsewhere, and is exact about Shift', () => {
    const base = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(matchShortcut({ ...base, key: 'z', ctrlKey: true }, { key: 'z', mod: true }, false)).toBe(true);
    expect(matchShortcut({ ...base, key: 'z', metaKey: true }, { key: 'z', mod: true }, true)).toBe(true);
    expect(matchShortcut({ ...base, key: 'z', ctrlKey: true }, { key: 'z', mod: true }, true)).toBe(false);
    expect(matchShortcut({ ...base, key: 'Z', ctrlKey: true, shiftKey: true }, { key: 'z', mod: true }, false)).toBe(
      false,
    );
    expect(matchShortcut({ ...base, key: '+', shiftKey: true }, { key: '+', anyShift: true }, false)).toBe(true);
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true }, true)).toBe('⌘Z');
  });
});

describe('keyboard shortcuts through the action registry', () => {
  it('N adds a note in edit mode; Delete removes the selection; Ctrl+Z brings it back', () => {
    const { rt, doc } = boardFixture();
    expect(handleShortcut(key('n'), rt, canvas)).toBe(true);
    const [note] = readBoard(doc).notes;
    expect(note?.authorId).toBe(rt.identity.id);
    expect(useUiStore.getState().editingId).toBe(note?.id);
    useUiStore.getState().stopEditing();
    handleShortcut(key('Delete'), rt, canvas);
    expect(notesOf(doc).size).toBe(0);
    handleShortcut(key('z', { ctrlKey: true }), rt, canvas);
    expect(notesOf(doc).size).toBe(1);
    handleShortcut(key('z', { ctrlKey: true, shiftKey: true }), rt, canvas);
    expect(notesOf(doc).size).toBe(0);
  });

  it('arrows nudge the selection (Shift: further) and pan when nothing is selected', () => {
    const { rt, doc } = boardFixture();
    const id = addNote(doc, { x: 100, y: 100 }, 'o');
    useUiStore.getState().select([id]);
    handleShortcut(key('ArrowRight', {}, canvas), rt, canvas);
    handleShortcut(key('ArrowDown', { shiftKey: true }, canvas), rt, canvas);
    expect(rt.notes.get(id)).toMatchObject({ x: 110, y: 150 });
    useUiStore.getState().clearSelection();
    const before = useUiStore.getState().viewport;
    handleShortcut(key('ArrowRight', {}, canvas), rt, canvas);
    expect(useUiStore.getState().viewport.x).toBeLessThan(before.x);
    expect(rt.notes.get(id)).toMatchObject({ x: 110, y: 150 });
  });

  it('Tab walks the notes in reading order on the canvas, then lets focus leave', () => {
    const { rt, doc } = boardFixture();
    const b = addNote(doc, { x: 400, y: 100 }, 'o');
    const a = addNote(doc, { x: 100, y: 110 }, 'o');
    const c = addNote(doc, { x: 100, y: 500 }, 'o');
    expect(readingOrder(rt.notes.getSnapshot().ordered).map((n) => n.id)).toEqual([a, b, c]);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      expect(handleShortcut(key('Tab', {}, canvas), rt, canvas)).toBe(true);
      seen.push(useUiStore.getState().focusedId);
    }
    expect(seen).toEqual([a, b, c]);
    expect(handleShortcut(key('Tab', {}, canvas), rt, canvas)).toBe(false);
    expect(handleShortcut(key('Tab', { shiftKey: true }, canvas), rt, canvas)).toBe(true);
    expect(useUiStore.getState().focusedId).toBe(c);
    handleShortcut(key('Enter', {}, canvas), rt, canvas);
    expect(useUiStore.getState().editingId).toBe(c);
  });

  it('leaves keys alone in text fields, on buttons (Enter) and for viewers', () => {
    const { rt, doc } = boardFixture();
    const input = document.createElement('textarea');
    expect(handleShortcut(key('n', {}, input), rt, canvas)).toBe(false);
    const button = document.createElement('button');
    const id = addNote(doc, { x: 0, y: 0 }, 'o');
    useUiStore.getState().select([id]);
    expect(handleShortcut(key('Enter', {}, button), rt, canvas)).toBe(false);
    const viewer = boardFixture('viewer');
    expect(handleShortcut(key('n'), viewer.rt, canvas)).toBe(false);
    expect(notesOf(viewer.doc).size).toBe(0);
  });
});

describe('clipboard format', () => {
  it('round-trips notes as JSON and turns plain text into lines', () => {
    const { doc } = boardFixture();
    const id = addNote(doc, { x: 10, y: 20, text: 'Twee\nregels', color: '#a8d4f7' }, 'o');
    const payload = encodeClipboard(doc, [id])!;
    expect(payload.text).toBe('Twee regels');
    const pasted = decodeClipboard({ custom: payload.json, text: payload.text });
    expect(pasted).toMatchObject({ kind: 'notes', clipboard: { notes: [{ text: 'Twee\nregels', color: '#a8d4f7' }] } });
    expect(decodeClipboard({ custom: '', text: payload.json })?.kind).toBe('notes');
    expect(decodeClipboard({ text: 'een\ntwee' })).toEqual({ kind: 'lines', text: 'een\ntwee' });
    expect(decodeClipboard({ text: '{"kind":"other"}' })).toEqual({ kind: 'lines', text: '{"kind":"other"}' });
    expect(decodeClipboard({ text: '  ' })).toBeNull();
  });
});
