/**
 * Presence over y-protocols awareness (state shape: shared PresenceSchema). Local fields are
 * batched into at most one awareness update per 50 ms (20 Hz), which stays inside the server's
 * per-connection rate limit; remote states are validated before use.
 */
import { type Presence, PresenceSchema } from '@plg/shared';
import type { Awareness } from 'y-protocols/awareness';

export type PresenceUser = Presence['user'];
export type DragPresence = NonNullable<Presence['drag']>;

export interface Peer {
  clientId: number;
  state: Presence;
}

/** Smallest gap between two awareness updates from this client. */
export const PRESENCE_INTERVAL_MS = 50;

export class PresencePublisher {
  private pending: Partial<Presence> = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = 0;

  constructor(
    private readonly awareness: Awareness,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Who we are; sent at once. */
  setUser(user: PresenceUser): void {
    this.pending.user = user;
    this.flush();
  }

  /** Pointer in board units (null when off the canvas); throttled. */
  setCursor(cursor: { x: number; y: number } | null): void {
    this.pending.cursor = cursor && { x: Math.round(cursor.x), y: Math.round(cursor.y) };
    this.schedule();
  }

  /** Live offset of notes being dragged; throttled, the end (null) is sent at once. */
  setDrag(drag: DragPresence | null): void {
    this.pending.drag = drag && { ids: drag.ids.slice(0, 200), dx: Math.round(drag.dx), dy: Math.round(drag.dy) };
    if (drag === null) this.flush();
    else this.schedule();
  }

  setEditing(noteId: string | null): void {
    this.pending.editing = noteId;
    this.flush();
  }

  /** The facilitator's view for follow-me (board rectangle and zoom); throttled, the end (null) at once. */
  setViewport(viewport: Presence['viewport'] | null): void {
    this.pending.viewport = viewport && {
      x: Math.round(viewport.x),
      y: Math.round(viewport.y),
      width: Math.round(viewport.width),
      height: Math.round(viewport.height),
      zoom: Math.round(viewport.zoom * 1000) / 1000,
    };
    if (viewport === null) this.flush();
    else this.schedule();
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, PRESENCE_INTERVAL_MS - (this.now() - this.lastSent));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const current = (this.awareness.getLocalState() ?? {}) as Partial<Presence>;
    const next = { ...current, ...this.pending };
    this.pending = {};
    if (!next.user) return; // nothing to say until we know who we are
    this.lastSent = this.now();
    this.awareness.setLocalState(next);
  }
}

/** Other clients' valid presence states. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const parsed = PresenceSchema.safeParse(raw);
    if (parsed.success) peers.push({ clientId, state: parsed.data });
  }
  return peers;
}

/** One entry per person (a person with two tabs open counts once), self first. */
export function uniqueUsers(self: PresenceUser | null, peers: readonly Peer[]): PresenceUser[] {
  const seen = new Set<string>();
  const out: PresenceUser[] = [];
  if (self) {
    seen.add(self.id);
    out.push(self);
  }
  for (const { state } of peers) {
    if (seen.has(state.user.id)) continue;
    seen.add(state.user.id);
    out.push(state.user);
  }
  return out;
}
