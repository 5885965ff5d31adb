/**
 * One note in the list: a labelled textarea bound to the note's Y.Text (same binding as the
 * canvas editor), its colour by name, "show on the board" and delete.
 */
import { LIMITS, type Note, noteColorByHex } from '@plg/shared';
import { memo, useEffect, useId, useRef } from 'react';
import { deleteNote } from '../../actions';
import { runAction } from '../../actions/registry';
import { handleTextFieldKeys } from '../../actions/textFieldKeys';
import { useBoard } from '../../board/BoardContext';
import { centreOn } from '../../canvas/viewport';
import { useT } from '../../i18n';
import { NoteSessionTags } from '../../session/list/NoteSessionTags';
import { useUiStore } from '../../stores/uiStore';
import { bindTextarea } from '../../text/bindTextarea';
import { Icon } from '../Icon';

interface Props {
  note: Note;
  index: number;
  zoneLabel: string;
  canEdit: boolean;
  canDelete: boolean;
}

export const ListNoteItem = memo(function ListNoteItem({ note, index, zoneLabel, canEdit, canDelete }: Props) {
  const t = useT();
  const rt = useBoard();
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const selected = useUiStore((s) => s.selection.has(note.id));

  useEffect(() => {
    const ytext = rt.notes.textOf(note.id);
    if (!ref.current || !ytext) return;
    return bindTextarea(ref.current, ytext, rt.origin);
  }, [rt, note.id]);

  const color = noteColorByHex(note.color);
  const colorName = color ? t(`colors.${color.id}`) : t('colors.custom');
  const showOnBoard = () => {
    const ui = useUiStore.getState();
    ui.select([note.id]);
    ui.setViewport(centreOn(ui.viewport, ui.stageSize, { x: note.x + note.width / 2, y: note.y + note.height / 2 }));
    if (window.matchMedia?.('(max-width: 720px)').matches) ui.setMainView('canvas');
  };

  return (
    <li
      className={`list-note${selected ? ' is-selected' : ''}`}
      data-testid={`list-note-${note.id}`}
      style={{ ['--note-color' as string]: note.color }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('list.noteText', { index, zone: zoneLabel })}
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        maxLength={LIMITS.maxNoteTextLength}
        readOnly={!canEdit}
        onKeyDown={(e) => handleTextFieldKeys(e, rt)}
        onFocus={() => {
          const ui = useUiStore.getState();
          if (!ui.selection.has(note.id) || ui.selection.size > 1) ui.select([note.id]);
          rt.undo.stopCapturing();
        }}
      />
      <div className="list-note-meta">
        <span className="list-note-color">{colorName}</span>
        <button
          type="button"
          className="icon-button is-small"
          aria-label={t('list.showOnBoard')}
          title={t('list.showOnBoard')}
          onClick={showOnBoard}
        >
          <Icon name="locate" size={18} />
        </button>
        {canDelete && (
          <button
            type="button"
            className="icon-button is-small is-danger"
            aria-label={t('list.deleteNote', { index, zone: zoneLabel })}
            title={t('list.delete')}
            data-testid={`list-delete-${note.id}`}
            onClick={() => runAction(deleteNote, rt, note.id)}
          >
            <Icon name="trash" size={18} />
          </button>
        )}
      </div>
      <NoteSessionTags note={note} />
    </li>
  );
});
