/**
 * Typed access to the board document's top-level maps.
 */
import * as Y from 'yjs';
import { PRIVATE_ROOT, ROOT } from '../schema/keys.js';

export type YMapAny = Y.Map<unknown>;

export const notesOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.notes);
export const zonesOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.zones);
export const groupsOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.groups);
export const actionsOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.actions);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.meta);
export const sessionOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.session);
export const resultsOf = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.results);

export const draftsOf = (doc: Y.Doc) => doc.getMap<unknown>(PRIVATE_ROOT.drafts);
export const myVotesOf = (doc: Y.Doc) => doc.getMap<unknown>(PRIVATE_ROOT.votes);
export const myAssessmentOf = (doc: Y.Doc) => doc.getMap<unknown>(PRIVATE_ROOT.assessment);
export const profileOf = (doc: Y.Doc) => doc.getMap<unknown>(PRIVATE_ROOT.profile);

/** The Y.Map of one object, if it exists and is a map. */
export function mapIn(parent: Y.Map<unknown>, id: string): YMapAny | undefined {
  const value = parent.get(id);
  return value instanceof Y.Map ? value : undefined;
}

/** Clamps `value` to [min, max]; NaN becomes min. */
export function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}
