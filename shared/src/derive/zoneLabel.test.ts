import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard, updateZone } from '../ops/board.js';
import { readBoard } from './readBoard.js';
import { zoneText } from './zoneLabel.js';

describe('zoneText', () => {
  it('follows the interface language until a zone is renamed', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
    let zone = readBoard(doc).zones.find((z) => z.id === 'hr')!;
    expect(zoneText(zone, 'plg', 'en').label).toBe('HR policy');
    expect(zoneText(zone, 'plg', 'nl').label).toBe('HR-beleid');
    updateZone(doc, 'hr', { label: 'Personeel' }, 'o');
    zone = readBoard(doc).zones.find((z) => z.id === 'hr')!;
    expect(zoneText(zone, 'plg', 'en').label).toBe('Personeel');
    expect(zoneText(zone, 'plg', 'en').description).toMatch(/People policy/);
  });
});
