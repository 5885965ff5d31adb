/**
 * A room's accepted document, built on first need. A board stored as a snapshot alone (what an
 * unloaded board is) is served from the snapshot's bytes: a joining client's full state, the
 * state vector and the diff a reconnecting client needs all come from the update itself
 * (Y.encodeStateVectorFromUpdate, Y.diffUpdate), and so does the answer to whether a returning
 * client's copy adds anything. Building a Y.Doc of a big board takes 100–250 ms, so a board that
 * is only looked at (a projector after a restart, viewers) never pays for it; the first edit,
 * server change or read of `doc` builds it.
 *
 * A client that joins with nothing gets the last full state this room encoded followed by the
 * frames relayed since (each an ordinary update, in order): encoding a 1,000-note board takes
 * 3–9 ms, and in a busy room every join otherwise paid it again, because every tick changes the
 * board (a 1,000-client room with people coming and going spent 9–15 % of the server on it). The
 * tail is bounded, in frames and in bytes against the state, so what a joiner receives on top is;
 * and it ends whenever a change deletes anything but an old position (deletedContent.ts), so a
 * joiner never gets what a fresh encoding would have dropped (a deleted note's text, an author).
 */
import { SERVER_ORIGIN } from '@plg/shared';
import * as Y from 'yjs';
import type { StoredDoc } from '../storage/StorageAdapter.js';
import { deletedOnlyPositions } from './deletedContent.js';
import { coveredBy, type DeleteRanges, readDeleteSet } from './deleteSet.js';
import { encodeSyncStep2 } from './frames.js';
import { SharedFrame } from './sharedFrame.js';

/** Applies a stored document (its snapshot, then its log) to `doc`; returns `doc`. */
export function applyStored(doc: Y.Doc, stored: StoredDoc, origin: unknown = null): Y.Doc {
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
  for (const update of stored.updates) Y.applyUpdate(doc, update, origin);
  return doc;
}

/** At most this many relayed frames follow the last full state in a join's reply… */
export const MAX_TAIL_FRAMES = 128;
/** …and at most this many bytes of updates: a quarter of the state, or 16 KB for a small board. */
export const tailByteBudget = (stateBytes: number): number => Math.max(16 * 1024, stateBytes / 4);

export class RoomDoc {
  private built: Y.Doc | null = null;
  /** The stored snapshot while the document is not built (null once it is). */
  private snapshot: Uint8Array | null = null;
  private snapshotVector: Uint8Array | null = null;
  /** The snapshot's state vector and deletions, read on the first client update before the build. */
  private snapshotKnown: { vector: Map<number, number>; deletions: DeleteRanges } | null = null;
  /** The encoded full state, until the next change. */
  private fullState: Uint8Array | null = null;
  /** The sync step 2 of the last full state sent to a joining client, and its size. */
  private base: { frame: SharedFrame; bytes: number } | null = null;
  /** The frames relayed (and applied) since `base` was encoded, in order, and their bytes. */
  private tail: SharedFrame[] = [];
  private tailBytes = 0;
  /** `base` and `tail` as one list, until the next change. */
  private reply: readonly SharedFrame[] | null = null;
  /** Set while apply() runs: any other change to the document ends the tail. */
  private applying = false;

  constructor(
    private readonly roots: ReadonlySet<string>,
    stored: StoredDoc,
  ) {
    if (stored.snapshot && stored.updates.length === 0) {
      this.snapshot = stored.snapshot;
      this.fullState = stored.snapshot;
    } else {
      this.built = this.watch(applyStored(this.empty(), stored, SERVER_ORIGIN));
    }
  }

  /** The document (built now if it was not yet). */
  get doc(): Y.Doc {
    if (!this.built) {
      const doc = this.empty();
      if (this.snapshot) Y.applyUpdate(doc, this.snapshot, SERVER_ORIGIN);
      this.built = this.watch(doc);
      this.snapshot = null;
      this.snapshotVector = null;
      this.snapshotKnown = null;
    }
    return this.built;
  }

  /** Whether the Y.Doc has been built. */
  get isBuilt(): boolean {
    return this.built !== null;
  }

  stateVector(): Uint8Array {
    if (this.snapshot) {
      this.snapshotVector ??= Y.encodeStateVectorFromUpdate(this.snapshot);
      return this.snapshotVector;
    }
    return Y.encodeStateVector(this.doc);
  }

  /**
   * Whether `update` holds nothing the snapshot lacks, answered without building the document:
   * every struct within the snapshot's state vector and every deletion already in it. That is
   * what a returning client's sync reply holds (its copy of the board, deletions included). False
   * once built (the trial on the shadow copy answers then) and for anything it cannot read.
   */
  addsNothing(update: Uint8Array): boolean {
    if (!this.snapshot) return false;
    try {
      if (!this.snapshotKnown) {
        const vector = this.stateVector();
        const deletions = readDeleteSet(Y.diffUpdate(this.snapshot, vector));
        if (!deletions) return false;
        this.snapshotKnown = { vector: Y.decodeStateVector(vector), deletions };
      }
      const { vector, deletions } = this.snapshotKnown;
      for (const [client, end] of Y.parseUpdateMeta(update).to) if (end > (vector.get(client) ?? 0)) return false;
      const ds = readDeleteSet(Y.diffUpdate(update, this.stateVector()));
      return ds !== null && coveredBy(ds, deletions);
    } catch {
      return false;
    }
  }

  /** What a client with state vector `sv` lacks. */
  diff(sv: Uint8Array): Uint8Array {
    return this.snapshot ? Y.diffUpdate(this.snapshot, sv) : Y.encodeStateAsUpdate(this.doc, sv);
  }

  /**
   * What a client that joins with nothing is sent, in this order: a sync step 2 of a full state
   * (compressed for it whenever it is big), then every update relayed since that state.
   */
  fullStateReply(): readonly SharedFrame[] {
    if (this.reply) return this.reply;
    if (!this.base) {
      const state = this.state();
      this.base = { frame: new SharedFrame(encodeSyncStep2(state), Number.POSITIVE_INFINITY), bytes: state.length };
      this.tail = [];
      this.tailBytes = 0;
    }
    this.reply = [this.base.frame, ...this.tail];
    return this.reply;
  }

  /** The full state as one update (cached until the next change). */
  state(): Uint8Array {
    this.fullState ??= Y.encodeStateAsUpdate(this.doc);
    return this.fullState;
  }

  /**
   * Applies an accepted update (the document is built first if needed). `relayed` is the frame
   * that carried it to the room: joining clients get it after the last full state, until the tail
   * grows past its bounds (or there is no such frame) and the next join encodes the state again.
   */
  apply(update: Uint8Array, origin: unknown, relayed?: SharedFrame): void {
    const doc = this.doc;
    this.applying = true;
    try {
      Y.applyUpdate(doc, update, origin);
    } finally {
      this.applying = false;
    }
    if (!this.base) return;
    this.tailBytes += update.length;
    if (relayed && this.tail.length < MAX_TAIL_FRAMES && this.tailBytes <= tailByteBudget(this.base.bytes)) {
      this.tail.push(relayed);
    } else this.forgetBase();
  }

  /** The next join gets a fresh encoding. */
  private forgetBase(): void {
    this.base = null;
    this.tail = [];
    this.tailBytes = 0;
    this.reply = null;
  }

  /**
   * Drops what any change makes stale (the encoded state, the reply), and ends the tail on any
   * change but apply()'s and on any deletion but an old position's.
   */
  private watch(doc: Y.Doc): Y.Doc {
    doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
      this.fullState = null;
      this.reply = null;
      if (this.base && (!this.applying || !deletedOnlyPositions(transaction))) this.forgetBase();
    });
    return doc;
  }

  destroy(): void {
    this.built?.destroy();
  }

  private empty(): Y.Doc {
    const doc = new Y.Doc();
    // Every top-level type of a document is a map; define them so Yjs does not see untyped roots.
    for (const root of this.roots) doc.getMap(root);
    return doc;
  }
}
