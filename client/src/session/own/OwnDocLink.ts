/**
 * Holds this person's private document (drafts, votes, self-assessment, profile) once it is
 * connected; replaced when its local copy is rebuilt after a refused change, null for viewers.
 */
import type * as Y from 'yjs';

export class OwnDocLink {
  private doc: Y.Doc | null = null;
  private synced = false;
  private readonly listeners = new Set<() => void>();

  /** The private document now, or null (viewer, or not connected yet). */
  get current(): Y.Doc | null {
    return this.doc;
  }

  /** Whether the current private document has synced with the server. */
  get isSynced(): boolean {
    return this.synced;
  }

  set(doc: Y.Doc | null, synced = false): void {
    if (doc === this.doc && synced === this.synced) return;
    this.doc = doc;
    this.synced = synced;
    for (const listener of this.listeners) listener();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Y.Doc | null => this.doc;
}
