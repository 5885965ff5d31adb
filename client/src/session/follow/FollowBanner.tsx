/**
 * The banner over the canvas while the facilitator steers the view: "Je volgt de
 * procesbegeleider — stoppen" (or follow again), on the facilitator's screen "Iedereen volgt
 * jouw beeld"; and the zone in the spotlight.
 */
import type { Lang, Zone } from '@plg/shared';
import { zoneText } from '@plg/shared';
import { useBoard } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { CommandButton } from '../ui/CommandButton';
import { SessionIcon } from '../ui/SessionIcon';
import { useCommand } from '../useCommand';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function FollowBanner({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const { followMe, spotlightZoneId } = useSession(rt.doc);
  const following = useSessionUi((s) => s.following);
  const command = useCommand();
  const leader = rt.role === 'facilitator';
  const zone = spotlightZoneId ? zones.find((z) => z.id === spotlightZoneId) : undefined;
  if (!followMe && !zone) return null;
  return (
    <div className="canvas-banners">
      {followMe && (
        <div className="follow-banner" role="status" data-testid="follow-banner" data-following={leader || following}>
          <SessionIcon name="follow" size={18} />
          {leader ? (
            <>
              <span>{t('session.follow.leading')}</span>
              <CommandButton command={command} cmd={{ type: 'setFollowMe', on: false }} className="is-small">
                {t('session.follow.end')}
              </CommandButton>
            </>
          ) : following ? (
            <>
              <span>{t('session.follow.following')}</span>
              <button
                type="button"
                className="button is-small"
                onClick={() => useSessionUi.getState().setFollowing(false)}
                data-testid="follow-stop"
              >
                {t('session.follow.stop')}
              </button>
            </>
          ) : (
            <>
              <span>{t('session.follow.stopped')}</span>
              <button
                type="button"
                className="button is-small"
                onClick={() => useSessionUi.getState().setFollowing(true)}
                data-testid="follow-again"
              >
                {t('session.follow.again')}
              </button>
            </>
          )}
        </div>
      )}
      {zone && (
        <div className="follow-banner is-spotlight" role="status" data-testid="spotlight-banner">
          <SessionIcon name="spotlight" size={18} />
          <span>{t('session.room.spotlightOn', { zone: zoneText(zone, templateId, lang).label })}</span>
          {leader && (
            <CommandButton command={command} cmd={{ type: 'spotlight', zoneId: null }} className="is-small">
              {t('session.room.spotlightOff')}
            </CommandButton>
          )}
        </div>
      )}
    </div>
  );
}
