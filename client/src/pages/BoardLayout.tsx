/**
 * The board screen's layout: top bar; the canvas with its toolbar and zoom controls; the
 * right-side panel (list view now, facilitator panels later); dialogs, toasts and the live
 * announcer. On a phone the list is the default view, with a switch to the canvas.
 */
import { useEffect, useRef } from 'react';
import { useClipboardEvents } from '../actions/useClipboardEvents';
import { useKeyboardShortcuts } from '../actions/useKeyboardShortcuts';
import { createdBoard } from '../api/createdBoards';
import type { BoardRuntime } from '../board/BoardRuntime';
import { BoardStage } from '../canvas/BoardStage';
import { useT, useUiLang } from '../i18n';
import { CanvasSessionChrome } from '../session/CanvasSessionChrome';
import { SessionBar } from '../session/SessionBar';
import { SessionPanel } from '../session/SessionPanel';
import { useSessionUi } from '../session/sessionUiStore';
import { useSessionSetup } from '../session/useSessionSetup';
import { useUiStore } from '../stores/uiStore';
import type { PresenceUser } from '../sync/presence';
import { useMeta, useSession, useZones } from '../sync/useYMap';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { lazyPart, preloadParts } from '../ui/lazyPart';
import { NameDialog } from '../ui/NameDialog';
import { RightPanel } from '../ui/panels/RightPanel';
import { Toasts } from '../ui/Toasts';
import { Toolbar } from '../ui/Toolbar';
import { TopBar } from '../ui/TopBar';
import { NARROW, useMediaQuery } from '../ui/useMediaQuery';
import { ViewSwitch } from '../ui/ViewSwitch';
import { ZoomControls } from '../ui/ZoomControls';
import type { BoardViewProps } from './BoardView';

// Not needed for the first paint of a board: loaded when first shown.
const ListView = lazyPart(() => import('../ui/list/ListView').then((m) => m.ListView));
const ShareDialog = lazyPart(() => import('../ui/ShareDialog').then((m) => m.ShareDialog), { fallback: 'none' });
const HelpDialog = lazyPart(() => import('../ui/HelpDialog').then((m) => m.HelpDialog), { fallback: 'none' });

interface Props extends BoardViewProps {
  rt: BoardRuntime;
  self: PresenceUser | null;
  needsName: boolean;
  /** Just created: show the share dialog once the name is known. */
  shareOnOpen: boolean;
  onName(name: string): void;
}

export function BoardLayout({
  rt,
  boardId,
  boardRole: role,
  info,
  facilitatorKey,
  self,
  needsName,
  shareOnOpen,
  onName,
  identity,
}: Props) {
  const t = useT();
  const lang = useUiLang();
  const canvasRef = useRef<HTMLDivElement>(null);
  const zones = useZones(rt.doc);
  const meta = useMeta(rt.doc);
  const session = useSession(rt.doc);
  const listOpen = useUiStore((s) => s.listOpen);
  const mainView = useUiStore((s) => s.mainView);
  const dialog = useUiStore((s) => s.dialog);
  const synced = useUiStore((s) => s.connection.synced);
  const narrow = useMediaQuery(NARROW);
  // Once the board is on screen, the parts that load on demand are fetched while the browser is
  // idle: a connection lost later does not make them unreachable.
  useEffect(() => (synced ? preloadParts(role === 'facilitator') : undefined), [synced, role]);
  useKeyboardShortcuts(rt, () => canvasRef.current);
  useClipboardEvents(rt);
  // The facilitated session: private document, follow-me, panels that open as it moves on.
  useSessionSetup(rt, facilitatorKey, identity.name, zones);
  const presenting = useSessionUi((s) => s.presenting);

  const title = meta?.title || info?.title || t('board.untitled');
  const templateId = meta?.templateId ?? 'plg';
  useEffect(() => {
    if (shareOnOpen && !needsName) useUiStore.getState().openDialog('share');
  }, [shareOnOpen, needsName]);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  const created = role === 'facilitator' ? createdBoard(boardId) : undefined;
  const joinCode = session.joinCode || info?.joinCode || created?.joinCode || null;
  const links = {
    participants: role === 'viewer' ? location.href.split('#')[0]! : `${location.origin}/b/${boardId}`,
    joinCode: role === 'viewer' ? null : joinCode,
    viewer: role === 'facilitator' ? (info?.viewerUrl ?? created?.viewerUrl ?? null) : null,
    facilitator:
      role === 'facilitator' && facilitatorKey ? `${location.origin}/b/${boardId}#key=${facilitatorKey}` : null,
  };
  const readOnly = role === 'viewer';
  const showList = narrow ? mainView === 'list' : listOpen;
  const showCanvas = !narrow || mainView === 'canvas';

  return (
    <div
      className={`board-page${readOnly ? ' is-read-only' : ''}`}
      data-main-view={mainView}
      data-list-open={listOpen}
      data-role={role}
      data-presenting={presenting}
    >
      <TopBar title={title} role={role} self={self} />
      <SessionBar />
      {narrow && <ViewSwitch />}
      <div className="board-main">
        <div className="canvas-area" hidden={!showCanvas}>
          {showCanvas && (
            <BoardStage rt={rt} zones={zones} templateId={templateId} lang={lang} containerRef={canvasRef} />
          )}
          {showCanvas && !readOnly && <Toolbar />}
          {showCanvas && <ZoomControls />}
          {showCanvas && (
            <CanvasSessionChrome
              zones={zones}
              templateId={templateId}
              lang={lang}
              title={title}
              joinLink={role === 'viewer' ? null : links.participants}
            />
          )}
        </div>
        {showList && (
          <RightPanel label={t('list.title')}>
            <ListView zones={zones} templateId={templateId} lang={lang} />
          </RightPanel>
        )}
        <SessionPanel zones={zones} templateId={templateId} lang={lang} />
      </div>
      <LiveAnnouncer rt={rt} zones={zones} templateId={templateId} lang={lang} />
      <Toasts />
      {dialog === 'share' && <ShareDialog links={links} />}
      {dialog === 'help' && <HelpDialog />}
      <NameDialog open={needsName} initial={identity.name} onSubmit={onName} />
    </div>
  );
}
