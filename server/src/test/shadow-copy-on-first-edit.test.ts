import { addNote, readBoard } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { serverForSuite, twoOnNewBoard } from './suite.js';
import { until } from './yClient.js';

describe('the shadow copy that checks edits', () => {
  const suite = serverForSuite();

  it('is not made for a board that is only looked at, and is made by the first edit', async () => {
    const { a, b, room } = await twoOnNewBoard(suite);
    // Give a deferred build every chance to run: a few turns of the event loop and a timer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(room.hasShadow).toBe(false);

    addNote(a.doc, { x: 10, y: 20, text: 'eerste' }, 'a');
    await until(b, () => readBoard(b.doc).notes.some((n) => n.text === 'eerste'), 'the first note');
    expect(room.hasShadow).toBe(true);
  });
});
