/**
 * The session timer as this screen shows it: the server's timer at the server's time (so every
 * screen counts down alike), ticking while it runs; and a soft chime when it runs out, unless
 * this screen muted it (remembered locally).
 */
import { useEffect, useRef } from 'react';
import { useBoard } from '../../board/BoardContext';
import { useSession } from '../../sync/useYMap';
import { useServerNow } from '../clock/useServerNow';
import { useSessionUi } from '../sessionUiStore';
import { type TimerView, timerView } from './timerState';

export function useTimer(): TimerView {
  const rt = useBoard();
  const timer = useSession(rt.doc).timer;
  const now = useServerNow(timer.startedAt !== null);
  return timerView(timer, now);
}

/** Two soft rising tones (WebAudio), about a second long. */
export function playChime(): void {
  const Ctx =
    globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctx) return;
  try {
    const ctx = new Ctx();
    void ctx.resume();
    [523.25, 783.99].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const start = ctx.currentTime + i * 0.35;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.12, start + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.95);
    });
    setTimeout(() => void ctx.close(), 2000);
  } catch {
    // No audio on this device: the screen still shows that time is up.
  }
}

/** Plays the chime once when a running timer reaches zero on this screen. */
export function useTimeUpChime(status: TimerView['status']): void {
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'running' && status === 'up' && !useSessionUi.getState().muted) playChime();
    previous.current = status;
  }, [status]);
}
