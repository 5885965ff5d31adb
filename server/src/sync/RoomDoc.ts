/**
 * A room's accepted document, built on first need. A board stored as a snapshot alone (what an
 * unloaded board is) is served from the snapshot's bytes: a joining client's full state, the
 * state vector and the diff a reconnecting client needs all come from the update itself
 * (Y.encodeStateVectorFromUpdate, Y.diffUpdate), and so does the answer to whether a returning
 * client's copy adds anything. Building a Y.Doc of a big board takes 100–250 ms, so a board that
 * is only looked at (a projector after a restart, viewers) never pays for it; the first edit,
 * server change or read of `doc` builds it.
 */
import { SERVER_ORIGIN } from '@plg/shared';
import * as Y from 'yjs';
import type { StoredDoc } from '../storage/StorageAdapter.js';
import { coveredBy, type DeleteRanges, readDeleteSet } from './deleteSet.js';
import { encodeSyncStep2 } from './frames.js';
import { SharedFrame } from './sharedFrame.js';

/** Applies a stored document (its snapshot, then its log) to `doc`; returns `doc`. */
export function applyStored(doc: Y.Doc, stored: StoredDoc, origin: unknown = null): Y.Doc {
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
  for (const update of stored.updates) Y.applyUpdate(doc, update, origin);
  return doc;
}

export class RoomDoc {
  private built: Y.Doc | null = null;
  /** The stored snapshot while the document is not built (null once it is). */
  private snapshot: Uint8Array | null = null;
  private snapshotVector: Uint8Array | null = null;
  /** The snapshot's state vector and deletions, read on the first client update before the build. */
  private snapshotKnown: { vector: Map<number, number>; deletions: DeleteRanges } | null = null;
  /** The encoded full state, until the next change. */
  private fullState: Uint8Array | null = null;
  /** The sync reply of a client that has nothing yet, framed once per state for every such join. */
  private fullStateFrame: SharedFrame | null = null;

  constructor(
    private readonly roots: ReadonlySet<string>,
    stored: StoredDoc,
  ) {
    if (stored.snapshot && stored.updates.length === 0) {
      this.snapshot = stored.snapshot;
      this.fullState = stored.snapshot;
    } else {
      this.built = applyStored(this.empty(), stored, SERVER_ORIGIN);
    }
  }

  /** The document (built now if it was not yet). */
  get doc(): Y.Doc {
    if (!this.built) {
      const doc = this.empty();
      if (this.snapshot) Y.applyUpdate(doc, this.snapshot, SERVER_ORIGIN);
      this.built = doc;
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

  /** The sync step 2 of a client that joins with nothing (compressed for it whenever it is big). */
  fullStateReply(): SharedFrame {
    this.fullStateFrame ??= new SharedFrame(encodeSyncStep2(this.state()), Number.POSITIVE_INFINITY);
    return this.fullStateFrame;
  }

  /** The full state as one update (cached until the next change). */
  state(): Uint8Array {
    this.fullState ??= Y.encodeStateAsUpdate(this.doc);
    return this.fullState;
  }

  /** Applies an accepted update (the document is built first if needed). */
  apply(update: Uint8Array, origin: unknown): void {
    Y.applyUpdate(this.doc, update, origin);
    this.fullState = null;
    this.fullStateFrame = null;
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
