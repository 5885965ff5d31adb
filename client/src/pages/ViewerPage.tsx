/** /v/:viewId: the read-only board for a projector or onlookers; no editing chrome. */
import { useEffect, useMemo, useState } from 'react';
import { ApiRequestError, resolveView } from '../api/boardsApi';
import { loadIdentity } from '../sync/identity';
import { useBoardSession } from '../sync/useBoardSession';
import { BoardView } from './BoardView';
import { NotFound } from './NotFound';

export function ViewerPage({ viewId }: { viewId: string }) {
  const [identity, setIdentity] = useState(loadIdentity);
  const [title, setTitle] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    resolveView(viewId)
      .then((r) => live && setTitle(r.title))
      .catch((err: unknown) => {
        if (live && err instanceof ApiRequestError && err.status === 404) setMissing(true);
      });
    return () => {
      live = false;
    };
  }, [viewId]);
  const opts = useMemo(
    () => ({ room: viewId, persistenceName: `plg-view:${viewId}`, params: { as: identity.secret } }),
    [viewId, identity.secret],
  );
  const session = useBoardSession(missing ? null : opts);
  if (missing || session?.fatal?.kind === 'notFound') return <NotFound kind="board" />;
  if (!session) return null;
  return (
    <BoardView
      key={session.connection.generation}
      boardId={viewId}
      connection={session.connection}
      identity={identity}
      onIdentity={setIdentity}
      boardRole="viewer"
      info={title ? { title } : null}
      facilitatorKey={null}
    />
  );
}
