/**
 * What a timer shows at a given server time: the time left (as m:ss, rounded up so "0:00" means
 * time is up) and its state. Pure, for every screen alike.
 */
import { type Timer, timerRemaining } from '@plg/shared';

export type TimerStatus = 'stopped' | 'running' | 'paused' | 'up';

export interface TimerView {
  remainingMs: number;
  status: TimerStatus;
  /** "4:05"; hours as "1:02:03". */
  text: string;
  /** Share of the set duration still left, 0..1 (for a progress ring). */
  fraction: number;
}

/** m:ss (h:mm:ss past an hour), whole seconds rounded up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function timerView(timer: Timer, serverNow: number): TimerView {
  const remainingMs = timerRemaining(timer, serverNow);
  let status: TimerStatus;
  if (remainingMs <= 0) status = 'up';
  else if (timer.startedAt !== null) status = 'running';
  else status = remainingMs === timer.durationMs ? 'stopped' : 'paused';
  return {
    remainingMs,
    status,
    text: formatClock(remainingMs),
    fraction: timer.durationMs > 0 ? Math.min(1, remainingMs / timer.durationMs) : 0,
  };
}

/** Durations the facilitator can pick with one tap, in minutes. */
export const QUICK_DURATIONS = [3, 5, 10, 15, 20] as const;
