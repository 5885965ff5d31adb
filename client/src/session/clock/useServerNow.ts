/**
 * One server clock for the page (synced on first use, again every few minutes and when the
 * connection comes back), and a hook that ticks with it while a countdown runs.
 */
import { useEffect, useState } from 'react';
import { useUiStore } from '../../stores/uiStore';
import { fetchServerTime } from '../api/sessionApi';
import { ServerClock } from './serverClock';

const RESYNC_MS = 5 * 60_000;

export const serverClock = new ServerClock(fetchServerTime);
let lastSync = 0;

function syncSoon(): void {
  if (Date.now() - lastSync < RESYNC_MS) return;
  lastSync = Date.now();
  void serverClock.sync();
}

/** Server time, re-read every `tickMs` while `running` (else once per change of inputs). */
export function useServerNow(running: boolean, tickMs = 250): number {
  const [now, setNow] = useState(() => serverClock.now());
  const connected = useUiStore((s) => s.connection.status === 'connected');
  useEffect(() => {
    if (connected) {
      lastSync = 0;
      syncSoon();
    }
  }, [connected]);
  useEffect(() => {
    setNow(serverClock.now());
    if (!running) return;
    const timer = setInterval(() => {
      syncSoon();
      setNow(serverClock.now());
    }, tickMs);
    return () => clearInterval(timer);
  }, [running, tickMs]);
  return now;
}
