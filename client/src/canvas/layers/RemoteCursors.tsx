/**
 * Remote cursors, smoothly interpolated: one cursor node per peer in the group it is given
 * (updated when people come or go, or the zoom changes); positions are read straight from
 * awareness and eased towards each frame, moving the Konva nodes imperatively.
 */
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers } from '../../sync/presence';
import { usePeers } from '../../sync/usePeers';
import { KeyedNodes } from '../konvaTree';
import { makeRemoteCursor, setRemoteCursor } from '../nodes/remoteCursor';

interface Track {
  x: number;
  y: number;
  tx: number;
  ty: number;
  visible: boolean;
}

/** Fraction of the remaining distance covered per frame (≈ 100 ms to settle at 60 fps). */
const EASE = 0.3;

export function RemoteCursors({
  group,
  awareness,
  zoom,
  onlyFacilitator = false,
}: {
  /** The overlay's group for cursors (OverlayLayer), which this component fills. */
  group: Konva.Group;
  awareness: Awareness;
  zoom: number;
  /** Show only the facilitator's cursor (the session hides the others). */
  onlyFacilitator?: boolean;
}) {
  const all = usePeers(awareness);
  const peers = onlyFacilitator ? all.filter((p) => p.state.user.role === 'facilitator') : all;
  const nodes = useRef(new Map<number, Konva.Group>());
  const tracks = useRef(new Map<number, Track>());
  const [cursors] = useState(() => new KeyedNodes<Konva.Group>());
  useEffect(() => () => cursors.destroy(), [cursors]);

  useLayoutEffect(() => {
    nodes.current.clear();
    const order = peers.map(({ clientId, state }) => {
      const node = cursors.get(String(clientId), () => {
        const made = makeRemoteCursor();
        const track = tracks.current.get(clientId);
        made.position({ x: track?.x ?? 0, y: track?.y ?? 0 });
        made.visible(Boolean(track?.visible));
        return made;
      });
      setRemoteCursor(node, state.user.name, state.user.color, 1 / zoom);
      nodes.current.set(clientId, node);
      return node;
    });
    cursors.place(group, order);
  });

  useEffect(() => {
    let frame = 0;
    const step = () => {
      frame = 0;
      let moving = false;
      let layer: Konva.Layer | null = null;
      for (const [id, node] of nodes.current) {
        const track = tracks.current.get(id);
        if (!track) continue;
        track.x += (track.tx - track.x) * EASE;
        track.y += (track.ty - track.y) * EASE;
        if (Math.abs(track.tx - track.x) > 0.3 || Math.abs(track.ty - track.y) > 0.3) moving = true;
        else {
          track.x = track.tx;
          track.y = track.ty;
        }
        node.position({ x: track.x, y: track.y });
        node.visible(track.visible);
        layer = node.getLayer();
      }
      layer?.batchDraw();
      if (moving) frame = requestAnimationFrame(step);
    };
    const onChange = () => {
      for (const { clientId, state } of readPeers(awareness)) {
        const cursor = state.cursor;
        const track = tracks.current.get(clientId);
        if (!cursor) {
          if (track) track.visible = false;
          continue;
        }
        if (!track?.visible) {
          // Appear where the pointer is, without sliding in from far away.
          tracks.current.set(clientId, { x: cursor.x, y: cursor.y, tx: cursor.x, ty: cursor.y, visible: true });
        } else {
          track.tx = cursor.x;
          track.ty = cursor.y;
        }
      }
      if (!frame) frame = requestAnimationFrame(step);
    };
    onChange();
    awareness.on('change', onChange);
    return () => {
      awareness.off('change', onChange);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [awareness]);

  return null;
}
