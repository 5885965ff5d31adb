import { describe, expect, it } from 'vitest';
import { KINDS } from './crashEdits.js';
import { runCrashHarness } from './crashHarness.js';

// Bounded for CI; run longer with `pnpm --filter ./server crash -- --seconds 600`.
const SECONDS = Number(process.env.PLG_CRASH_SECONDS ?? 8);

describe('crash harness (SIGKILL at random moments)', () => {
  it(`loses no relayed edit over ${SECONDS}s of random edits and kills`, async () => {
    const report = await runCrashHarness({
      seconds: SECONDS,
      boards: 3,
      writersPerBoard: 3,
      seed: Number(process.env.PLG_CRASH_SEED ?? 7),
      killEveryMs: 1500,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    expect(report.kills).toBeGreaterThan(1);
    expect(report.hitAndRun).toBeGreaterThan(0);
    // Every kind of edit was made, and witnessed, so every kind was checked.
    for (const kind of KINDS) {
      expect(report.made[kind], kind).toBeGreaterThan(0);
      expect(report.seen[kind], kind).toBeGreaterThan(0);
    }
    expect(report.lost).toEqual([]);
    // A viewer sends nothing but its sync reply: a refusal means the server lost or would not take
    // content it had relayed. (A writer that edits while it resyncs may be refused and reconnect:
    // printed, not failed.)
    expect(report.observerRefused).toBe(0);
    expect(report.agreed).toBe(true);
    expect(report.integrity).toBe('ok');
  }, 120_000);
});
