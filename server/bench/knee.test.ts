import { describe, expect, it } from 'vitest';
import { describeKnee, describeKneeRatio, GENERATOR_BOUND_PCT, kneeOf, SERVER_FULL_PCT } from './knee.js';
import type { Row } from './scenarios.js';
import { summarize } from './stats.js';

/** A ramp step: p99 (one sample), how busy the generator was, and anything lost. */
function step(
  clients: number,
  p99: number,
  genPct: number,
  lost: { drops?: number; closes?: number } = {},
  cpuPct = 80,
): Row {
  return {
    scenario: `ramp ${clients}`,
    target: 'ours',
    clients,
    latency: summarize([p99]),
    moveP99: p99,
    cursorP99: p99,
    drops: lost.drops ?? 0,
    closes: lost.closes ?? 0,
    movesSeenPct: 100,
    inPerS: 1,
    outPerS: 1,
    cpuPct,
    cpuUs: 100,
    rssMb: 100,
    kbPerClientS: 1,
    genPct,
    genLagP99: 1,
    otherPct: 0,
    note: '',
  };
}

describe('kneeOf', () => {
  it('is the last passing step when the server gave up with the generator to spare', () => {
    const knee = kneeOf([step(100, 10, 30), step(200, 40, 50), step(300, 180, 60)], 100);
    expect(knee).toEqual({ clients: 200, lowerBound: false, why: null });
    expect(describeKnee('hocuspocus', knee, 100)).toBe('knee hocuspocus: 200');
  });

  it('is a lower bound when the failing step had the generator core full', () => {
    const knee = kneeOf([step(900, 80, 80), step(1000, 99, 84), step(1100, 180, GENERATOR_BOUND_PCT + 8)], 100);
    expect(knee.clients).toBe(1000);
    expect(knee.lowerBound).toBe(true);
    expect(describeKnee('ours', knee, 50)).toBe(
      "knee ours: 1000 (at least: at 1100 the load generator's core was 93 % busy, the server's 80 %)",
    );
  });

  it("is the server's own when its core was full at the failing step, however busy the generator", () => {
    const collapsed = step(200, 5000, GENERATOR_BOUND_PCT + 2, { drops: 375 }, SERVER_FULL_PCT + 10);
    expect(kneeOf([step(150, 50, 80), collapsed], 100)).toEqual({ clients: 150, lowerBound: false, why: null });
  });

  it('counts drops and closed connections as failures, and a ramp that never failed as a lower bound', () => {
    expect(kneeOf([step(50, 5, 10), step(100, 5, 10, { drops: 1 })], 100).clients).toBe(50);
    expect(kneeOf([step(50, 5, 10), step(100, 5, 10, { closes: 2 })], 100).clients).toBe(50);
    expect(kneeOf([step(50, 5, 10), step(100, 5, 10)], 100)).toEqual({
      clients: 100,
      lowerBound: true,
      why: 'the ramp ended',
    });
  });

  it('has no knee when the first step failed', () => {
    const knee = kneeOf([step(50, 300, 10)], 100);
    expect(knee).toEqual({ clients: null, lowerBound: false, why: null });
    expect(describeKnee('y-websocket-server', knee, 50)).toBe('knee y-websocket-server: < 50');
  });
});

describe('describeKneeRatio', () => {
  const measured = (clients: number) => ({ clients, lowerBound: false, why: null });
  const bound = (clients: number) => ({ clients, lowerBound: true, why: 'the ramp ended' });

  it('divides by the best reference, marked "≥" when ours is only a lower bound', () => {
    expect(describeKneeRatio(measured(900), [measured(450), measured(100)])).toBe(
      'knee ratio ours/best reference: 2.00×',
    );
    expect(describeKneeRatio(bound(1000), [measured(400), measured(100)])).toBe(
      'knee ratio ours/best reference: ≥ 2.50×',
    );
  });

  it('claims no bound when the best reference is a lower bound too, and nothing without a knee of ours', () => {
    expect(describeKneeRatio(bound(1200), [bound(1200)])).toBe('knee ratio ours/best reference: 1.00×');
    expect(describeKneeRatio({ clients: null, lowerBound: false, why: null }, [measured(100)])).toBeNull();
  });
});
