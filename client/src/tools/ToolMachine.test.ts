import { addNote, initBoard, type Role } from '@plg/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRuntime } from '../board/BoardRuntime';
import { screenToBoard } from '../canvas/viewport';
import { useUiStore } from '../stores/uiStore';
import { ToolMachine } from './ToolMachine';
import type { HitTarget, PointerInput } from './types';

function setup(role: Role = 'participant') {
  const doc = new Y.Doc();
  initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'server');
  const a = addNote(doc, { x: 100, y: 100, text: 'a' }, 'o');
  const b = addNote(doc, { x: 400, y: 100, text: 'b' }, 'o');
  const c = addNote(doc, { x: 100, y: 400, text: 'c' }, 'o');
  const awareness = new Awareness(doc);
  const rt = createRuntime(
    'board',
    { doc, awareness, provider: {} as WebsocketProvider, persistence: null, generation: 0 },
    { secret: 's'.repeat(22), id: 'me-00000000000001', name: 'Anne' },
    role,
  );
  rt.presence.setUser({ id: rt.identity.id, name: 'Anne', color: '#0072b2', role: 'participant' });
  let updates = 0;
  doc.on('update', () => updates++);
  return { doc, rt, a, b, c, awareness, machine: new ToolMachine(rt), updates: () => updates };
}

let nextId = 1;
function input(
  screen: { x: number; y: number },
  target: HitTarget = { kind: 'canvas' },
  extra: Partial<PointerInput> = {},
): PointerInput {
  return {
    pointerId: nextId,
    pointerType: 'mouse',
    button: 0,
    screen,
    board: screenToBoard(useUiStore.getState().viewport, screen),
    shift: false,
    mod: false,
    target,
    ...extra,
  };
}

beforeEach(() => {
  useUiStore.getState().resetBoardState();
  useUiStore.getState().setViewport({ x: 0, y: 0, zoom: 1 });
  useUiStore.getState().setTool('select');
  nextId++;
});
afterEach(() => useUiStore.getState().resetBoardState());

describe('select tool', () => {
  it('drags a multi-selection live through awareness and writes ONE update on drop', () => {
    const { machine, a, b, rt, awareness, updates } = setup();
    useUiStore.getState().select([a, b]);
    const before = updates();
    machine.pointerDown(input({ x: 150, y: 150 }, { kind: 'note', id: a }));
    for (let i = 1; i <= 60; i++) machine.pointerMove(input({ x: 150 + i * 5, y: 150 + i }));
    expect(machine.state).toBe('draggingNotes');
    expect(useUiStore.getState().drag).toMatchObject({ ids: [a, b], dx: 300, dy: 60 });
    expect(updates()).toBe(before); // nothing written while dragging
    machine.pointerUp(input({ x: 450, y: 210 }));
    expect(updates()).toBe(before + 1);
    expect(rt.notes.get(a)).toMatchObject({ x: 400, y: 160 });
    expect(rt.notes.get(b)).toMatchObject({ x: 700, y: 160 });
    expect(useUiStore.getState().drag).toBeNull();
    expect(awareness.getLocalState()?.drag).toBeNull();
    rt.undo.undo();
    expect(rt.notes.get(a)).toMatchObject({ x: 100, y: 100 });
  });

  it('clicks select, shift-click toggles, a click on empty canvas clears', () => {
    const { machine, a, b } = setup();
    const click = (target: HitTarget, shift = false) => {
      machine.pointerDown(input({ x: 1, y: 1 }, target, { shift }));
      machine.pointerUp(input({ x: 1, y: 1 }, target, { shift }));
    };
    click({ kind: 'note', id: a });
    expect([...useUiStore.getState().selection]).toEqual([a]);
    click({ kind: 'note', id: b }, true);
    expect([...useUiStore.getState().selection]).toEqual([a, b]);
    click({ kind: 'note', id: a }, true);
    expect([...useUiStore.getState().selection]).toEqual([b]);
    click({ kind: 'canvas' });
    expect(useUiStore.getState().selection.size).toBe(0);
  });

  it('drags on empty canvas pan, and shift+drag draws a selection rectangle', () => {
    const { machine, a, b, c } = setup();
    machine.pointerDown(input({ x: 0, y: 0 }));
    machine.pointerMove(input({ x: 50, y: 20 }));
    machine.pointerUp(input({ x: 50, y: 20 }));
    expect(useUiStore.getState().viewport).toMatchObject({ x: 50, y: 20 });
    useUiStore.getState().setViewport({ x: 0, y: 0, zoom: 1 });
    machine.pointerDown(input({ x: 50, y: 50 }, { kind: 'canvas' }, { shift: true }));
    machine.pointerMove(input({ x: 450, y: 300 }, { kind: 'canvas' }, { shift: true }));
    expect(useUiStore.getState().brush).toEqual({ x: 50, y: 50, width: 400, height: 250 });
    machine.pointerUp(input({ x: 450, y: 300 }));
    expect(new Set(useUiStore.getState().selection)).toEqual(new Set([a, b]));
    expect(useUiStore.getState().selection.has(c)).toBe(false);
    expect(useUiStore.getState().brush).toBeNull();
  });

  it('resizes with the handle in one update', () => {
    const { machine, a, rt, updates } = setup();
    const before = updates();
    machine.pointerDown(input({ x: 300, y: 260 }, { kind: 'resize', id: a }));
    for (let i = 1; i <= 10; i++) machine.pointerMove(input({ x: 300 + i * 10, y: 260 + i * 4 }));
    machine.pointerUp(input({ x: 400, y: 300 }));
    expect(updates()).toBe(before + 1);
    expect(rt.notes.get(a)).toMatchObject({ width: 300, height: 200 });
  });

  it('lets a viewer select and pan but never move notes', () => {
    const { machine, a, rt, updates } = setup('viewer');
    const before = updates();
    machine.pointerDown(input({ x: 150, y: 150 }, { kind: 'note', id: a }));
    machine.pointerMove(input({ x: 300, y: 300 }));
    machine.pointerUp(input({ x: 300, y: 300 }));
    expect(updates()).toBe(before);
    expect(rt.notes.get(a)).toMatchObject({ x: 100, y: 100 });
  });
});
