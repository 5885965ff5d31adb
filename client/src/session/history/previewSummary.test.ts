import { describe, expect, it } from 'vitest';
import { summarisePreview } from './previewSummary';

const zone = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
  id,
  label: id,
  description: '',
  x: 0,
  y: 0,
  width: 100,
  height: 100,
  color: '#aabbcc',
  kind: 'area',
  order,
  ...extra,
});

describe('summarisePreview', () => {
  it('counts the notes and lists their texts per zone, in zone order, unsorted last', () => {
    const summary = summarisePreview(
      {
        meta: { title: 'Studiedag', templateId: 'plg' },
        zones: [zone('zone-b', 2), zone('zone-a', 1), zone('zone-empty', 3)],
        notes: [
          { id: 'n1', text: 'Eén', zoneId: 'zone-b' },
          { id: 'n2', text: 'Twee', zoneId: 'zone-a' },
          { id: 'n3', text: 'Drie', zoneId: null },
          { id: 'n4', text: 'Vier', zoneId: 'zone-b' },
          { id: 'n5', text: 'Vijf', zoneId: 'gone' },
          { id: 'bad' },
        ],
        actions: [{ id: 'a1' }],
      },
      'nl',
    );
    expect(summary).toEqual({
      title: 'Studiedag',
      noteCount: 5,
      zones: [
        { id: 'zone-a', label: 'zone-a', texts: ['Twee'] },
        { id: 'zone-b', label: 'zone-b', texts: ['Eén', 'Vier'] },
      ],
      unsorted: ['Drie', 'Vijf'],
      actionCount: 1,
    });
  });

  it("shows a template zone's label in the interface language until it was renamed", () => {
    const body = {
      meta: { title: '', templateId: 'plg' },
      zones: [zone('leiderschap', 1, { label: 'Leiderschap', templateKey: 'leiderschap' })],
      notes: [{ id: 'n1', text: 'Ruimte voor initiatief', zoneId: 'leiderschap' }],
    };
    expect(summarisePreview(body, 'en').zones[0]?.label).toBe('Leadership');
    expect(summarisePreview(body, 'nl').zones[0]?.label).toBe('Leiderschap');
    expect(summarisePreview(body, 'en').title).toBeNull();
  });

  it('survives an empty or malformed answer', () => {
    expect(summarisePreview(null, 'nl')).toEqual({
      title: null,
      noteCount: 0,
      zones: [],
      unsorted: [],
      actionCount: 0,
    });
    expect(summarisePreview({ zones: 'x', notes: {} }, 'nl').noteCount).toBe(0);
  });
});
