/**
 * Long runs of the crash harness: `pnpm --filter ./server crash -- --seconds 600 --seed 42`.
 */
import { parseArgs } from 'node:util';
import { runCrashHarness } from '../src/test/crashHarness.js';

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm crash -- --seconds 600` on to the script.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 100000) },
    boards: { type: 'string', default: '3' },
    writers: { type: 'string', default: '3' },
    'kill-every': { type: 'string', default: '1500' },
  },
});
const report = await runCrashHarness({
  seconds: Number(values.seconds),
  seed: Number(values.seed),
  boards: Number(values.boards),
  writersPerBoard: Number(values.writers),
  killEveryMs: Number(values['kill-every']),
  log: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(`seed ${values.seed}\n`);
process.exit(
  report.lost.length === 0 && report.observerRefused === 0 && report.agreed && report.integrity === 'ok' ? 0 : 1,
);
