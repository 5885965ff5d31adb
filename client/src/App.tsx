/**
 * The app: picks the page for the current route. Every page but "not found" loads on demand, so
 * a board does not download the home page and the home page not the board (Konva, Yjs).
 */
import { lazy, Suspense } from 'react';
import { useT } from './i18n';
import { NotFound } from './pages/NotFound';
import { type Route, useRoute } from './router';

const pages = {
  home: () => import('./pages/HomePage'),
  join: () => import('./pages/JoinPage'),
  board: () => import('./pages/BoardPage'),
  viewer: () => import('./pages/ViewerPage'),
};
const HomePage = lazy(() => pages.home().then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => pages.join().then((m) => ({ default: m.JoinPage })));
const BoardPage = lazy(() => pages.board().then((m) => ({ default: m.BoardPage })));
const ViewerPage = lazy(() => pages.viewer().then((m) => ({ default: m.ViewerPage })));

/** Starts loading a route's page (at start-up, beside the interface strings; errors show on render). */
export function preloadPage(route: Route): void {
  if (route.name !== 'notFound') pages[route.name]().catch(() => undefined);
}

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function App() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return (
        <Suspense fallback={<Loading />}>
          <HomePage />
        </Suspense>
      );
    case 'board':
      return (
        <Suspense fallback={<Loading />}>
          <BoardPage key={route.id} boardId={route.id} />
        </Suspense>
      );
    case 'viewer':
      return (
        <Suspense fallback={<Loading />}>
          <ViewerPage key={route.viewId} viewId={route.viewId} />
        </Suspense>
      );
    case 'join':
      return (
        <Suspense fallback={<Loading />}>
          <JoinPage code={route.code} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound kind="page" />;
  }
}
