/**
 * The websocket endpoint: `/ws/:boardId` (participants; facilitators add `?key=`), `/ws/:viewId`
 * (viewers). The role is decided once, here; the Room checks every message against it.
 */
import { BoardIdSchema, CLOSE, PARTICIPANT_SECRET, participantIdOf, type Role } from '@plg/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { decideRole } from '../auth/roles.js';
import { originAllowed } from '../http/origin.js';
import { privateDocName } from '../session/privateDocs.js';
import type { BoardRecord } from '../storage/StorageAdapter.js';
import { Connection } from '../sync/Connection.js';
import { boardPolicy } from '../sync/policy.js';
import { privatePolicy } from '../sync/privatePolicy.js';
import type { Room } from '../sync/Room.js';

/** Frames a connection may send before its room is ready. */
const MAX_BUFFERED_FRAMES = 64;

export async function wsRoutes(app: FastifyInstance): Promise<void> {
  const perIp = new Map<string, number>();

  const handler = (isPrivate: boolean) => (socket: WebSocket, request: FastifyRequest) => {
    const { name } = request.params as { name: string };
    const query = request.query as Record<string, string | undefined>;
    const ip = request.ip;
    let conn: Connection | null = null;
    let room: Room | null = null;
    const early: Uint8Array[] = [];
    const close = (kind: { code: number; reason: string }) => {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING)
        socket.close(kind.code, kind.reason);
    };

    // Listen before any await, so no frame is lost while the room loads.
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      if (!isBinary) return close(CLOSE.malformed);
      const bytes = toBytes(data);
      if (conn && room) room.handleMessage(conn, bytes);
      else if (early.length < MAX_BUFFERED_FRAMES) early.push(bytes);
      else close(CLOSE.rateLimited);
    });
    const count = (perIp.get(ip) ?? 0) + 1;
    perIp.set(ip, count);
    socket.on('close', () => {
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left <= 0) perIp.delete(ip);
      else perIp.set(ip, left);
      if (conn && room) {
        conn.closed = true;
        app.rooms.detach(room, conn);
      }
    });

    if (count > app.config.maxConnectionsPerIp) return close(CLOSE.rateLimited);
    if (!originAllowed(request.headers.origin, request.headers.host, app.config.publicUrl, app.config.allowedOrigins)) {
      return close(CLOSE.badOrigin);
    }
    if (query.as !== undefined && !PARTICIPANT_SECRET.test(query.as)) return close(CLOSE.badKey);

    void (async () => {
      // A join still on its way when the server shuts down must not open a room after the
      // rooms were closed: that connection would keep the process from exiting.
      if (app.rooms.closing) return close(CLOSE.goingAway);
      const found = await findBoard(app, name);
      if (!found) return close(CLOSE.unknownBoard);
      const decision = decideRole(found.record, found.via, query.key);
      if (!decision.ok) return close(CLOSE.badKey);
      const participantId = query.as ? participantIdOf(query.as) : '';
      const boardId = found.record.id;
      if (isPrivate && (decision.role === 'viewer' || !participantId)) return close(CLOSE.forbidden);
      const opened = isPrivate
        ? await app.rooms.open(privateDocName(boardId, participantId), boardId, privatePolicy, true)
        : await app.rooms.open(boardId, boardId, boardPolicy);
      if (app.rooms.closing) return close(CLOSE.goingAway);
      if (!opened) return close(CLOSE.unknownBoard);
      if (socket.readyState !== socket.OPEN) return;
      room = opened;
      conn = new Connection(socket, decision.role as Role, participantId, ip);
      app.rooms.attach(room, conn);
      for (const bytes of early.splice(0)) room.handleMessage(conn, bytes);
    })().catch((error: Error) => {
      if (app.rooms.closing) return close(CLOSE.goingAway);
      app.log.error({ err: error.message }, 'websocket setup failed');
      close({ code: 1011, reason: 'server error' });
    });
  };

  // Participants, facilitators (`?key=`) and viewers (a viewer id instead of the board id).
  app.get('/ws/:name', { websocket: true }, handler(false));
  // A participant's private document: drafts, votes, self-assessment (`?as=` required).
  app.get('/ws/:name/private', { websocket: true }, handler(true));
}

async function findBoard(
  app: FastifyInstance,
  name: string,
): Promise<{ record: BoardRecord; via: 'board' | 'view' } | null> {
  if (!BoardIdSchema.safeParse(name).success) return null;
  const byId = await app.storage.getBoard(name);
  if (byId) return { record: byId, via: 'board' };
  const byView = await app.storage.getBoardByViewId(name);
  return byView ? { record: byView, via: 'view' } : null;
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
