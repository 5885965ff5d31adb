/**
 * Hooks over remote presence: the people on the board (re-renders only when someone joins,
 * leaves or renames) and the notes others are dragging right now.
 */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, readPeers } from './presence';

function usePeerDerived<T>(awareness: Awareness, derive: (peers: Peer[]) => T, key: (value: T) => string): T {
  const [value, setValue] = useState(() => derive(readPeers(awareness)));
  // derive and key are module-level functions in every caller.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    let last = key(derive(readPeers(awareness)));
    const update = () => {
      const next = derive(readPeers(awareness));
      const k = key(next);
      if (k !== last) {
        last = k;
        setValue(next);
      }
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return value;
}

const peersKey = (peers: Peer[]) =>
  peers
    .map(
      (p) => `${p.clientId}:${p.state.user.id}:${p.state.user.name}:${p.state.user.color}:${p.state.user.role ?? ''}`,
    )
    .join('|');

const identity = (peers: Peer[]) => peers;

/** Remote peers; changes only when the set of people or their names/colours change. */
export function usePeers(awareness: Awareness): Peer[] {
  return usePeerDerived(awareness, identity, peersKey);
}

export interface RemoteDrag {
  dx: number;
  dy: number;
  color: string;
  name: string;
}

function remoteDrags(peers: Peer[]): ReadonlyMap<string, RemoteDrag> {
  const out = new Map<string, RemoteDrag>();
  for (const { state } of peers) {
    const drag = state.drag;
    if (!drag || (drag.dx === 0 && drag.dy === 0)) continue;
    for (const id of drag.ids)
      out.set(id, { dx: drag.dx, dy: drag.dy, color: state.user.color, name: state.user.name });
  }
  return out;
}

const dragsKey = (m: ReadonlyMap<string, RemoteDrag>) => [...m].map(([id, d]) => `${id}:${d.dx}:${d.dy}`).join('|');

/** Notes others are dragging, with their live offsets. */
export function useRemoteDrags(awareness: Awareness): ReadonlyMap<string, RemoteDrag> {
  return usePeerDerived(awareness, remoteDrags, dragsKey);
}

export interface RemoteEditing {
  noteId: string;
  name: string;
  color: string;
}

function remoteEditing(peers: Peer[]): RemoteEditing[] {
  return peers.flatMap(({ state }) =>
    state.editing ? [{ noteId: state.editing, name: state.user.name, color: state.user.color }] : [],
  );
}

/** Notes others are typing in. */
export function useRemoteEditing(awareness: Awareness): RemoteEditing[] {
  return usePeerDerived(awareness, remoteEditing, (list) => list.map((e) => `${e.noteId}:${e.name}`).join('|'));
}
