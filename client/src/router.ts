/**
 * A tiny router on the History API: routes are matched from the path; `navigate` pushes a new
 * entry and notifies `useRoute`. Fragments (the facilitator key) are kept as they are.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'board'; id: string }
  | { name: 'viewer'; viewId: string }
  | { name: 'join'; code: string | null }
  | { name: 'notFound' };

const ID = '([A-Za-z0-9_-]{4,64})';

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  let m = new RegExp(`^/b/${ID}$`).exec(path);
  if (m?.[1]) return { name: 'board', id: m[1] };
  m = new RegExp(`^/v/${ID}$`).exec(path);
  if (m?.[1]) return { name: 'viewer', viewId: m[1] };
  if (path === '/join') return { name: 'join', code: null };
  m = /^\/join\/([A-Za-z0-9-]{1,16})$/.exec(path);
  if (m?.[1]) return { name: 'join', code: m[1] };
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentPath = () => location.pathname;

/** The current route; re-renders on navigation and back/forward. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return matchRoute(path);
}

/** Click handler for in-app links: navigates without a page load (plain clicks only). */
export function linkClick(to: string) {
  return (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
}
