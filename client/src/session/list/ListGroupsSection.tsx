/**
 * Groups (clusters) at the top of the list view: each group's name, how many notes it holds,
 * and its dot button while voting (or its tally after) — so groups can be voted on by phone.
 */
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useNotes } from '../../sync/useNotes';
import { useGroups, useResults } from '../useSessionData';
import { useVoting } from '../voting/useVoting';
import { VoteControl } from '../voting/VoteControl';

export function ListGroupsSection() {
  const t = useT();
  const rt = useBoard();
  const groups = useGroups(rt.doc);
  const { ordered } = useNotes(rt.notes);
  const voting = useVoting();
  const results = useResults(rt.doc);
  const withNotes = groups
    .map((g) => ({ group: g, count: ordered.filter((n) => n.groupId === g.id).length }))
    .filter((g) => g.count > 0);
  if (withNotes.length === 0) return null;
  return (
    <section className="list-zone list-groups" aria-labelledby="list-groups-title" data-testid="list-groups">
      <header className="list-zone-header">
        <h3 id="list-groups-title">
          {t('session.groups.title')} <span className="list-count">{withNotes.length}</span>
        </h3>
      </header>
      <ul className="list-group-items">
        {withNotes.map(({ group, count }) => (
          <li key={group.id} data-testid={`list-group-${group.id}`}>
            <span className="list-group-name">{group.label}</span>
            <span className="chip">{t('session.groups.chip', { count })}</span>
            <VoteControl
              targetId={group.id}
              name={group.label}
              state={voting}
              tally={results.votes?.[group.id]?.count ?? 0}
              size="large"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
