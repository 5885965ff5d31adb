// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatClock, timerView } from './timerState';

describe('timer view', () => {
  it('formats whole seconds, rounded up', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('tells stopped, running, paused and time-up apart', () => {
    const set = { durationMs: 300_000, remainingMs: 300_000, startedAt: null };
    expect(timerView(set, 0).status).toBe('stopped');
    const running = { ...set, startedAt: 1_000 };
    expect(timerView(running, 61_000)).toMatchObject({ status: 'running', text: '4:00', fraction: 0.8 });
    expect(timerView({ ...set, remainingMs: 120_000 }, 0)).toMatchObject({ status: 'paused', text: '2:00' });
    expect(timerView(running, 301_000)).toMatchObject({ status: 'up', text: '0:00', remainingMs: 0 });
    expect(timerView({ ...set, remainingMs: 0 }, 0).status).toBe('up');
  });
});
