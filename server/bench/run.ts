/**
 * `pnpm bench:server`: runs the scenarios against ours, @y/websocket-server and Hocuspocus, one
 * target after another, and prints one table with ratios ours/reference, the knee of each
 * server, and the one-hour document figures. A benchmark, not a test: it asserts nothing.
 *
 *   --smoke                 every scenario small and for a second or two (CI)
 *   --scenarios a,b         study,school,busy,storm,cold,ramp,hour (default: all)
 *   --targets a,b           ours,yws,hocuspocus (default: all)
 *   --duration S --warmup S measured window and warm-up of the relay scenarios (default 10, 2)
 *   --rounds N              interleaved rounds of every relay scenario (study, school, busy; not the
 *                           ramp), pooled into one row per server (default: 3 for study and school,
 *                           1 for busy; smoke 2 for study). Round 1 runs every target, then round 2, …
 *   --ramp-steps 50,100     clients per ramp step
 *   --load-threads N        raw-client threads (default 0 when pinned: in the probes' thread; 2 otherwise)
 *   --profile DIR           write a V8 CPU profile of our server per run into DIR
 *   --json FILE             also write every figure as JSON (pooled rows; each round under roundRows)
 *
 * Environment: WS_COMPRESSION=on (and any other server variable) reaches our server;
 * BENCH_OURS_NODE_FLAGS="--trace-gc …" adds Node flags to our server only.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHour, simulateHour } from './hour.js';
import { describeKnee, describeKneeRatio, type Knee, kneeOf, passes } from './knee.js';
import { renderNotes, renderTable } from './report.js';
import { poolRounds, type RelayRun } from './rounds.js';
import { type Row, type RunOptions, runCold, runRelay, runStorm } from './scenarios.js';
import { hasTaskset, pinSelf, TARGET_LABEL, type TargetName } from './targets/target.js';
import {
  fullPlan,
  type RampWorkload,
  RELAY_IDS,
  type RelayWorkload,
  SCENARIO_IDS,
  type ScenarioId,
  smokePlan,
} from './workload.js';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    targets: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    warmup: { type: 'string' },
    'ramp-steps': { type: 'string' },
    'load-threads': { type: 'string' },
    profile: { type: 'string' },
    json: { type: 'string' },
  },
});

const list = <T extends string>(s: string | undefined, all: readonly T[]): T[] => {
  if (!s) return [...all];
  const picked = s.split(',').map((x) => x.trim()) as T[];
  for (const p of picked) if (!all.includes(p)) throw new Error(`unknown: ${p} (choose from ${all.join(', ')})`);
  return picked;
};

const scenarios = list<ScenarioId>(values.scenarios, SCENARIO_IDS);
const targets = list<TargetName>(values.targets, ['ours', 'yws', 'hocuspocus']);
const plan = values.smoke ? smokePlan() : fullPlan(Number(values.duration ?? 10), Number(values.warmup ?? 2));
if (values['ramp-steps']) plan.ramp.steps = values['ramp-steps'].split(',').map(Number);
if (values.rounds) {
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: a whole number ≥ 1, not ${values.rounds}`);
  for (const id of RELAY_IDS) plan[id].rounds = rounds;
}
const pinned = pinSelf(1);
// Pinned to one core, one thread for everything has the least scheduling delay between
// what arrives and when a probe sees it; unpinned, spread the raw clients over two threads.
const opts: RunOptions = { loadThreads: Number(values['load-threads'] ?? (pinned ? 0 : 2)) };
if (values.profile) opts.profileDir = resolve(values.profile);

const log = (s: string) => process.stderr.write(`${s}\n`);

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const pinning = pinned
    ? 'server on CPU 0 (taskset -c 0), load generator on CPU 1'
    : hasTaskset()
      ? 'taskset failed: not pinned'
      : 'no taskset (util-linux): not pinned, figures are noisier';
  return [
    `machine: ${cpus().length} × ${cpu}; node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `pinning: ${pinning}; ${opts.loadThreads === 0 ? 'probes and raw clients in one thread' : `raw-client threads: ${opts.loadThreads}`}`,
  ].join('\n');
}

async function ramp(target: TargetName, w: RampWorkload, rows: Row[]): Promise<Knee> {
  const own: Row[] = [];
  for (const clients of w.steps) {
    log(`  ramp ${TARGET_LABEL[target]} ${clients} clients…`);
    const connectMs = Math.max(500, Math.min(4000, clients * 2));
    const { row } = await runRelay(`ramp ${clients}`, target, { ...w.relay, rooms: 1, clients, connectMs }, opts);
    rows.push(row);
    own.push(row);
    log(
      `    p99 ${row.latency.p99.toFixed(1)} ms, drops ${row.drops}, closed ${row.closes}, gen ${row.genPct.toFixed(0)}%`,
    );
    if (!passes(row, w.p99LimitMs)) break;
  }
  return kneeOf(own, w.p99LimitMs);
}

/** A row of one round of a relay scenario run in rounds (JSON only: the table shows them pooled). */
type RoundRow = Row & { round: number };

/**
 * A relay scenario: with rounds R > 1, interleaved (round 1 on every target in the usual order,
 * then round 2, …, each a full run on a fresh server), then pooled into one row per target.
 */
async function relay(scenario: string, w: RelayWorkload, rows: Row[], roundRows: RoundRow[]): Promise<void> {
  const rounds = w.rounds ?? 1;
  const runs = new Map<TargetName, RelayRun[]>(targets.map((t) => [t, []]));
  for (let round = 1; round <= rounds; round++)
    for (const target of targets) {
      log(
        rounds > 1
          ? `${scenario} round ${round}/${rounds}: ${TARGET_LABEL[target]}…`
          : `${scenario}: ${TARGET_LABEL[target]}…`,
      );
      const run = await runRelay(scenario, target, w, opts);
      runs.get(target)?.push(run);
      if (rounds === 1) continue;
      roundRows.push({ round, ...run.row });
      const { latency, drops, closes } = run.row;
      log(`    p99 ${latency.p99.toFixed(1)} ms, p50 ${latency.p50.toFixed(1)} ms, drops ${drops}, closed ${closes}`);
    }
  for (const target of targets) rows.push(poolRounds(runs.get(target) ?? []));
}

async function main(): Promise<void> {
  log(machine());
  const rows: Row[] = [];
  const rampRows: Row[] = [];
  const roundRows: RoundRow[] = [];
  const knees = new Map<TargetName, Knee>();
  let hourText = '';
  for (const scenario of scenarios) {
    if (scenario === 'hour') {
      const hour = simulateHour(plan.hour);
      hourText = renderHour(hour, plan.hour);
      for (const target of targets) {
        log(`hour: cold load on ${TARGET_LABEL[target]}…`);
        rows.push(
          await runCold('hour', target, { notes: plan.hour.notes, boards: plan.cold.boards }, opts, hour.state),
        );
      }
      continue;
    }
    if (scenario !== 'storm' && scenario !== 'cold' && scenario !== 'ramp') {
      await relay(scenario, plan[scenario], rows, roundRows);
      continue;
    }
    for (const target of targets) {
      log(`${scenario}: ${TARGET_LABEL[target]}…`);
      if (scenario === 'storm') rows.push(await runStorm(scenario, target, plan.storm, opts));
      else if (scenario === 'cold') rows.push(await runCold(scenario, target, plan.cold, opts));
      else knees.set(target, await ramp(target, plan.ramp, rampRows));
    }
  }
  const out: string[] = [machine(), ''];
  out.push(
    'Relay rows: latency = send → arrival at a probe (moves and cursors); CPU µs = server CPU per workload message;',
    'storm rows: latency = connect → full state received, CPU µs per join; cold/hour rows: socket open → full state',
    'from a fresh server (the first load excluded), CPU µs per load. Ratios are ours/reference (< 1: ours lower).',
    '',
    renderTable(rows),
  );
  const notes = renderNotes(rows);
  if (notes) out.push('', notes);
  if (rampRows.length > 0) {
    out.push('', `Knee ramp (one room, p99 limit ${plan.ramp.p99LimitMs} ms):`, '', renderTable(rampRows), '');
    for (const [target, knee] of knees) out.push(describeKnee(TARGET_LABEL[target], knee, plan.ramp.steps[0] ?? 0));
    const ours = knees.get('ours');
    const references = [...knees].filter(([t]) => t !== 'ours').map(([, k]) => k);
    const ratio = ours ? describeKneeRatio(ours, references) : null;
    if (ratio) out.push(ratio);
  }
  if (hourText) out.push('', 'One hour of dragging:', hourText);
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.json)
    writeFileSync(values.json, JSON.stringify({ rows, rampRows, roundRows, knees: [...knees] }, null, 2));
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
