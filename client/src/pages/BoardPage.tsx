/**
 * /b/:id: a participant's board, or the facilitator's when the address has `#key=` in its
 * fragment. Checks the board over HTTP (best effort: offline we open the local copy), connects,
 * and shows "not found" / "wrong key" clearly.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiRequestError, type BoardInfoWithRole, getBoard } from '../api/boardsApi';
import { facilitatorKeyFromHash } from '../sync/facilitatorKey';
import { loadIdentity } from '../sync/identity';
import { useBoardSession } from '../sync/useBoardSession';
import { BoardView } from './BoardView';
import { NotFound } from './NotFound';

export function BoardPage({ boardId }: { boardId: string }) {
  // Read once: the key stays in the fragment, and is never logged or put in a path or query of a page.
  const [key] = useState(() => facilitatorKeyFromHash(location.hash));
  const [identity, setIdentity] = useState(loadIdentity);
  const [info, setInfo] = useState<BoardInfoWithRole | null>(null);
  const [infoError, setInfoError] = useState<'notFound' | 'badKey' | null>(null);

  useEffect(() => {
    let live = true;
    getBoard(boardId, key)
      .then((result) => live && setInfo(result))
      .catch((err: unknown) => {
        if (!live || !(err instanceof ApiRequestError)) return;
        if (err.status === 404) setInfoError('notFound');
        else if (err.status === 401 || err.status === 403) setInfoError('badKey');
        // Network trouble: carry on with the offline copy.
      });
    return () => {
      live = false;
    };
  }, [boardId, key]);

  const opts = useMemo(
    () => ({
      room: boardId,
      persistenceName: `plg-board:${boardId}`,
      params: (key ? { as: identity.secret, key } : { as: identity.secret }) as Record<string, string>,
    }),
    [boardId, key, identity.secret],
  );
  const session = useBoardSession(infoError ? null : opts);

  if (infoError === 'notFound' || session?.fatal?.kind === 'notFound') return <NotFound kind="board" />;
  if (infoError === 'badKey' || session?.fatal?.kind === 'badKey') return <NotFound kind="badKey" boardId={boardId} />;
  if (!session) return null;
  return (
    <BoardView
      key={session.connection.generation}
      boardId={boardId}
      connection={session.connection}
      identity={identity}
      onIdentity={setIdentity}
      boardRole={key ? 'facilitator' : 'participant'}
      info={info}
      facilitatorKey={key}
    />
  );
}
