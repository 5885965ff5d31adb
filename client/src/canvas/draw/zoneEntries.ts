/** The zones of a board with the text to paint on them (language, label placement clear of the centre). */
import { type Lang, type Zone, zoneText } from '@plg/shared';
import { zoneHeaderOffset } from '../zoneStyle';
import type { ZoneEntry } from './paintZone';

export function zoneEntries(zones: readonly Zone[], templateId: string, lang: Lang): ZoneEntry[] {
  const centres = zones.filter((z) => z.kind === 'centre');
  return zones.map((zone) => ({
    zone,
    text: { ...zoneText(zone, templateId, lang), headerOffset: zoneHeaderOffset(zone, centres) },
  }));
}
