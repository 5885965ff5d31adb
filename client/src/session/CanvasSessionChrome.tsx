/**
 * What the session puts over the canvas area (not the board itself): the follow and spotlight
 * banners, the presentation mode's header and controls, and the join panel when asked for.
 */
import type { Lang, Zone } from '@plg/shared';
import { FollowBanner } from './follow/FollowBanner';
import { JoinPanel } from './join/JoinPanel';
import { PresentationHud } from './present/PresentationHud';
import { useSessionUi } from './sessionUiStore';

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
