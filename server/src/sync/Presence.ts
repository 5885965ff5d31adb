/**
 * A room's presence (awareness) states, kept as the bytes they arrived in. The rules are those
 * of y-protocols' Awareness on a server (a newer clock wins; a null state at the same clock
 * removes; a state not renewed for 30 s is dropped; a disconnect drops its states at their
 * clock), but a state is never parsed again or re-stringified after awarenessFilter checked it:
 * a relay message is the changed entries' own bytes, concatenated.
 *
 * Awareness update: [varUint count] { [varUint clientID][varUint clock][varString stateJSON] }*
 */
import * as encoding from 'lib0/encoding';
import type { AwarenessEntry } from './awarenessFilter.js';

/** As y-protocols: states not renewed for this long are removed (clients renew every 15 s). */
export const OUTDATED_MS = 30_000;
const SWEEP_MS = OUTDATED_MS / 10;

interface Held {
  clock: number;
  /** The entry as it arrived; null once the state was removed (the clock is kept). */
  bytes: Uint8Array | null;
  lastUpdated: number;
}

export class Presence {
  private readonly held = new Map<number, Held>();
  private changed = new Set<number>();
  private states = 0;
  private readonly sweeper: NodeJS.Timeout;

  /** `onChange` runs whenever there is something new to relay. */
  constructor(private readonly onChange: () => void) {
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  /** Clients that currently have a state. */
  get size(): number {
    return this.states;
  }

  /** Applies checked entries (y-protocols' applyAwarenessUpdate, for a server without a state of its own). */
  apply(entries: readonly AwarenessEntry[], now = Date.now()): void {
    let relay = false;
    for (const e of entries) {
      const prev = this.held.get(e.clientId);
      const currClock = prev === undefined ? 0 : prev.clock;
      const present = prev?.bytes != null;
      if (!(currClock < e.clock || (currClock === e.clock && e.removes && present))) continue;
      this.held.set(e.clientId, { clock: e.clock, bytes: e.removes ? null : e.bytes, lastUpdated: now });
      if (present && e.removes) this.states--;
      else if (!present && !e.removes) this.states++;
      // Relayed as y-protocols emits 'update': added, updated (even if equal) or removed.
      if (!e.removes || prev !== undefined) {
        this.changed.add(e.clientId);
        relay = true;
      }
    }
    if (relay) this.onChange();
  }

  /** Drops the states of `ids` (their connection left), relayed as null at the same clock. */
  remove(ids: Iterable<number>): void {
    let relay = false;
    for (const id of ids) {
      const h = this.held.get(id);
      if (!h || h.bytes === null) continue;
      h.bytes = null;
      this.states--;
      this.changed.add(id);
      relay = true;
    }
    if (relay) this.onChange();
  }

  /** The awareness update for everything changed since the last call; null when nothing did. */
  takeChanged(): Uint8Array | null {
    if (this.changed.size === 0) return null;
    const ids = this.changed;
    this.changed = new Set();
    return this.encode(ids);
  }

  /** An awareness update with every current state (for a newcomer, or a query). */
  encodeAll(): Uint8Array {
    const ids: number[] = [];
    for (const [id, h] of this.held) if (h.bytes !== null) ids.push(id);
    return this.encode(ids);
  }

  private encode(ids: Iterable<number>): Uint8Array {
    const e = encoding.createEncoder();
    const list = [...ids];
    encoding.writeVarUint(e, list.length);
    for (const id of list) {
      const h = this.held.get(id) as Held;
      if (h.bytes !== null) {
        encoding.writeUint8Array(e, h.bytes);
      } else {
        encoding.writeVarUint(e, id);
        encoding.writeVarUint(e, h.clock);
        encoding.writeVarString(e, 'null');
      }
    }
    return encoding.toUint8Array(e);
  }

  private sweep(now = Date.now()): void {
    const stale: number[] = [];
    for (const [id, h] of this.held) if (h.bytes !== null && now - h.lastUpdated >= OUTDATED_MS) stale.push(id);
    if (stale.length > 0) this.remove(stale);
  }

  destroy(): void {
    clearInterval(this.sweeper);
  }
}
