/** An earlier version's content: the number of notes, and their texts per zone. */
import { useT } from '../../i18n';
import type { PreviewSummary } from './previewSummary';

function NoteTexts({ texts }: { texts: string[] }) {
  const t = useT();
  return (
    <ul className="preview-notes">
      {texts.map((text, i) => (
        // Texts are not unique and never reorder here: the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} className={text.trim() ? undefined : 'is-empty'}>
          {text.trim() ? text : t('session.history.emptyNote')}
        </li>
      ))}
    </ul>
  );
}

export function PreviewContent({ summary }: { summary: PreviewSummary }) {
  const t = useT();
  return (
    <div className="version-preview" data-testid="version-preview">
      <p className="preview-count" data-testid="preview-count" data-count={summary.noteCount}>
        {t('session.history.notes', { count: summary.noteCount })}
        {summary.actionCount > 0 && ` · ${t('session.history.actions', { count: summary.actionCount })}`}
      </p>
      {summary.noteCount === 0 && <p className="field-hint">{t('session.history.noNotes')}</p>}
      {summary.zones.map((zone) => (
        <section key={zone.id} className="preview-zone" data-testid={`preview-zone-${zone.id}`}>
          <h3>
            {zone.label} <span className="preview-zone-count">{zone.texts.length}</span>
          </h3>
          <NoteTexts texts={zone.texts} />
        </section>
      ))}
      {summary.unsorted.length > 0 && (
        <section className="preview-zone" data-testid="preview-zone-unsorted">
          <h3>
            {t('list.unsorted')} <span className="preview-zone-count">{summary.unsorted.length}</span>
          </h3>
          <NoteTexts texts={summary.unsorted} />
        </section>
      )}
    </div>
  );
}
