/**
 * The join panel for the shared screen: a large QR code of the join link, the short address and
 * the six-character code in huge type, readable from the back of the room.
 */
import { useMemo } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { formatJoinCode } from '../../ui/ShareDialog';
import { qrPath } from './qrPath';

export function JoinPanel({ fallbackLink, onClose }: { fallbackLink: string | null; onClose?: () => void }) {
  const t = useT();
  const rt = useBoard();
  const { joinCode } = useSession(rt.doc);
  const link = joinCode ? `${location.origin}/join/${joinCode}` : fallbackLink;
  const qr = useMemo(() => (link ? qrPath(link) : null), [link]);
  if (!link || !qr) return null;
  const quiet = 2;
  return (
    <section className="join-panel" aria-labelledby="join-panel-title" data-testid="join-panel">
      <h2 id="join-panel-title">{t('session.join.title')}</h2>
      <div className="join-panel-body">
        <svg
          className="join-qr"
          viewBox={`${-quiet} ${-quiet} ${qr.size + 2 * quiet} ${qr.size + 2 * quiet}`}
          role="img"
          aria-label={t('session.join.qr')}
          shapeRendering="crispEdges"
          data-testid="join-qr"
        >
          <rect x={-quiet} y={-quiet} width={qr.size + 2 * quiet} height={qr.size + 2 * quiet} fill="#fff" />
          <path d={qr.d} fill="#111827" />
        </svg>
        <div className="join-steps">
          <p className="join-step">{t('session.join.scan')}</p>
          {joinCode && (
            <>
              <p className="join-step">{t('session.join.goTo')}</p>
              <p className="join-address" data-testid="join-address">
                {location.host}/join
              </p>
              <p className="join-step">{t('session.join.typeCode')}</p>
              <p className="join-code-huge" data-testid="join-code-huge">
                <span aria-hidden="true">{formatJoinCode(joinCode)}</span>
                {/* Read out letter by letter. */}
                <span className="visually-hidden">{joinCode.split('').join(' ')}</span>
              </p>
            </>
          )}
        </div>
      </div>
      {onClose && (
        <button type="button" className="button" onClick={onClose} data-testid="join-close">
          {t('session.join.hide')}
        </button>
      )}
    </section>
  );
}
