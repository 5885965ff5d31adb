/**
 * Who is on the board: coloured initials (you first), a count, and the full list on hover or
 * focus. Each person counts once, however many tabs they have open.
 */
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { type PresenceUser, uniqueUsers } from '../sync/presence';
import { usePeers } from '../sync/usePeers';

const MAX_AVATARS = 4;

/** Up to two initials from the words of a name that start with a letter or digit. */
export function initials(name: string): string {
  const firsts = name
    .split(/\s+/)
    .map((w) => w.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => Boolean(c));
  if (firsts.length === 0) return '?';
  return (firsts[0]! + (firsts.length > 1 ? firsts.at(-1)! : '')).toUpperCase();
}

export function PresenceList({ self }: { self: PresenceUser | null }) {
  const t = useT();
  const rt = useBoard();
  const peers = usePeers(rt.awareness);
  const users = uniqueUsers(self, peers);
  const shown = users.slice(0, MAX_AVATARS);
  const more = users.length - shown.length;
  return (
    <div className="presence" data-testid="presence-list">
      <button
        type="button"
        className="presence-button"
        aria-label={t('presence.count', { count: users.length })}
        aria-haspopup="true"
      >
        <span className="avatars" aria-hidden="true">
          {shown.map((u) => (
            <span key={u.id} className="avatar" style={{ background: u.color }} title={u.name}>
              {initials(u.name || '?')}
            </span>
          ))}
          {more > 0 && <span className="avatar is-more">{t('presence.more', { count: more })}</span>}
        </span>
      </button>
      <div className="presence-popup">
        <h2 className="presence-title">{t('presence.count', { count: users.length })}</h2>
        <ul>
          {users.map((u) => (
            <li key={u.id}>
              <span className="avatar is-small" style={{ background: u.color }} aria-hidden="true">
                {initials(u.name || '?')}
              </span>
              <span className="presence-name">
                {u.id === self?.id ? t('presence.you', { name: u.name }) : u.name || t('presence.anonymous')}
              </span>
              {u.role && <span className="presence-role">{t(`roles.${u.role}`)}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
