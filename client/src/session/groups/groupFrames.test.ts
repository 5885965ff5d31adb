// @vitest-environment node
import type { Group, Note } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { FRAME_HEADER, FRAME_PADDING, frameBox, groupFrames, groupsAfterDrop } from './groupFrames';

const note = (id: string, x: number, y: number, groupId?: string): Note => ({
  id,
  text: id,
  x,
  y,
  width: 200,
  height: 160,
  color: '#fde68a',
  createdAt: 1,
  authorId: '',
  ...(groupId ? { groupId } : {}),
});
const group = (id: string, label = id): Group => ({ id, label, color: '#5b6b8c', createdAt: 1 });

describe('group frames', () => {
  it('frames the bounding box of the notes with padding and a title bar', () => {
    expect(frameBox([])).toBeNull();
    expect(
      frameBox([
        { x: 0, y: 0, width: 200, height: 160 },
        { x: 300, y: 100, width: 200, height: 160 },
      ]),
    ).toEqual({
      x: -FRAME_PADDING,
      y: -FRAME_PADDING - FRAME_HEADER,
      width: 500 + 2 * FRAME_PADDING,
      height: 260 + 2 * FRAME_PADDING + FRAME_HEADER,
    });
  });

  it('draws one frame per group with members, following live drag offsets', () => {
    const notes = [note('a', 0, 0, 'g1'), note('b', 300, 0, 'g1'), note('c', 1000, 0), note('d', 0, 900, 'g2')];
    const frames = groupFrames([group('g1', 'Samen leren'), group('g2'), group('empty')], notes, (id) =>
      id === 'b' ? { dx: 100, dy: 0 } : undefined,
    );
    expect(frames.map((f) => [f.id, f.label, f.members])).toEqual([
      ['g1', 'Samen leren', ['a', 'b']],
      ['g2', 'g2', ['d']],
    ]);
    expect(frames[0]?.box.width).toBe(600 + 2 * FRAME_PADDING);
  });

  it('keeps, moves or drops group membership by where notes land', () => {
    const notes = [note('a', 0, 0, 'g1'), note('b', 300, 0, 'g1'), note('d', 0, 900, 'g2'), note('e', 2000, 0)];
    const frames = groupFrames([group('g1'), group('g2')], notes);
    const drop = (id: string, x: number, y: number) => {
      const n = notes.find((m) => m.id === id)!;
      return new Map([[id, { ...n, x, y }]]);
    };
    // Nudged within its own frame: stays.
    expect(groupsAfterDrop(drop('b', 320, 10), frames)).toEqual(new Map());
    // Dragged out into empty space: leaves.
    expect(groupsAfterDrop(drop('b', 1200, 0), frames)).toEqual(new Map([['b', null]]));
    // Dropped on another group's frame: joins it.
    expect(groupsAfterDrop(drop('e', 10, 880), frames)).toEqual(new Map([['e', 'g2']]));
    expect(groupsAfterDrop(drop('b', 10, 880), frames)).toEqual(new Map([['b', 'g2']]));
    // A whole group moved together keeps its members.
    const whole = new Map([
      ['a', { ...notes[0]!, x: 5000 }],
      ['b', { ...notes[1]!, x: 5300 }],
    ]);
    expect(groupsAfterDrop(whole, frames)).toEqual(new Map());
  });
});
