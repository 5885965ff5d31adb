/**
 * Remote cursors, smoothly interpolated: React renders one cursor per peer (re-rendering only
 * when people come or go); positions are read straight from awareness and eased towards each
 * frame, moving the Konva nodes imperatively.
 */
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Group } from 'react-konva/lib/ReactKonvaCore';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers } from '../../sync/presence';
import { usePeers } from '../../sync/usePeers';
import { RemoteCursor } from '../nodes/RemoteCursor';

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
  awareness,
  zoom,
  onlyFacilitator = false,
}: {
  awareness: Awareness;
  zoom: number;
  /** Show only the facilitator's cursor (the session hides the others). */
  onlyFacilitator?: boolean;
}) {
  const all = usePeers(awareness);
  const peers = onlyFacilitator ? all.filter((p) => p.state.user.role === 'facilitator') : all;
  const nodes = useRef(new Map<number, Konva.Group>());
  const tracks = useRef(new Map<number, Track>());

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

  return (
    <Group listening={false}>
      {peers.map(({ clientId, state }) => (
        <RemoteCursor
          key={clientId}
          ref={(node) => {
            if (node) {
              nodes.current.set(clientId, node);
              const track = tracks.current.get(clientId);
              node.position({ x: track?.x ?? 0, y: track?.y ?? 0 });
              node.visible(Boolean(track?.visible));
            } else nodes.current.delete(clientId);
          }}
          name={state.user.name}
          color={state.user.color}
          scale={1 / zoom}
        />
      ))}
    </Group>
  );
}
