/**
 * React context carrying the open board's runtime, and the live permissions derived from the
 * session (shared permissionsFor), for components below BoardView.
 */
import { type Permissions, permissionsFor } from '@plg/shared';
import { createContext, useContext } from 'react';
import { useSession } from '../sync/useYMap';
import type { BoardRuntime } from './BoardRuntime';

export const BoardContext = createContext<BoardRuntime | null>(null);

export function useBoard(): BoardRuntime {
  const rt = useContext(BoardContext);
  if (!rt) throw new Error('useBoard: no board is open');
  return rt;
}

export function usePermissions(): Permissions {
  const rt = useBoard();
  const session = useSession(rt.doc);
  return permissionsFor(rt.role, session);
}
