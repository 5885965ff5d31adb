import { addNote, LIMITS, LocalOrigin, mapIn, notesOf, noteText } from '@plg/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindTextarea } from './bindTextarea';
import { transformPosition } from './transformPosition';

/** Two documents that exchange every update at once (like two browsers through the server). */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(b, u, 'net'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(a, u, 'net'));
  const id = addNote(a, { x: 0, y: 0, text: 'Wij leren samen' }, 'setup');
  const textOf = (doc: Y.Doc) => noteText(mapIn(notesOf(doc), id))!;
  return { a, b, ta: textOf(a), tb: textOf(b) };
}

function textarea(): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  document.body.append(el);
  return el;
}

/** Types `text` at the caret as a browser would: new value, caret after it, then an input event. */
function type(el: HTMLTextAreaElement, text: string) {
  const { selectionStart: s, selectionEnd: e, value } = el;
  el.value = value.slice(0, s) + text + value.slice(e);
  el.setSelectionRange(s + text.length, s + text.length);
  el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text }));
}

function backspace(el: HTMLTextAreaElement) {
  const { selectionStart: s, value } = el;
  el.value = value.slice(0, s - 1) + value.slice(s);
  el.setSelectionRange(s - 1, s - 1);
  el.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward' }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('transformPosition', () => {
  it('shifts for changes before the caret, not after, and stays before an insert at the caret', () => {
    expect(transformPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(transformPosition(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
    expect(transformPosition(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(transformPosition(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
  });
});

describe('bindTextarea', () => {
  it('writes local typing to the Y.Text as minimal splices under the given origin', () => {
    const { a, ta } = pair();
    const origin = new LocalOrigin('me');
    const el = textarea();
    const origins: unknown[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const unbind = bindTextarea(el, ta, origin);
    expect(el.value).toBe('Wij leren samen');
    el.focus();
    el.setSelectionRange(9, 9);
    type(el, ' graag');
    expect(ta.toString()).toBe('Wij leren graag samen');
    expect(origins).toEqual([origin]);
    unbind();
    type(el, '!');
    expect(ta.toString()).toBe('Wij leren graag samen');
  });

  it('two people typing in one note lose no words and keep their caret', () => {
    const { a, b, ta, tb } = pair();
    const elA = textarea();
    const elB = textarea();
    bindTextarea(elA, ta, new LocalOrigin('a'));
    bindTextarea(elB, tb, new LocalOrigin('b'));
    // Anne types after "leren", Bram at the end; interleaved keystrokes.
    elA.setSelectionRange(9, 9);
    elB.setSelectionRange(15, 15);
    const anne = ' elke week';
    const bram = ' met leerlingen';
    for (let i = 0; i < Math.max(anne.length, bram.length); i++) {
      elA.focus();
      if (i < anne.length) type(elA, anne[i]!);
      elB.focus();
      if (i < bram.length) type(elB, bram[i]!);
    }
    const expected = 'Wij leren elke week samen met leerlingen';
    expect(ta.toString()).toBe(expected);
    expect(tb.toString()).toBe(expected);
    expect(elA.value).toBe(expected);
    expect(elB.value).toBe(expected);
    // Bram's caret moved right as Anne typed before it; it is still after his last letter.
    expect(elB.selectionStart).toBe(expected.length);
    elA.focus();
    expect(elA.selectionStart).toBe('Wij leren elke week'.length);
    expect(a.getMap('notes').size).toBe(b.getMap('notes').size);
  });

  it('two people typing at the same spot keep their own words together', () => {
    const { ta, tb } = pair();
    const elA = textarea();
    const elB = textarea();
    bindTextarea(elA, ta, 'a');
    bindTextarea(elB, tb, 'b');
    elA.setSelectionRange(15, 15);
    elB.setSelectionRange(15, 15);
    for (let i = 0; i < 4; i++) {
      elA.focus();
      type(elA, 'ABCD'[i]!);
      elB.focus();
      type(elB, 'wxyz'[i]!);
    }
    const text = ta.toString();
    expect(text).toBe(tb.toString());
    expect(text.includes('ABCD')).toBe(true);
    expect(text.includes('wxyz')).toBe(true);
  });

  it('keeps a selection over the same characters when text is deleted before it', () => {
    const { ta, tb } = pair();
    const elA = textarea();
    const elB = textarea();
    bindTextarea(elA, ta, 'a');
    bindTextarea(elB, tb, 'b');
    elB.focus();
    elB.setSelectionRange(10, 15); // "samen"
    elA.focus();
    elA.setSelectionRange(3, 3);
    backspace(elA);
    backspace(elA);
    backspace(elA); // removes "Wij"
    elB.focus();
    expect(elB.value).toBe(' leren samen');
    expect(elB.value.slice(elB.selectionStart, elB.selectionEnd)).toBe('samen');
  });

  it('writes an IME composition when it ends, merging remote edits made meanwhile', () => {
    const { ta, tb } = pair();
    const elA = textarea();
    bindTextarea(elA, ta, 'a');
    elA.focus();
    elA.setSelectionRange(15, 15);
    elA.dispatchEvent(new CompositionEvent('compositionstart'));
    elA.value = 'Wij leren samen ka';
    elA.dispatchEvent(new InputEvent('input', { isComposing: true }));
    expect(ta.toString()).toBe('Wij leren samen');
    tb.doc!.transact(() => tb.insert(0, 'Nu: '), 'b');
    expect(elA.value).toBe('Wij leren samen ka'); // untouched during composition
    elA.value = 'Wij leren samen かな';
    elA.dispatchEvent(new CompositionEvent('compositionend'));
    expect(ta.toString()).toBe('Nu: Wij leren samen かな');
    expect(elA.value).toBe('Nu: Wij leren samen かな');
    expect(elA.selectionStart).toBe(elA.value.length);
  });

  it('clips pasted text at the note limit and shows what was kept', () => {
    const { ta } = pair();
    const el = textarea();
    bindTextarea(el, ta, 'a');
    el.focus();
    el.setSelectionRange(0, 0);
    type(el, 'x'.repeat(LIMITS.maxNoteTextLength));
    expect(ta.length).toBe(LIMITS.maxNoteTextLength);
    expect(el.value).toBe(ta.toString());
    expect(el.selectionStart).toBe(LIMITS.maxNoteTextLength - 'Wij leren samen'.length);
  });

  it('follows undo of its own edits (which arrive with the UndoManager as origin)', () => {
    const { a, ta } = pair();
    const origin = new LocalOrigin('me');
    const undo = new Y.UndoManager(notesOf(a), { trackedOrigins: new Set([origin]) });
    const el = textarea();
    bindTextarea(el, ta, origin);
    el.focus();
    el.setSelectionRange(15, 15);
    type(el, '!!');
    undo.undo();
    expect(el.value).toBe('Wij leren samen');
  });
});
