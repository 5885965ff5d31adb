import { addNote, metaOf, notesOf, readBoard, sessionOf, setTitle, updateZone } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard } from './startServer.js';
import { serverForSuite } from './suite.js';
import { connectClient, nextClose, synced, type TestClient, until } from './yClient.js';

describe('roles are enforced by the server', () => {
  const suite = serverForSuite();

  async function setup() {
    const board = await createBoard(suite.server.url);
    const viewerId = board.viewerUrl.split('/v/')[1] as string;
    const facilitator = connectClient(suite.server.wsUrl, board.id, { key: board.facilitatorKey });
    const participant = connectClient(suite.server.wsUrl, board.id);
    const viewer = connectClient(suite.server.wsUrl, viewerId);
    suite.track(facilitator, participant, viewer);
    await Promise.all([synced(facilitator), synced(participant), synced(viewer)]);
    return { board, facilitator, participant, viewer };
  }

  it('lets a viewer read the board but refuses every write, leaving others unchanged', async () => {
    const { facilitator, viewer } = await setup();
    const noteId = addNote(facilitator.doc, { x: 0, y: 0, text: 'zichtbaar' }, 'f');
    await until(viewer, () => notesOf(viewer.doc).has(noteId), 'viewer reads');
    const closed = nextClose(viewer);
    addNote(viewer.doc, { x: 0, y: 0, text: 'mag niet' }, 'v');
    expect((await closed).code).toBe(4403);
    expect(viewer.denied).toContain('viewer-read-only');
    const fresh = connectClient(suite.server.wsUrl, facilitator.provider.roomname);
    suite.track(fresh);
    await synced(fresh);
    expect(readBoard(fresh.doc).notes.map((n) => n.text)).toEqual(['zichtbaar']);
  });

  it('refuses a participant’s change to the title, zones or session, and keeps the board as it was', async () => {
    const { facilitator, participant } = await setup();
    for (const attempt of [
      (c: TestClient) => setTitle(c.doc, 'Gekaapt', 'p'),
      (c: TestClient) => updateZone(c.doc, 'cultuur', { label: 'Gekaapt' }, 'p'),
      (c: TestClient) => sessionOf(c.doc).set('locked', true),
    ]) {
      const p = connectClient(suite.server.wsUrl, participant.provider.roomname);
      suite.track(p);
      await synced(p);
      const closed = nextClose(p);
      attempt(p);
      expect((await closed).code).toBe(4403);
      expect(p.denied).toEqual(['facilitator-only']);
    }
    const fresh = connectClient(suite.server.wsUrl, participant.provider.roomname);
    suite.track(fresh);
    await synced(fresh);
    const snap = readBoard(fresh.doc);
    expect(snap.meta?.title).toBe('Studiedag');
    expect(snap.zones.find((z) => z.id === 'cultuur')?.label).toBe('Professionele cultuur');
    expect(snap.session.locked).toBe(false);
    expect(metaOf(facilitator.doc).get('title')).toBe('Studiedag');
  });

  it('lets the facilitator rename zones and the board', async () => {
    const { facilitator, participant } = await setup();
    setTitle(facilitator.doc, 'Studiedag maart', 'f');
    updateZone(facilitator.doc, 'hr', { label: 'Personeelsbeleid' }, 'f');
    await until(participant, () => readBoard(participant.doc).meta?.title === 'Studiedag maart', 'title relayed');
    expect(readBoard(participant.doc).zones.find((z) => z.id === 'hr')?.label).toBe('Personeelsbeleid');
  });

  it('refuses a note written under another participant’s name, and content that does not validate', async () => {
    const { participant, facilitator } = await setup();
    const closed = nextClose(participant);
    addNote(participant.doc, { x: 0, y: 0, text: 'nep', authorId: facilitator.participantId }, 'p');
    expect((await closed).code).toBe(4403);
    expect(participant.denied).toEqual(['not-yours']);

    const p2 = connectClient(suite.server.wsUrl, participant.provider.roomname);
    suite.track(p2);
    await synced(p2);
    const closed2 = nextClose(p2);
    const id = addNote(p2.doc, { x: 0, y: 0, text: 'ok' }, 'p');
    (notesOf(p2.doc).get(id) as { set(k: string, v: unknown): void }).set('x', 'not a number');
    expect((await closed2).code).toBe(4403);
    expect(p2.denied).toEqual(['invalid-content']);
  });
});
