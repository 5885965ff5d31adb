import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PresencePublisher, readPeers, uniqueUsers } from './presence';

const anne = { id: 'anne-id-00000001', name: 'Anne', color: '#0072b2', role: 'participant' as const };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PresencePublisher', () => {
  it('batches cursor and drag moves into at most one update per 50 ms', () => {
    const awareness = new Awareness(new Y.Doc());
    let now = 0;
    const publisher = new PresencePublisher(awareness, () => now);
    let updates = 0;
    awareness.on('update', () => updates++);
    publisher.setUser(anne);
    expect(updates).toBe(1);
    for (let i = 0; i < 30; i++) {
      now += 5;
      vi.advanceTimersByTime(5);
      publisher.setCursor({ x: i, y: i });
      publisher.setDrag({ ids: ['n1'], dx: i, dy: 0 });
    }
    vi.advanceTimersByTime(100);
    // 150 ms of moves: about three updates, not sixty.
    expect(updates).toBeLessThanOrEqual(5);
    expect(awareness.getLocalState()).toMatchObject({ user: anne, cursor: { x: 29, y: 29 }, drag: { dx: 29 } });
    publisher.setDrag(null);
    expect(awareness.getLocalState()?.drag).toBeNull();
    publisher.destroy();
  });

  it('reads valid peers only and lists each person once', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: anne, cursor: { x: 1, y: 2 } });
    const third = new Awareness(new Y.Doc());
    third.setLocalState({ user: { name: 'no id' } });
    awareness.states.set(other.clientID, other.getLocalState()!);
    awareness.states.set(third.clientID, third.getLocalState()!);
    awareness.states.set(12345, { user: anne });
    const peers = readPeers(awareness);
    expect(peers.map((p) => p.state.user.name)).toEqual(['Anne', 'Anne']);
    const me = { ...anne, id: 'me-000000000001', name: 'Ik' };
    expect(uniqueUsers(me, peers).map((u) => u.name)).toEqual(['Ik', 'Anne']);
  });
});
