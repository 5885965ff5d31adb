/** The app: picks the page for the current route. The board pages (Konva, Yjs) load on demand. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { NotFound } from './pages/NotFound';
import { useRoute } from './router';

const BoardPage = lazy(() => import('./pages/BoardPage').then((m) => ({ default: m.BoardPage })));
const ViewerPage = lazy(() => import('./pages/ViewerPage').then((m) => ({ default: m.ViewerPage })));

function Loading() {
  const { t } = useTranslation();
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
      return <HomePage />;
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
      return <JoinPage code={route.code} />;
    case 'notFound':
      return <NotFound kind="page" />;
  }
}
