/**
 * What a room does with one update from a client: store it, ignore it, ask the client for what
 * the server lacks, or refuse it (deny with a reason, or close). The checks run in order of cost:
 * the bounded precheck, the document size limit, a trial on the shadow copy, the viewer's
 * read-only rule and the document policy. The Room carries the verdict out.
 */
import { CLOSE, LIMITS } from '@plg/shared';
import type { Connection } from './Connection.js';
import type { DocPolicy, PolicyContext } from './policy.js';
import type { ShadowDoc } from './ShadowDoc.js';
import { precheckUpdate } from './updatePrecheck.js';

/** Updates in a row that build on missing content before the connection is closed as broken. */
export const MAX_MISSING_STRIKES = 3;

export type Verdict = (
  | { act: 'ignore' }
  | { act: 'store' }
  /** It builds on content the server lacks (an edit that overtook its client's sync reply). */
  | { act: 'ask-again' }
  | { act: 'close'; code: number; reason: string }
  | { act: 'deny'; reason: string }
) & {
  /** The trial left the shadow holding an update that is not stored: rebuild it. */
  shadowDirty?: true;
  /** The trial passed (the client's missing-content strikes start again). */
  integrated?: true;
  /** Why a check refused it, for the log. */
  refused?: { by: 'precheck' | 'trial' | 'policy'; detail: string };
};

export interface UpdateContext {
  /** Made on first use: an update that needs no check never builds it. */
  shadow: () => ShadowDoc;
  /** True when the update is known to add nothing, without building anything (RoomDoc.addsNothing). */
  addsNothing: (update: Uint8Array) => boolean;
  policy: DocPolicy;
  storageDown: boolean;
  /** Bytes of the document plus accepted updates not applied yet. */
  docBytes: number;
  context: () => PolicyContext;
}

export function judgeUpdate(update: Uint8Array, conn: Connection, room: UpdateContext): Verdict {
  if (isEmptyUpdate(update)) return { act: 'ignore' };
  if (room.storageDown && conn.role !== 'viewer') {
    return { act: 'close', code: CLOSE.storageUnavailable.code, reason: CLOSE.storageUnavailable.reason };
  }
  // A returning client's sync reply to a board served from its snapshot: nothing to check.
  if (room.addsNothing(update)) return { act: 'ignore', integrated: true };
  const shadow = room.shadow();
  const pre = precheckUpdate(update, shadow.doc, room.policy.roots);
  if (!pre.ok) return malformed(pre.reason, { by: 'precheck', detail: pre.reason });
  // Only new structs grow the document: a delete set it already has (every reconnecting client
  // sends its own) is not refused on a full board. Accepted updates not yet stored count too.
  if (pre.fresh > 0 && room.docBytes + update.length > LIMITS.maxDocumentBytes) {
    return { act: 'deny', reason: 'limit-reached' };
  }
  const context = room.context();
  const trial = shadow.trial(update);
  if (!trial.ok && trial.missing && conn.missingStrikes < MAX_MISSING_STRIKES) {
    // Drop it and ask the client for everything the server lacks, which includes it.
    return { act: 'ask-again', shadowDirty: true };
  }
  if (!trial.ok) return { ...malformed(trial.reason, { by: 'trial', detail: trial.reason }), shadowDirty: true };
  if (trial.changes.length === 0 && pre.fresh === 0) {
    // Nothing new: a re-sent update, or a sync step 2 that only repeats known deletions
    // (viewers send those too). There is nothing to store or relay.
    return { act: 'ignore', integrated: true };
  }
  if (conn.role === 'viewer') return { act: 'deny', reason: 'viewer-read-only', shadowDirty: true, integrated: true };
  // New structs that change nothing visible (e.g. under a deleted parent) are stored all the
  // same, so later updates that build on them still integrate.
  if (trial.changes.length === 0) return { act: 'store', integrated: true };
  const refusal = room.policy.check(
    { role: conn.role, participantId: conn.participantId },
    trial.changes,
    shadow.doc,
    context,
  );
  if (refusal) {
    return {
      act: 'deny',
      reason: refusal.reason,
      shadowDirty: true,
      integrated: true,
      refused: { by: 'policy', detail: refusal.detail },
    };
  }
  return { act: 'store', integrated: true };
}

function malformed(detail: string, refused: NonNullable<Verdict['refused']>): Verdict {
  return { act: 'close', code: CLOSE.malformed.code, reason: `${CLOSE.malformed.reason}: ${detail}`, refused };
}

/** An update with no structs and an empty delete set (what an up-to-date client sends). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
