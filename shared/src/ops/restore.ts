/**
 * Restoring a board's content from an earlier version, as an ordinary change (so it syncs,
 * and can itself be reverted by restoring the version kept just before it). The session
 * (phase, timer…) is left as it is: a restore brings back content, not where the day is.
 */
import * as Y from 'yjs';
import { ROOT } from '../schema/keys.js';

const OBJECT_ROOTS = [ROOT.zones, ROOT.notes, ROOT.groups, ROOT.actions] as const;
const FLAT_ROOTS = [ROOT.meta, ROOT.results] as const;

/** Builds a fresh copy of a plain JSON object as a Y.Map; strings under `text` become Y.Text. */
function toYMap(json: Record<string, unknown>, textKeys: ReadonlySet<string>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(json)) {
    map.set(key, textKeys.has(key) && typeof value === 'string' ? new Y.Text(value) : value);
  }
  return map;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Makes `target`'s content equal to `version`'s, touching only what differs. */
export function restoreContent(target: Y.Doc, version: Y.Doc, origin: unknown): void {
  target.transact(() => {
    for (const name of OBJECT_ROOTS) {
      const now = target.getMap<unknown>(name);
      const then = version.getMap<unknown>(name);
      const textKeys = new Set(name === ROOT.notes ? ['text'] : []);
      for (const key of [...now.keys()]) if (!then.has(key)) now.delete(key);
      for (const [key, value] of then.entries()) {
        if (!(value instanceof Y.Map)) continue;
        const json = value.toJSON() as Record<string, unknown>;
        const current = now.get(key);
        if (current instanceof Y.Map && same(current.toJSON(), json)) continue;
        now.set(key, toYMap(json, textKeys));
      }
    }
    for (const name of FLAT_ROOTS) {
      const now = target.getMap<unknown>(name);
      const then = version.getMap<unknown>(name);
      for (const key of [...now.keys()]) if (!then.has(key)) now.delete(key);
      for (const [key, value] of then.entries()) if (!same(now.get(key), value)) now.set(key, value);
    }
  }, origin);
}
