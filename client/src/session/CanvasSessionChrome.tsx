/**
 * What the session puts over the canvas area (not the board itself): the follow and spotlight
 * banners, the presentation mode's header and controls, and the join panel when asked for. The
 * presentation mode and the join panel (with its QR code maker) load when first shown.
 */
import type { Lang, Zone } from '@plg/shared';
import { lazyPart } from '../ui/lazyPart';
import { FollowBanner } from './follow/FollowBanner';
import { useSessionUi } from './sessionUiStore';

const PresentationHud = lazyPart(() => import('./present/PresentationHud').then((m) => m.PresentationHud), {
  fallback: 'none',
});
const JoinPanel = lazyPart(() => import('./join/JoinPanel').then((m) => m.JoinPanel), { fallback: 'none' });

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
  title: string;
  /** The participants' link, when there is no join code to build one from. */
  joinLink: string | null;
}

export function CanvasSessionChrome({ zones, templateId, lang, title, joinLink }: Props) {
  const presenting = useSessionUi((s) => s.presenting);
  const joinOpen = useSessionUi((s) => s.joinOpen);
  return (
    <>
      <FollowBanner zones={zones} templateId={templateId} lang={lang} />
      {presenting && <PresentationHud zones={zones} title={title} fallbackLink={joinLink} />}
      {!presenting && joinOpen && (
        <div className="join-overlay">
          <JoinPanel fallbackLink={joinLink} onClose={() => useSessionUi.getState().setJoinOpen(false)} />
        </div>
      )}
    </>
  );
}
