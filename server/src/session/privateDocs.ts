/**
 * Reading and naming participants' private documents (`<boardId>/p/<participantId>`).
 */
import { draftsOf, myAssessmentOf, myVotesOf, profileOf } from '@plg/shared';
import type * as Y from 'yjs';
import type { StorageAdapter } from '../storage/StorageAdapter.js';
import type { RoomManager } from '../sync/RoomManager.js';

export const privateDocName = (boardId: string, participantId: string) => `${boardId}/p/${participantId}`;

export function participantOfDoc(name: string): string | null {
  const m = /^[^/]+\/p\/(.+)$/.exec(name);
  return m ? (m[1] as string) : null;
}

export interface PrivateDoc {
  name: string;
  participantId: string;
  doc: Y.Doc;
}

/** Copies of every private document of a board, after flushing what is queued. */
export async function readPrivateDocs(
  rooms: RoomManager,
  storage: StorageAdapter,
  boardId: string,
): Promise<PrivateDoc[]> {
  await rooms.flushNow();
  const out: PrivateDoc[] = [];
  for (const name of await storage.listDocs(boardId)) {
    const participantId = participantOfDoc(name);
    if (!participantId) continue;
    const doc = await rooms.copyDoc(name);
    if (doc) out.push({ name, participantId, doc });
  }
  return out;
}

/** The totals a private document contributes to the board's live counters. */
export function privateTotals(doc: Y.Doc): { votes: number; drafts: number; assessed: number } {
  let votes = 0;
  for (const v of myVotesOf(doc).values()) if (typeof v === 'number' && v > 0) votes += v;
  return { votes, drafts: draftsOf(doc).size, assessed: myAssessmentOf(doc).size > 0 ? 1 : 0 };
}

/** The display name a participant gave, if any. */
export function nameOf(doc: Y.Doc): string {
  const name = profileOf(doc).get('name');
  return typeof name === 'string' ? name : '';
}
