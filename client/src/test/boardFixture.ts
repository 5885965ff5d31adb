/**
 * A board runtime over an in-memory doc, for component and action tests (no server, no Konva).
 */
import { initBoard, type Role } from '@plg/shared';
import { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRuntime } from '../board/BoardRuntime';
import { useUiStore } from '../stores/uiStore';

export function boardFixture(role: Role = 'participant', templateId = 'plg') {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Studiedag', templateId, lang: 'nl' }, 'server');
  const awareness = new Awareness(doc);
  // Stands in for the WebsocketProvider: remote updates are applied with it as origin.
  const provider = { synced: true } as unknown as WebsocketProvider;
  const rt = createRuntime(
    'board-test',
    { doc, awareness, provider, persistence: null, generation: 0 },
    { secret: 'x'.repeat(22), id: 'me-0000000000001', name: 'Anne' },
    role,
  );
  useUiStore.getState().resetBoardState();
  useUiStore.getState().setStageSize({ width: 1000, height: 800 });
  useUiStore.getState().setViewport({ x: 0, y: 0, zoom: 0.5 });
  return { doc, rt, awareness, provider };
}

/** A second doc wired to the first as "the network": its changes arrive with `provider` as origin. */
export function remotePeer(doc: Y.Doc, provider: unknown) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(doc, u, provider));
  doc.on('update', (u: Uint8Array, origin: unknown) => origin !== provider && Y.applyUpdate(peer, u, 'net'));
  return peer;
}
