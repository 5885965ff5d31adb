/** One zone in the list view: a heading with the count, its notes, and "add a note here". */
import type { Note } from '@plg/shared';
import { useId } from 'react';
import { addNoteInZone } from '../../actions';
import { actionContext, runAction } from '../../actions/registry';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { Icon } from '../Icon';
import { ListNoteItem } from './ListNoteItem';

interface Props {
  zoneId: string | null;
  label: string;
  description: string;
  color: string;
  notes: readonly Note[];
  rights: Rights;
}

/** What this client may do with notes now (from the session's permissions). */
export interface Rights {
  add: boolean;
  edit: boolean;
  remove: boolean;
}

export function ListZoneSection({ zoneId, label, description, color, notes, rights }: Props) {
  const t = useT();
  const rt = useBoard();
  const headingId = useId();
  const add = () => {
    runAction(addNoteInZone, rt, zoneId);
    // Put the caret in the new note's text field.
    requestAnimationFrame(() => {
      const id = [...actionContext(rt).ui.selection][0];
      const field = id ? document.querySelector<HTMLTextAreaElement>(`[data-testid="list-note-${id}"] textarea`) : null;
      field?.focus();
    });
  };
  return (
    <section
      className="list-zone"
      aria-labelledby={headingId}
      data-testid={`list-zone-${zoneId ?? 'unsorted'}`}
      style={{ ['--zone-color' as string]: color }}
    >
      <header className="list-zone-header">
        <h3 id={headingId}>
          {label} <span className="list-count">{t('list.count', { count: notes.length })}</span>
        </h3>
        {description && <p className="list-zone-description">{description}</p>}
      </header>
      {notes.length === 0 ? (
        <p className="list-empty">{t('list.empty')}</p>
      ) : (
        <ol className="list-notes">
          {notes.map((note, i) => (
            <ListNoteItem
              key={note.id}
              note={note}
              index={i + 1}
              zoneLabel={label}
              canEdit={rights.edit}
              canDelete={rights.remove}
            />
          ))}
        </ol>
      )}
      {rights.add && (
        <button
          type="button"
          className="button list-add"
          onClick={add}
          aria-label={t('list.addIn', { zone: label })}
          data-testid={`list-add-${zoneId ?? 'unsorted'}`}
        >
          <Icon name="plus" size={18} /> <span>{t('list.addHere')}</span>
        </button>
      )}
    </section>
  );
}
