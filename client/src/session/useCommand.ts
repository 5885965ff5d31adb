/**
 * Sends facilitator commands with visible progress and errors: `pending` names the command on
 * its way (buttons show it and wait), a failure becomes a toast that says why.
 */
import { useCallback, useState } from 'react';
import { ApiRequestError } from '../api/boardsApi';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { type SessionCommand, sendSessionCommand } from './api/sessionApi';
import { useSessionUi } from './sessionUiStore';

export interface CommandRunner {
  /** Resolves true when the server accepted the command. */
  run(cmd: SessionCommand, done?: string): Promise<boolean>;
  /** The type of the command on its way, or null. */
  pending: SessionCommand['type'] | null;
  /** Whether this screen can send commands at all (the facilitator's). */
  available: boolean;
}

export function useCommand(): CommandRunner {
  const t = useT();
  const rt = useBoard();
  const key = useSessionUi((s) => s.facilitatorKey);
  const [pending, setPending] = useState<SessionCommand['type'] | null>(null);
  const run = useCallback(
    async (cmd: SessionCommand, done?: string) => {
      if (!key) return false;
      setPending(cmd.type);
      try {
        await sendSessionCommand(rt.boardId, key, cmd);
        if (done) useUiStore.getState().pushToast(done, 'info');
        return true;
      } catch (err) {
        const status = err instanceof ApiRequestError ? err.status : 0;
        const reason =
          status === 0
            ? t('errors.network')
            : status === 401 || status === 403
              ? t('session.errors.key')
              : status === 429
                ? t('session.errors.tooMany')
                : (err as Error).message || String(status);
        useUiStore.getState().pushToast(t('session.errors.command', { reason }), 'error');
        return false;
      } finally {
        setPending(null);
      }
    },
    [key, rt.boardId, t],
  );
  return { run, pending, available: key !== null && rt.role === 'facilitator' };
}
