/**
 * Parts of the board screen that are not needed for its first paint (session panels, dialogs,
 * the presentation mode, the list): each loads with a dynamic import() the first time it is
 * shown. Meanwhile a small "loading" line stands in (or nothing, for parts that would only
 * flash); a failed load (offline) shows a message and a retry button instead of breaking the
 * page. A part already on screen as a board opens (the facilitator's Regie panel) can wait for
 * the board's first paint (`after`). Once the board is on screen (synced and painted),
 * `preloadParts()` fetches them all while the browser is idle, so that a connection lost later
 * does not make a panel unreachable.
 */
import { Component, type ComponentType, type ReactNode, Suspense, use, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { afterBoardPainted } from './boardPainted';

export interface LazyPart<P> {
  (props: P): ReactNode;
  /** Starts loading the part (once); resolves when it is ready. */
  preload(): Promise<unknown>;
}

interface PartOptions {
  /** 'none': nothing while loading (for parts over the page, like a dialog); default a status line. */
  fallback?: 'status' | 'none';
  /** Only the facilitator can open it: not preloaded for anyone else. */
  facilitatorOnly?: boolean;
  /**
   * What the import waits for, when the part is on screen as a board opens but not needed to draw
   * it (e.g. `afterBoardPainted`); meanwhile nothing stands in, then the loading line.
   */
  after?: () => Promise<unknown>;
}

const parts: { preload(): Promise<unknown>; facilitatorOnly: boolean }[] = [];

/** One part's loading state, shared by every place that shows it. */
interface Loader<P> {
  loaded: ComponentType<P> | null;
  /** The import (started once; a failed one stays failed until `reset`). */
  start(): Promise<ComponentType<P>>;
  /** Forgets a failed import, so that the next `start` tries again. */
  reset(): void;
  fallback: 'status' | 'none';
  /** Whether the import may start (`after` has resolved, or there is none): the loading line shows. */
  open: boolean;
  /** What the import waits for (`after`, asked once). */
  wait(): Promise<unknown>;
}

/**
 * A component loaded on first render. `load` resolves to the component (e.g.
 * `() => import('./Panel').then((m) => m.Panel)`).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, opts: PartOptions = {}): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  let failed = false;
  let gate: Promise<unknown> | null = null;
  const loader: Loader<P> = {
    loaded: null,
    fallback: opts.fallback ?? 'status',
    open: !opts.after,
    wait() {
      gate ??= (opts.after?.() ?? Promise.resolve()).then(() => {
        loader.open = true;
      });
      return gate;
    },
    start() {
      pending ??= (loader.open ? load() : loader.wait().then(load)).then(
        (component) => {
          loader.loaded = component;
          return component;
        },
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
      return pending;
    },
    reset() {
      if (!failed) return;
      failed = false;
      pending = null;
    },
  };
  const part = (props: P) => <PartHost loader={loader} props={props} />;
  const preload = () => {
    loader.reset();
    return loader.start().catch(() => undefined);
  };
  parts.push({ preload, facilitatorOnly: opts.facilitatorOnly ?? false });
  return Object.assign(part, { preload });
}

/**
 * Always the same tree (once loaded, Suspense never shows its fallback), so that the part keeps
 * its state when it re-renders; a retry after a failed load starts a fresh boundary. While the
 * import waits (`after`) nothing stands in: the loading line comes once it has started.
 */
function PartHost<P extends object>({ loader, props }: { loader: Loader<P>; props: P }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <PartBoundary
      key={attempt}
      onRetry={() => {
        loader.reset();
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={loader.fallback === 'none' ? null : <PartLoading loader={loader} />}>
        <Loaded loader={loader} props={props} />
      </Suspense>
    </PartBoundary>
  );
}

function Loaded<P extends object>({ loader, props }: { loader: Loader<P>; props: P }) {
  const Part = loader.loaded ?? use(loader.start());
  return <Part {...props} />;
}

/**
 * Loads every part defined so far that this person can open, one after another, when the
 * browser is idle, starting after the board's first paint. Returns a function that stops it.
 */
export function preloadParts(facilitator: boolean): () => void {
  const loaders = parts.filter((p) => facilitator || !p.facilitatorOnly).map((p) => p.preload);
  let cancelled = false;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200);
  const next = (i: number) => {
    const load = loaders[i];
    if (cancelled || !load) return;
    idle(() => {
      if (!cancelled) void load().then(() => next(i + 1));
    });
  };
  void afterBoardPainted().then(() => next(0));
  return () => {
    cancelled = true;
  };
}

function PartLoading<P>({ loader }: { loader: Loader<P> }) {
  const t = useT();
  const [open, setOpen] = useState(loader.open);
  useEffect(() => {
    let live = true;
    if (!open) void loader.wait().then(() => live && setOpen(true));
    return () => {
      live = false;
    };
  }, [loader, open]);
  if (!open) return null;
  return (
    <p className="part-status" role="status">
      {t('app.partLoading')}
    </p>
  );
}

interface BoundaryProps {
  children: ReactNode;
  onRetry(): void;
}

class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <PartFailed onRetry={this.props.onRetry} /> : this.props.children;
  }
}

function PartFailed({ onRetry }: { onRetry(): void }) {
  const t = useT();
  return (
    <div className="part-status" role="alert">
      <p>{t('app.partFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
