/**
 * Soak: 200 clients on one board (cursors at 10 Hz, notes moving) plus 500 idle boards
 * loaded and unloaded. Afterwards the server's memory returns to its baseline, no client was
 * disconnected unasked, and no edit was lost. Bounded in CI; longer with PLG_SOAK_SECONDS.
 */
import { addNote, moveNotes, notesOf, presenceColor, readBoard } from '@plg/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type ChildServer, createBoard, removeDir, startChildServer, tempDataDir } from './startServer.js';
import { connectClient, synced, type TestClient, until } from './yClient.js';

const SECONDS = Number(process.env.PLG_SOAK_SECONDS ?? 6);
const CLIENTS = Number(process.env.PLG_SOAK_CLIENTS ?? 200);
const IDLE_BOARDS = Number(process.env.PLG_SOAK_IDLE_BOARDS ?? 500);
const MOVERS = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cursorFrame(clientId: number, clock: number, x: number): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(
    inner,
    JSON.stringify({
      user: { id: '', name: `p${clientId}`, color: presenceColor(String(clientId)) },
      cursor: { x, y: 10 },
    }),
  );
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function stats(
  server: ChildServer,
): Promise<{ rooms: number; connections: number; heapUsed: number; gc: boolean }> {
  return (await (await fetch(`${server.url}/api/debug/stats`)).json()) as never;
}

describe(`soak (${CLIENTS} clients × ${SECONDS}s, ${IDLE_BOARDS} idle boards)`, () => {
  const dataDir = tempDataDir();
  let server: ChildServer;
  afterAll(async () => {
    await server?.kill('SIGTERM');
    removeDir(dataDir);
  });

  it('returns to its memory baseline with nothing lost and nobody dropped', async () => {
    server = await startChildServer(
      dataDir,
      0,
      { PLG_DEBUG_STATS: '1', ROOM_IDLE_MS: '300', BOARDS_PER_IP_PER_HOUR: '10000', MAX_CONNECTIONS_PER_IP: '1000' },
      ['--expose-gc'],
    );
    const board = await createBoard(server.url);
    const idle = [];
    for (let i = 0; i < IDLE_BOARDS; i++) idle.push(await createBoard(server.url));
    // Warm up: load and unload a few boards so lazily created structures exist in the baseline.
    for (const b of idle.slice(0, 5)) (await open(`${server.wsUrl}/${b.id}`)).close();
    await sleep(800);
    const baseline = await stats(server);
    expect(baseline.gc).toBe(true);

    // Movers: stock clients that move their own note; the rest send cursors at 10 Hz.
    const movers: TestClient[] = [];
    for (let i = 0; i < MOVERS; i++) movers.push(connectClient(server.wsUrl, board.id));
    await Promise.all(movers.map((m) => synced(m)));
    const noteIds = movers.map((m, i) =>
      addNote(m.doc, { id: `soaknote${String(i).padStart(8, '0')}`, x: 0, y: i * 200 }, 'm'),
    );
    const sockets: WebSocket[] = [];
    let unaskedCloses = 0;
    for (let i = 0; i < CLIENTS - MOVERS; i++) {
      const ws = await open(`${server.wsUrl}/${board.id}`);
      ws.on('close', () => unaskedCloses++);
      ws.on('message', () => {});
      sockets.push(ws);
    }
    for (const m of movers) m.provider.on('connection-close', () => unaskedCloses++);

    let clock = 1;
    const cursors = setInterval(() => {
      clock++;
      for (const [i, ws] of sockets.entries()) ws.send(cursorFrame(100_000 + i, clock, clock % 1000));
    }, 100);
    // Idle boards: load and unload them while the big board is busy.
    const churn = (async () => {
      for (const b of idle) {
        const ws = await open(`${server.wsUrl}/${b.id}`);
        await sleep(2);
        ws.close();
      }
    })();
    const end = Date.now() + SECONDS * 1000;
    let moves = 0;
    while (Date.now() < end) {
      const i = moves % MOVERS;
      moveNotes(movers[i]!.doc, [{ id: noteIds[i]!, x: moves, y: i * 200 }], 'm');
      moves++;
      await sleep(20);
    }
    clearInterval(cursors);
    await churn;

    // No edit lost: a fresh client sees every mover's last position.
    const fresh = connectClient(server.wsUrl, board.id);
    await synced(fresh);
    const expected = movers.map((m) =>
      readBoard(m.doc)
        .notes.map((n) => [n.id, n.x])
        .sort(),
    );
    await until(
      fresh,
      () =>
        movers.every(
          (_, i) =>
            JSON.stringify(
              readBoard(fresh.doc)
                .notes.map((n) => [n.id, n.x])
                .sort(),
            ) === JSON.stringify(expected[i]),
        ),
      'all moves arrived',
    );
    expect(notesOf(fresh.doc).size).toBe(MOVERS);
    expect(unaskedCloses).toBe(0);

    // Everyone leaves; rooms unload; memory returns to the baseline.
    for (const ws of sockets) ws.removeAllListeners('close').close();
    for (const c of [...movers, fresh]) c.destroy();
    let after = await stats(server);
    const deadline = Date.now() + 20_000;
    while ((after.rooms > 0 || after.heapUsed > baseline.heapUsed * 1.5 + 8e6) && Date.now() < deadline) {
      await sleep(250);
      after = await stats(server);
    }
    process.stdout.write(
      `soak: ${CLIENTS} clients, ${moves} moves, ${IDLE_BOARDS} idle boards; heap ${(baseline.heapUsed / 1e6).toFixed(1)} MB → ${(after.heapUsed / 1e6).toFixed(1)} MB, rooms ${after.rooms}, connections ${after.connections}\n`,
    );
    expect(after.rooms).toBe(0);
    expect(after.connections).toBe(0);
    expect(after.heapUsed).toBeLessThan(baseline.heapUsed * 1.5 + 8e6);
  }, 180_000);
});
