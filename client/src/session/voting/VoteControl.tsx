/**
 * The dot button on a note or group: while voting runs, this person's dots on it with "+" and
 * "−" (no tallies); once voting closed, the published tally. Nothing otherwise.
 */
import { useT } from '../../i18n';
import { SessionIcon } from '../ui/SessionIcon';
import type { VotingState } from './useVoting';

interface Props {
  targetId: string;
  /** What the item is, for the buttons' names ("Stip op …"). */
  name: string;
  state: VotingState;
  /** The published tally (once voting closed). */
  tally: number;
  size?: 'small' | 'large';
}

export function VoteControl({ targetId, name, state, tally: count, size = 'small' }: Props) {
  const t = useT();
  if (state.voting.status === 'closed') {
    if (count === 0) return null;
    return (
      <span
        className={`vote-tally is-${size}`}
        data-testid={`tally-${targetId}`}
        title={t('session.voting.dots', { count })}
      >
        <SessionIcon name="dot" size={size === 'large' ? 22 : 16} />
        <span aria-hidden="true">{count}</span>
        <span className="visually-hidden">{t('session.voting.dots', { count })}</span>
      </span>
    );
  }
  if (!state.active) return null;
  const mine = state.dots[targetId] ?? 0;
  return (
    <span className={`vote-control is-${size}${mine > 0 ? ' has-dots' : ''}`} data-testid={`vote-${targetId}`}>
      {mine > 0 && (
        <button
          type="button"
          className="vote-minus"
          aria-label={t('session.voting.takeBack', { name })}
          onClick={() => state.takeBack(targetId)}
          data-testid={`unvote-${targetId}`}
        >
          −
        </button>
      )}
      <span className="vote-dots" aria-label={t('session.voting.myDots', { count: mine })} role="img">
        {mine > 5 ? `● ${mine}` : '●'.repeat(mine)}
      </span>
      <button
        type="button"
        className="vote-plus"
        aria-label={t('session.voting.place', { name })}
        disabled={!state.canPlace(targetId)}
        onClick={() => state.place(targetId)}
        data-testid={`upvote-${targetId}`}
      >
        <SessionIcon name="plus" size={size === 'large' ? 20 : 16} />
      </button>
    </span>
  );
}
