/**
 * The vote results: while voting runs only how many dots were placed; once closed every note
 * and group with dots, ranked, with who voted (unless secret), a way to it on the board and to
 * turn it into an action point.
 */
import { useBoard, usePermissions } from '../../board/BoardContext';
import { centreOn } from '../../canvas/viewport';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useSession } from '../../sync/useYMap';
import { createActionPoint } from '../actionpoints/createActionPoint';
import { useGroups, useResults } from '../useSessionData';
import { rankTallies } from './voteMath';

export function ResultsPanel() {
  const t = useT();
  const rt = useBoard();
  const can = usePermissions();
  const { voting, votesCast } = useSession(rt.doc);
  const results = useResults(rt.doc);
  const groups = useGroups(rt.doc);
  const { byId, ordered } = useNotes(rt.notes);
  if (voting.status !== 'closed' || !results.votes) {
    return (
      <div className="results-panel" data-testid="results-panel">
        <p className="panel-status is-live">{t('session.voting.cast', { count: votesCast })}</p>
        <p className="field-hint">
          {voting.status === 'open' ? t('session.results.hidden') : t('session.results.none')}
        </p>
      </div>
    );
  }
  const order = (id: string) => ordered.findIndex((n) => n.id === id);
  const ranked = rankTallies(results.votes, order);
  const describe = (id: string) => {
    const note = byId.get(id);
    if (note) return { text: note.text || t('board.emptyNote'), kind: 'note' as const, box: note };
    const group = groups.find((g) => g.id === id);
    const members = ordered.filter((n) => n.groupId === id);
    if (group) return { text: group.label, kind: 'group' as const, box: members[0], count: members.length };
    return { text: t('session.results.gone'), kind: 'gone' as const };
  };
  return (
    <div className="results-panel" data-testid="results-panel">
      <p className="panel-intro">{t('session.results.intro', { count: votesCast })}</p>
      <ol className="results-list">
        {ranked.map((r) => {
          const item = describe(r.id);
          const box = item.kind === 'gone' ? undefined : item.box;
          return (
            <li key={r.id} className="result-item" data-testid={`result-${r.id}`}>
              <span className="result-rank">{r.rank}</span>
              <div className="result-body">
                <p className="result-text">
                  {item.kind === 'group' && (
                    <span className="chip">{t('session.groups.chip', { count: item.count ?? 0 })}</span>
                  )}
                  {item.text}
                </p>
                {r.voters && r.voters.length > 0 && (
                  <p className="result-voters">
                    {[...new Set(r.voters.map((v) => v || t('session.results.someone')))].join(', ')}
                  </p>
                )}
                <div className="button-row">
                  {box && (
                    <button
                      type="button"
                      className="button is-small is-quiet"
                      onClick={() => {
                        const ui = useUiStore.getState();
                        ui.setViewport(
                          centreOn(ui.viewport, ui.stageSize, { x: box.x + box.width / 2, y: box.y + box.height / 2 }),
                        );
                      }}
                    >
                      {t('list.showOnBoard')}
                    </button>
                  )}
                  {can.actions && item.kind !== 'gone' && (
                    <button
                      type="button"
                      className="button is-small"
                      onClick={() => createActionPoint(rt, { kind: item.kind, id: r.id })}
                      data-testid={`result-action-${r.id}`}
                    >
                      {t('session.actions.fromThis')}
                    </button>
                  )}
                </div>
              </div>
              <span className="result-count">
                <span aria-hidden="true">{r.count}</span>
                <span className="visually-hidden">{t('session.voting.dots', { count: r.count })}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
