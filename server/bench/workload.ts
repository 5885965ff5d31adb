/**
 * The workload, one definition for every target: R boards × C clients; each client drags its
 * own note (awareness `drag` frames at the awareness rate while dragging) and drops it F times a
 * second (ONE moveNotes document update per gesture), sends its cursor at A Hz, and some
 * clients leave and rejoin. Scenarios and their smoke-sized variants live here too.
 */

export interface Rates {
  /** Gestures (drops = document updates) per client per second. */
  moveHz: number;
  /** Awareness frames (cursor, and drag while dragging) per client per second. */
  awarenessHz: number;
  /** How long a drag lasts before the drop (capped at 80% of the gesture period). */
  dragMs: number;
  /** Share of load clients that leave and rejoin (new tab, new awareness id) once in the window. */
  churn: number;
}

export interface RelayWorkload extends Rates {
  rooms: number;
  /** Clients per room, probes included. */
  clients: number;
  /** Stock-provider probes per room (they measure latency)… */
  probesPerRoom: number;
  /** …in this many of the rooms (all when absent): probes decode everything, so they are costly. */
  probeRooms?: number;
  /** Seconds of sending before the measured window, and the window itself. */
  warmupS: number;
  durationS: number;
  /** Spread the load clients' connects over this long. */
  connectMs: number;
  /** After the window, wait this long for what is still in flight before reading the probes. */
  drainMs: number;
  /**
   * Interleaved rounds (default 1): each round runs every target once, in the usual order, on a
   * fresh server; the rounds are then pooled into one row per target (see rounds.ts).
   */
  rounds?: number;
}

export interface StormWorkload {
  clients: number;
  notes: number;
  /** All clients connect within this time. */
  spreadMs: number;
  /** How many of them are stock providers (time to synced including decoding the board). */
  stockClients: number;
}

export interface ColdWorkload {
  notes: number;
  /** Boards loaded one after another; the first only warms the server up. */
  boards: number;
}

export interface RampWorkload {
  steps: number[];
  /** A step passes while p99 stays under this (and nothing is dropped or cut off). */
  p99LimitMs: number;
  relay: Omit<RelayWorkload, 'clients' | 'rooms' | 'connectMs' | 'rounds'>;
}

export interface HourWorkload {
  clients: number;
  notes: number;
  moveHz: number;
  simulatedS: number;
}

export const STUDY_RATES: Rates = { moveHz: 0.5, awarenessHz: 5, dragMs: 1000, churn: 0.1 };

export interface Plan {
  study: RelayWorkload;
  school: RelayWorkload;
  busy: RelayWorkload;
  storm: StormWorkload;
  cold: ColdWorkload;
  ramp: RampWorkload;
  hour: HourWorkload;
}

export const SCENARIO_IDS = ['study', 'school', 'busy', 'storm', 'cold', 'ramp', 'hour'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
/** The scenarios run by runRelay (the ones `rounds` applies to; the ramp has its own steps). */
export const RELAY_IDS = ['study', 'school', 'busy'] as const;

export const SCENARIO_TITLE: Record<ScenarioId, string> = {
  study: 'study day',
  school: 'big school',
  busy: 'busy server',
  storm: 'join storm',
  cold: 'cold load',
  ramp: 'knee ramp',
  hour: 'one hour of dragging',
};

const connectMs = (total: number) => Math.max(500, Math.min(4000, total * 2));

/** The full-size plan; `durationS` overrides every measured window. */
export function fullPlan(durationS = 10, warmupS = 2): Plan {
  const relay = (rooms: number, clients: number, probesPerRoom: number, rates: Rates): RelayWorkload => ({
    ...rates,
    rooms,
    clients,
    probesPerRoom,
    warmupS,
    durationS,
    connectMs: connectMs(rooms * clients),
    drainMs: 1500,
  });
  return {
    // One room each: the servers differ by little more than one window's noise (one run's
    // 200-client room gave ours 25.8 ms where three pooled rounds gave 12.5–14.1 per round):
    // alternate them over rounds.
    study: { ...relay(1, 30, 3, STUDY_RATES), rounds: 3 },
    school: { ...relay(1, 200, 3, { ...STUDY_RATES, awarenessHz: 10 }), rounds: 3 },
    busy: { ...relay(100, 30, 1, { moveHz: 0.2, awarenessHz: 2, dragMs: 1000, churn: 0.1 }), probeRooms: 25 },
    storm: { clients: 200, notes: 2000, spreadMs: 1000, stockClients: 5 },
    cold: { notes: 2000, boards: 6 },
    ramp: {
      // Every 50 clients up to 500, then every 100: the same grid for every server.
      steps: [50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1100, 1200],
      p99LimitMs: 100,
      relay: { ...STUDY_RATES, probesPerRoom: 3, warmupS, durationS: Math.min(durationS, 6), drainMs: 1500 },
    },
    hour: { clients: 30, notes: 200, moveHz: 0.5, simulatedS: 3600 },
  };
}

/** Every scenario for a second or two, small: CI checks that it runs and prints figures. */
export function smokePlan(): Plan {
  const relay = (rooms: number, clients: number, probesPerRoom: number, rates: Rates): RelayWorkload => ({
    ...rates,
    rooms,
    clients,
    probesPerRoom,
    warmupS: 0.5,
    durationS: 1.5,
    connectMs: 300,
    drainMs: 500,
  });
  return {
    // Two rounds, so that CI runs the pooling too.
    study: { ...relay(1, 6, 2, STUDY_RATES), rounds: 2 },
    school: relay(1, 12, 2, { ...STUDY_RATES, awarenessHz: 10 }),
    busy: relay(4, 5, 1, { moveHz: 0.2, awarenessHz: 2, dragMs: 1000, churn: 0.1 }),
    storm: { clients: 20, notes: 200, spreadMs: 200, stockClients: 2 },
    cold: { notes: 200, boards: 2 },
    ramp: {
      steps: [10],
      p99LimitMs: 100,
      relay: { ...STUDY_RATES, probesPerRoom: 2, warmupS: 0.3, durationS: 1, drainMs: 500 },
    },
    hour: { clients: 30, notes: 200, moveHz: 0.5, simulatedS: 60 },
  };
}
