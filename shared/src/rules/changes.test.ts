import { describe, expect, it } from 'vitest';
import { DENIED } from '../protocol/closeCodes.js';
import { defaultSession, type Session } from '../schema/session.js';
import { type Change, judgeBoardChanges } from './changes.js';
import { permissionsFor } from './roles.js';

const add: Change = { root: 'notes', id: 'n1', kind: 'add', fields: ['id', 'text', 'x'] };
const move: Change = { root: 'notes', id: 'n1', kind: 'update', fields: ['x', 'y'] };
const del: Change = { root: 'notes', id: 'n1', kind: 'delete', fields: [] };
const session = (patch: Partial<Session> = {}): Session => ({ ...defaultSession(), ...patch });

describe('judgeBoardChanges', () => {
  it('lets participants write notes on a free board, never the session or zones', () => {
    const ctx = { role: 'participant' as const, session: session() };
    expect(judgeBoardChanges(ctx, [add, move, del])).toBeNull();
    expect(judgeBoardChanges(ctx, [{ root: 'session', id: null, kind: 'update', fields: ['locked'] }])).toBe(
      DENIED.session,
    );
    expect(judgeBoardChanges(ctx, [{ root: 'zones', id: 'cultuur', kind: 'update', fields: ['label'] }])).toBe(
      DENIED.session,
    );
    expect(judgeBoardChanges(ctx, [{ root: 'meta', id: null, kind: 'update', fields: ['title'] }])).toBe(
      DENIED.session,
    );
    expect(judgeBoardChanges(ctx, [{ root: 'evil', id: null, kind: 'add', fields: [] }])).toBe(DENIED.invalid);
  });

  it('refuses every write from a viewer', () => {
    expect(judgeBoardChanges({ role: 'viewer', session: session() }, [move])).toBe(DENIED.viewer);
    expect(judgeBoardChanges({ role: 'viewer', session: session() }, [])).toBeNull();
  });

  it('applies the lock to participants but not to facilitators', () => {
    const locked = session({ locked: true });
    expect(judgeBoardChanges({ role: 'participant', session: locked }, [move])).toBe(DENIED.locked);
    expect(judgeBoardChanges({ role: 'facilitator', session: locked }, [move])).toBeNull();
  });

  it('applies the phase rules: no new notes while voting, drafts only in a private brainstorm', () => {
    const voting = session({ phaseId: 'stemmen' });
    expect(judgeBoardChanges({ role: 'participant', session: voting }, [add])).toBe(DENIED.phase);
    expect(
      judgeBoardChanges({ role: 'participant', session: session({ privateMode: true, phaseId: 'verkennen' }) }, [add]),
    ).toBe(DENIED.phase);
    expect(
      judgeBoardChanges({ role: 'participant', session: session({ phaseId: 'clusteren' }) }, [
        { ...move, fields: ['groupId'] },
      ]),
    ).toBeNull();
    expect(
      judgeBoardChanges({ role: 'participant', session: session({ phaseId: 'afsluiting' }) }, [
        { root: 'groups', id: 'g', kind: 'add', fields: [] },
      ]),
    ).toBe(DENIED.phase);
  });

  it('never lets anyone but the server write the session or results', () => {
    expect(
      judgeBoardChanges({ role: 'facilitator', session: session() }, [
        { root: 'results', id: null, kind: 'update', fields: ['votes'] },
      ]),
    ).toBe(DENIED.session);
    expect(permissionsFor('facilitator', session()).runSession).toBe(true);
    expect(permissionsFor('participant', session()).runSession).toBe(false);
  });
});
