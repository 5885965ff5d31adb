/**
 * Runs the facilitated session on the server, the only writer of a board's `session` and
 * `results`: phases, timer, lock, private brainstorm and reveal, voting, self-assessment,
 * anonymity, follow-me, spotlight; and the live counters fed by participants' private documents.
 */
import {
  createNoteMap,
  draftsOf,
  myAssessmentOf,
  myVotesOf,
  notesOf,
  profileOf,
  readNote,
  readSession,
  resultsOf,
  type Session,
  sessionOf,
  type Tally,
  timerRemaining,
} from '@plg/shared';
import * as Y from 'yjs';
import { invalidInput } from '../errors.js';
import type { HistoryService } from '../history/HistoryService.js';
import type { StorageAdapter } from '../storage/StorageAdapter.js';
import { boardPolicy } from '../sync/policy.js';
import { privatePolicy } from '../sync/privatePolicy.js';
import type { Room } from '../sync/Room.js';
import type { RoomManager } from '../sync/RoomManager.js';
import type { SessionCommand } from './commands.js';
import { nameOf, participantOfDoc, privateTotals, readPrivateDocs } from './privateDocs.js';

type Log = { warn(obj: object, msg: string): void };

export class SessionService {
  constructor(
    private readonly rooms: RoomManager,
    private readonly storage: StorageAdapter,
    private readonly history: HistoryService,
    private readonly log: Log,
    private readonly now: () => number = Date.now,
  ) {
    rooms.loadHooks.push((room, created) => this.onRoomLoaded(room, created));
  }

  /** Applies one facilitator command; resolves with the new session once it is stored. */
  async run(boardId: string, cmd: SessionCommand): Promise<Session> {
    switch (cmd.type) {
      case 'setPhase': {
        const { phases } = await this.session(boardId);
        // Only a phase in the board's list (skipped ones included) can be started.
        if (cmd.phaseId !== null && !phases.some((p) => p.id === cmd.phaseId)) {
          throw invalidInput(`phaseId: ${cmd.phaseId} is not one of this board's phases`);
        }
        await this.patch(boardId, () => ({ phaseId: cmd.phaseId }));
        break;
      }
      case 'setPhases': {
        const { phaseId } = await this.session(boardId);
        // The running phase can be skipped later, not taken out of the plan under everyone's feet.
        if (phaseId !== null && !cmd.phases.some((p) => p.id === phaseId)) {
          throw invalidInput(`phases: the current phase ${phaseId} cannot be removed`);
        }
        await this.patch(boardId, () => ({ phases: cmd.phases }));
        break;
      }
      case 'timer':
        await this.patch(boardId, (s) => ({ timer: this.timer(s, cmd.action) }));
        break;
      case 'setTimer':
        await this.patch(boardId, () => ({
          timer: { durationMs: cmd.durationMs, remainingMs: cmd.durationMs, startedAt: null },
        }));
        break;
      case 'setLocked':
        await this.patch(boardId, () => ({ locked: cmd.on }));
        break;
      case 'setPrivateMode':
        if (cmd.on) await this.patch(boardId, () => ({ privateMode: true }));
        else await this.reveal(boardId);
        break;
      case 'reveal':
        await this.reveal(boardId);
        break;
      case 'setAnonymous':
        await this.setAnonymous(boardId, cmd.on);
        break;
      case 'openVoting':
        await this.openVoting(boardId, cmd);
        break;
      case 'closeVoting':
        await this.closeVoting(boardId);
        break;
      case 'resetVoting':
        await this.resetVoting(boardId);
        break;
      case 'openAssessment':
        await this.patch(boardId, () => ({ assessment: 'open' }));
        break;
      case 'revealAssessment':
        await this.revealAssessment(boardId);
        break;
      case 'resetAssessment':
        await this.resetAssessment(boardId);
        break;
      case 'setActionsByParticipants':
        await this.patch(boardId, () => ({ actionsByParticipants: cmd.on }));
        break;
      case 'setHideCursors':
        await this.patch(boardId, () => ({ hideCursors: cmd.on }));
        break;
      case 'setFollowMe':
        await this.patch(boardId, () => ({ followMe: cmd.on }));
        break;
      case 'summon':
        await this.patch(boardId, () => ({ summon: { x: cmd.x, y: cmd.y, zoom: cmd.zoom, nonce: this.now() } }));
        break;
      case 'spotlight':
        await this.patch(boardId, () => ({ spotlightZoneId: cmd.zoneId }));
        break;
    }
    return this.session(boardId);
  }

  /** The board's current session. */
  async session(boardId: string): Promise<Session> {
    const doc = await this.rooms.copyDoc(boardId);
    const session = readSession(sessionOf(doc ?? new Y.Doc()));
    doc?.destroy();
    return session;
  }

  private patch(boardId: string, fn: (s: Session) => Partial<Session>): Promise<void> {
    return this.rooms.change(boardId, boardPolicy, (doc) => {
      const map = sessionOf(doc);
      for (const [key, value] of Object.entries(fn(readSession(map)))) map.set(key, value);
    });
  }

  private timer(s: Session, action: 'start' | 'pause' | 'reset' | 'addMinute'): Session['timer'] {
    const now = this.now();
    const t = s.timer;
    const left = timerRemaining(t, now);
    switch (action) {
      case 'start':
        return t.startedAt === null ? { ...t, remainingMs: left, startedAt: now } : t;
      case 'pause':
        return { ...t, remainingMs: left, startedAt: null };
      case 'reset':
        return { ...t, remainingMs: t.durationMs, startedAt: null };
      case 'addMinute':
        return t.startedAt === null
          ? { ...t, remainingMs: left + 60_000 }
          : { ...t, remainingMs: left + 60_000, startedAt: now };
    }
  }

  /** Ends the private brainstorm: every draft goes onto the shared board at once. */
  async reveal(boardId: string): Promise<void> {
    await this.history.keep(boardId, 'before-reveal');
    // First stop new drafts, then move what exists: nothing can slip in between.
    await this.patch(boardId, () => ({ privateMode: false }));
    const docs = await readPrivateDocs(this.rooms, this.storage, boardId);
    const anonymous = (await this.session(boardId)).anonymous;
    const drafts = docs.flatMap(({ doc }) =>
      [...draftsOf(doc).values()].flatMap((m) => (m instanceof Y.Map ? [readNote(m)].filter((n) => !!n) : [])),
    );
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      const notes = notesOf(doc);
      for (const note of drafts)
        if (note) notes.set(note.id, createNoteMap({ ...note, authorId: anonymous ? '' : note.authorId }));
    });
    for (const { name, doc } of docs) {
      if (draftsOf(doc).size > 0) await this.rooms.change(boardId, privatePolicy, (d) => draftsOf(d).clear(), name);
      doc.destroy();
    }
  }

  private async setAnonymous(boardId: string, on: boolean): Promise<void> {
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      sessionOf(doc).set('anonymous', on);
      if (!on) return;
      for (const note of notesOf(doc).values())
        if (note instanceof Y.Map && note.get('authorId') !== '') note.set('authorId', '');
    });
  }

  private async openVoting(boardId: string, cmd: Extract<SessionCommand, { type: 'openVoting' }>): Promise<void> {
    const before = await this.session(boardId);
    if (before.voting.status === 'closed') await this.resetVoting(boardId);
    const { perParticipant, maxPerTarget, anonymous } = cmd;
    await this.patch(boardId, () => ({ voting: { status: 'open', perParticipant, maxPerTarget, anonymous } }));
  }

  /** Closes voting and publishes the tallies (with voters' names unless votes are anonymous). */
  async closeVoting(boardId: string): Promise<void> {
    const session = await this.session(boardId);
    await this.patch(boardId, (s) => ({ voting: { ...s.voting, status: 'closed' } }));
    const docs = await readPrivateDocs(this.rooms, this.storage, boardId);
    const tallies: Record<string, Tally> = {};
    for (const { doc } of docs) {
      const name = nameOf(doc);
      for (const [target, count] of myVotesOf(doc).entries()) {
        if (typeof count !== 'number' || count <= 0) continue;
        tallies[target] ??= session.voting.anonymous ? { count: 0 } : { count: 0, voters: [] };
        const tally = tallies[target];
        tally.count += count;
        if (tally.voters) for (let i = 0; i < count; i++) tally.voters.push(name);
      }
      doc.destroy();
    }
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      resultsOf(doc).set('votes', tallies);
      resultsOf(doc).set('votesClosedAt', this.now());
    });
  }

  private async resetVoting(boardId: string): Promise<void> {
    await this.clearPrivate(boardId, (doc) => myVotesOf(doc));
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      const session = sessionOf(doc);
      session.set('voting', { ...readSession(session).voting, status: 'idle' });
      resultsOf(doc).delete('votes');
      resultsOf(doc).delete('votesClosedAt');
    });
  }

  /** Publishes the team's self-assessment: every level per zone, without names. */
  async revealAssessment(boardId: string): Promise<void> {
    await this.patch(boardId, () => ({ assessment: 'revealed' }));
    const docs = await readPrivateDocs(this.rooms, this.storage, boardId);
    const levels: Record<string, number[]> = {};
    for (const { doc } of docs) {
      for (const [zoneId, level] of myAssessmentOf(doc).entries()) {
        if (typeof level !== 'number') continue;
        levels[zoneId] ??= [];
        levels[zoneId].push(level);
      }
      doc.destroy();
    }
    for (const list of Object.values(levels)) list.sort((a, b) => a - b);
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      resultsOf(doc).set('assessment', levels);
      resultsOf(doc).set('assessmentRevealedAt', this.now());
    });
  }

  private async resetAssessment(boardId: string): Promise<void> {
    await this.clearPrivate(boardId, (doc) => myAssessmentOf(doc));
    await this.rooms.change(boardId, boardPolicy, (doc) => {
      sessionOf(doc).set('assessment', 'idle');
      resultsOf(doc).delete('assessment');
      resultsOf(doc).delete('assessmentRevealedAt');
    });
  }

  private async clearPrivate(boardId: string, mapOf: (doc: Y.Doc) => Y.Map<unknown>): Promise<void> {
    for (const { name, doc } of await readPrivateDocs(this.rooms, this.storage, boardId)) {
      if (mapOf(doc).size > 0) await this.rooms.change(boardId, privatePolicy, (d) => mapOf(d).clear(), name);
      doc.destroy();
    }
  }

  /** A private room keeps the board's live counters (votes cast, drafts, assessed) up to date. */
  private async onRoomLoaded(room: Room, created: boolean): Promise<void> {
    const participantId = participantOfDoc(room.name);
    if (!participantId) return;
    if (created) {
      await room.serverChange((doc) => profileOf(doc).set('joinedAt', this.now()));
      await this.rooms.flushNow();
      const count = (await this.storage.listDocs(room.boardId)).filter((n) => participantOfDoc(n)).length;
      await this.rooms.change(room.boardId, boardPolicy, (doc) => resultsOf(doc).set('participantCount', count));
    }
    let last = privateTotals(room.doc);
    room.doc.on('afterTransaction', () => {
      const next = privateTotals(room.doc);
      const delta = {
        votes: next.votes - last.votes,
        drafts: next.drafts - last.drafts,
        assessed: next.assessed - last.assessed,
      };
      last = next;
      if (!delta.votes && !delta.drafts && !delta.assessed) return;
      this.rooms
        .change(room.boardId, boardPolicy, (doc) => {
          const map = sessionOf(doc);
          const s = readSession(map);
          if (delta.votes) map.set('votesCast', Math.max(0, s.votesCast + delta.votes));
          if (delta.drafts) map.set('draftCount', Math.max(0, s.draftCount + delta.drafts));
          if (delta.assessed) map.set('assessedCount', Math.max(0, s.assessedCount + delta.assessed));
        })
        .catch((error: Error) => this.log.warn({ err: error.message }, 'counter update failed'));
    });
  }
}
