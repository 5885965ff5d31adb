import { describe, expect, it } from 'vitest';
import { zoneOfNote } from '../derive/zoneOfNote.js';
import { ZoneSchema } from '../schema/zone.js';
import { DEFAULT_TEMPLATE_ID, TEMPLATES, templateById } from './index.js';

describe('templates', () => {
  it('has the PLG model as default with its five core elements around the centre', () => {
    const plg = templateById(DEFAULT_TEMPLATE_ID)!;
    expect(plg.id).toBe('plg');
    expect(plg.zones.filter((z) => z.kind === 'area').map((z) => z.key)).toEqual([
      'cultuur',
      'leiderschap',
      'structuur',
      'informatie',
      'hr',
    ]);
    const centre = plg.zones.find((z) => z.kind === 'centre')!;
    expect(centre.label.nl).toBe('Leren en ontwikkelen van leerlingen');
  });

  it('offers every model of domain.md and the empty board', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['plg', 'skills21', 'tensions', 'perspectives', 'curriculum', 'empty']);
    expect(templateById('skills21')!.zones).toHaveLength(11);
    expect(templateById('curriculum')!.zones).toHaveLength(9);
    expect(templateById('tensions')!.zones).toHaveLength(4);
    expect(templateById('empty')!.zones).toHaveLength(0);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: zones are valid, labelled in both languages, and do not overlap',
    (_id, t) => {
      const keys = new Set<string>();
      for (const z of t.zones) {
        expect(keys.has(z.key)).toBe(false);
        keys.add(z.key);
        expect(z.label.nl.length).toBeGreaterThan(0);
        expect(z.label.en.length).toBeGreaterThan(0);
        expect(z.description.nl.length).toBeGreaterThan(0);
        expect(z.description.en.length).toBeGreaterThan(0);
        ZoneSchema.parse({
          id: z.key,
          label: z.label.nl,
          description: z.description.nl,
          x: z.x,
          y: z.y,
          width: z.width,
          height: z.height,
          color: z.color,
          kind: z.kind,
        });
      }
      const areas = t.zones
        .filter((z) => z.kind === 'area')
        .map((z) => ({ ...z, id: z.key, label: '', description: '', order: 0 }));
      // Every area's own centre belongs to that area alone.
      for (const a of areas)
        expect(zoneOfNote({ x: a.x + a.width / 2 - 1, y: a.y + a.height / 2 - 1, width: 2, height: 2 }, areas)).toBe(
          a.id,
        );
    },
  );
});
