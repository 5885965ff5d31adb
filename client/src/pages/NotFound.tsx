/** "Board not found", "wrong key" and "page not found": clear messages with a way on. */
import { useT } from '../i18n';
import { linkClick } from '../router';

type Kind = 'board' | 'page' | 'badKey';

export function NotFound({ kind, boardId }: { kind: Kind; boardId?: string }) {
  const t = useT();
  const title = kind === 'badKey' ? t('errors.badKeyTitle') : t('errors.notFoundTitle');
  const text =
    kind === 'badKey' ? t('errors.badKey') : kind === 'board' ? t('errors.notFound') : t('errors.pageNotFound');
  return (
    <main className="message-page" data-testid={kind === 'badKey' ? 'bad-key' : 'not-found'}>
      <div className="message-card">
        <h1>{title}</h1>
        <p>{text}</p>
        <p className="message-actions">
          {kind === 'badKey' && boardId && (
            <a className="button is-primary" href={`/b/${boardId}`} onClick={linkClick(`/b/${boardId}`)}>
              {t('errors.joinAsParticipant')}
            </a>
          )}
          <a className="button" href="/" onClick={linkClick('/')}>
            {t('errors.home')}
          </a>
        </p>
      </div>
    </main>
  );
}
