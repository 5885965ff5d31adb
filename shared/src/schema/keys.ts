/**
 * Top-level names of the board document and its schema version.
 * Every shared type a board has is listed here; anything else is refused by the server.
 */

/** The version of the document layout written by this code. Bump it with a migration step. */
export const SCHEMA_VERSION = 1;

/** Names of the board document's top-level shared types. */
export const ROOT = {
  /** Y.Map: schemaVersion, title, templateId, createdAt, lang. */
  meta: 'meta',
  /** Y.Map id → Y.Map: the model's zones. */
  zones: 'zones',
  /** Y.Map id → Y.Map: the sticky notes. */
  notes: 'notes',
  /** Y.Map id → Y.Map: named groups (clusters) of notes. */
  groups: 'groups',
  /** Y.Map id → Y.Map: action points (wie / wat / wanneer). */
  actions: 'actions',
  /** Y.Map: the facilitated session's state; written by the server only. */
  session: 'session',
  /** Y.Map: published results (vote tallies, self-assessment); written by the server only. */
  results: 'results',
} as const;

export type RootName = (typeof ROOT)[keyof typeof ROOT];

/** Every top-level name a board document may contain. */
export const ROOT_NAMES: readonly RootName[] = Object.values(ROOT);

/** Top-level names of a participant's private document (drafts, votes, self-assessment). */
export const PRIVATE_ROOT = {
  /** Y.Map id → Y.Map: notes written in a private brainstorm, same fields as `notes`. */
  drafts: 'drafts',
  /** Y.Map targetId → number: the participant's dots on notes or groups. */
  votes: 'votes',
  /** Y.Map zoneId → 1..4: the participant's self-assessment per core element. */
  assessment: 'assessment',
  /** Y.Map: the participant's display name (`name`), for voter lists and exports. */
  profile: 'profile',
} as const;

export type PrivateRootName = (typeof PRIVATE_ROOT)[keyof typeof PRIVATE_ROOT];
export const PRIVATE_ROOT_NAMES: readonly PrivateRootName[] = Object.values(PRIVATE_ROOT);
