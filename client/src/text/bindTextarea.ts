/**
 * Two-way binding between an HTML <textarea> and a note's Y.Text. Local input becomes one
 * minimal splice (diffText/spliceText from shared) under the client's origin; remote changes
 * update the value and carry the caret and selection through the change. IME composition is
 * written when it ends, with remote edits received meanwhile transformed in.
 */
import { diffText, spliceText } from '@plg/shared';
import type * as Y from 'yjs';
import { type DeltaOp, transformPosition, transformSplice } from './transformPosition';

/** Binds `textarea` to `ytext`; returns the function that unbinds it. */
export function bindTextarea(textarea: HTMLTextAreaElement, ytext: Y.Text, origin: unknown): () => void {
  const doc = ytext.doc;
  if (!doc) throw new Error('bindTextarea: the Y.Text is not in a document');
  /** The text the textarea and the Y.Text last agreed on. */
  let base = ytext.toString();
  let composing = false;
  let writing = false;
  /** Remote changes that arrived during an IME composition, relative to `base` in order. */
  let pending: DeltaOp[][] = [];
  textarea.value = base;

  const writeLocal = () => {
    const value = textarea.value;
    const diff = diffText(base, value);
    let splice = { index: diff.index, remove: diff.remove };
    for (const delta of pending) splice = transformSplice(splice, delta);
    const hadPending = pending.length > 0;
    pending = [];
    const lengthBefore = ytext.length;
    if (diff.remove > 0 || diff.insert !== '') {
      writing = true;
      try {
        doc.transact(() => spliceText(ytext, splice.index, splice.remove, diff.insert), origin);
      } finally {
        writing = false;
      }
    }
    const now = ytext.toString();
    base = now;
    if (now !== value || hadPending) {
      // Clipped by the length limit, or merged with remote edits: show the truth, caret after our insert.
      const inserted = now.length - (lengthBefore - splice.remove);
      const caret = Math.min(now.length, splice.index + Math.max(0, inserted));
      textarea.value = now;
      textarea.setSelectionRange(caret, caret);
    }
  };

  const onInput = (e: Event) => {
    if (composing || (e as InputEvent).isComposing) return;
    writeLocal();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    writeLocal();
  };

  const observer = (event: Y.YTextEvent) => {
    if (writing) return;
    const delta = event.delta as DeltaOp[];
    if (composing) {
      pending.push(delta);
      return;
    }
    // Restored whether or not the textarea has focus (setSelectionRange does not focus it), so a
    // caret parked in an unfocused note is still where its owner left it.
    const start = transformPosition(textarea.selectionStart, delta);
    const end = transformPosition(textarea.selectionEnd, delta);
    const direction = textarea.selectionDirection;
    base = ytext.toString();
    textarea.value = base;
    textarea.setSelectionRange(start, end, direction ?? undefined);
  };

  textarea.addEventListener('input', onInput);
  textarea.addEventListener('compositionstart', onCompositionStart);
  textarea.addEventListener('compositionend', onCompositionEnd);
  ytext.observe(observer);

  return () => {
    textarea.removeEventListener('input', onInput);
    textarea.removeEventListener('compositionstart', onCompositionStart);
    textarea.removeEventListener('compositionend', onCompositionEnd);
    ytext.unobserve(observer);
  };
}
