/**
 * In-place text editing: an HTML <textarea> laid over the note at its screen position and zoom
 * (same font and padding as the canvas text, shrinking as the text grows), bound to the note's
 * Y.Text so that people typing in the same note keep their words and their caret.
 */
import { LIMITS } from '@plg/shared';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { handleTextFieldKeys } from '../actions/textFieldKeys';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { useNote } from '../sync/useNotes';
import { bindTextarea } from '../text/bindTextarea';
import { fitText } from './fitText';
import { noteMeasure } from './measureText';
import { NOTE_STYLE } from './noteStyle';

const NOT_EDITING = { x: 0, y: 0, zoom: 1 };

export function NoteEditor({ rt, onDone }: { rt: BoardRuntime; onDone(): void }) {
  const t = useT();
  const editingId = useUiStore((s) => s.editingId);
  const note = useNote(rt.notes, editingId);
  // Only while editing: otherwise a pan or zoom frame need not render this.
  const viewport = useUiStore((s) => (s.editingId ? s.viewport : NOT_EDITING));
  const ref = useRef<HTMLTextAreaElement>(null);

  // The note was deleted (by someone else, or an undo) while being edited.
  useEffect(() => {
    if (editingId && !note) useUiStore.getState().stopEditing();
  }, [editingId, note]);

  useEffect(() => {
    const el = ref.current;
    // A board note or a private draft.
    const ytext = editingId ? rt.notes.textOf(editingId) : undefined;
    if (!el || !editingId || !ytext) return;
    const unbind = bindTextarea(el, ytext, rt.origin);
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
    // A note I just made and now type into is one undo step with its creation; otherwise the
    // edit starts a new step (and typing groups by pauses, as usual).
    const note = rt.notes.get(editingId);
    // (In anonymous mode my notes carry no author.)
    const mine = note?.authorId === rt.identity.id || note?.authorId === '';
    const fresh = note?.text === '' && mine && Date.now() - note.createdAt < 3000;
    const timeout = rt.undo.captureTimeout;
    if (fresh) rt.undo.captureTimeout = Number.MAX_SAFE_INTEGER;
    else rt.undo.stopCapturing();
    rt.presence.setEditing(editingId);
    return () => {
      unbind();
      rt.undo.captureTimeout = timeout;
      rt.undo.stopCapturing();
      rt.presence.setEditing(null);
    };
  }, [editingId, rt]);

  const layout = useMemo(
    () => (note ? fitText(note.text || ' ', note.width, note.height, noteMeasure(), NOTE_STYLE) : null),
    [note],
  );
  if (!editingId || !note || !layout) return null;

  const textHeight = Math.max(1, layout.lines.length) * layout.fontSize * NOTE_STYLE.lineHeight;
  const padTop = Math.max(NOTE_STYLE.padding, (note.height - textHeight) / 2);
  const finish = () => {
    useUiStore.getState().stopEditing();
    onDone();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (handleTextFieldKeys(e, rt)) return;
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      e.stopPropagation();
      finish();
    }
  };

  return (
    <textarea
      key={editingId}
      ref={ref}
      className="note-editor"
      aria-label={t('actions.editNote')}
      maxLength={LIMITS.maxNoteTextLength}
      spellCheck
      onKeyDown={onKeyDown}
      onBlur={() => useUiStore.getState().stopEditing()}
      style={{
        left: viewport.x + note.x * viewport.zoom,
        top: viewport.y + note.y * viewport.zoom,
        width: note.width,
        height: note.height,
        transform: `scale(${viewport.zoom})`,
        background: note.color,
        fontFamily: NOTE_STYLE.fontFamily,
        fontWeight: Number(NOTE_STYLE.fontWeight),
        fontSize: layout.fontSize,
        lineHeight: NOTE_STYLE.lineHeight,
        padding: `${padTop}px ${NOTE_STYLE.padding}px ${NOTE_STYLE.padding}px`,
        borderRadius: NOTE_STYLE.cornerRadius,
        color: NOTE_STYLE.textColor,
      }}
    />
  );
}
