import type { Note } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { dirtyBoxes, sameIds } from './sceneDiff';

const note = (id: string, x: number, y = 0): Note => ({
  id,
  text: id,
  x,
  y,
  width: 200,
  height: 160,
  color: '#fff176',
  createdAt: 1,
  authorId: '',
});

describe('dirtyBoxes', () => {
  const a = note('a', 0);
  const b = note('b', 500);
  const byId = new Map([
    ['a', a],
    ['b', b],
  ]);
  const none = new Set<string>();

  it('repaints the old and the new place of a moved note, and nothing for untouched ones', () => {
    const moved = note('a', 1000, 50);
    const after = new Map([
      ['a', moved],
      ['b', b],
    ]);
    expect(dirtyBoxes({ byId, hidden: none }, { byId: after, hidden: none })).toEqual([
      { x: 0, y: 0, width: 200, height: 160 },
      { x: 1000, y: 50, width: 200, height: 160 },
    ]);
  });

  it('repaints added, removed, hidden and shown notes', () => {
    const c = note('c', 2000);
    const after = new Map([
      ['b', b],
      ['c', c],
    ]);
    expect(dirtyBoxes({ byId, hidden: none }, { byId: after, hidden: none })?.map((r) => r.x)).toEqual([2000, 0]);
    expect(dirtyBoxes({ byId, hidden: none }, { byId, hidden: new Set(['b']) })?.map((r) => r.x)).toEqual([500]);
    expect(dirtyBoxes({ byId, hidden: new Set(['b']) }, { byId, hidden: none })?.map((r) => r.x)).toEqual([500]);
  });

  it('asks for a full repaint when very many notes changed', () => {
    const many = new Map(Array.from({ length: 500 }, (_, i) => [`n${i}`, note(`n${i}`, i * 10)] as const));
    expect(dirtyBoxes({ byId: new Map(), hidden: none }, { byId: many, hidden: none })).toBeNull();
  });

  it('compares id sets', () => {
    expect(sameIds(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameIds(new Set(['a']), new Set(['b']))).toBe(false);
  });
});
