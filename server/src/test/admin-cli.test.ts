import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { addNote, notesOf } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { createBoard, removeDir, startServer } from './startServer.js';
import { connectClient, synced, until } from './yClient.js';

const run = promisify(execFile);
const serverDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const admin = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, DATA_DIR: dataDir },
  });

describe('admin command', () => {
  it('lists, exports and deletes boards', async () => {
    const server = await startServer();
    const board = await createBoard(server.url, { title: 'Studiedag Admin' });
    const a = connectClient(server.wsUrl, board.id);
    const b = connectClient(server.wsUrl, board.id);
    await Promise.all([synced(a), synced(b)]);
    const id = addNote(a.doc, { x: 0, y: 0, text: 'exporteer mij' }, 'a');
    await until(b, () => notesOf(b.doc).has(id), 'stored');
    a.destroy();
    b.destroy();
    await server.close();

    const list = await admin(server.dataDir, 'list');
    expect(list.stdout).toContain(board.id);
    expect(list.stdout).toContain('Studiedag Admin');
    const exported = JSON.parse((await admin(server.dataDir, 'export', board.id)).stdout);
    expect(exported.format).toBe('plg-board-backup');
    expect(exported.board.notes.map((n: { text: string }) => n.text)).toEqual(['exporteer mij']);
    expect((await admin(server.dataDir, 'delete', board.id)).stdout).toContain('Deleted');
    expect((await admin(server.dataDir, 'list')).stdout).not.toContain(board.id);
    await expect(admin(server.dataDir, 'export', board.id)).rejects.toThrow(/No board/);
    removeDir(server.dataDir);
  });
});
