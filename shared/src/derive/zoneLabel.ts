/**
 * A zone shows its template's wording in the interface language until a facilitator renames it.
 */
import type { Lang } from '../schema/meta.js';
import type { Zone } from '../schema/zone.js';
import { templateById } from '../templates/index.js';

/** The label and description to show for `zone` in `lang`. */
export function zoneText(zone: Zone, templateId: string, lang: Lang): { label: string; description: string } {
  const tz = zone.templateKey ? templateById(templateId)?.zones.find((z) => z.key === zone.templateKey) : undefined;
  if (!tz) return { label: zone.label, description: zone.description };
  const labelUnchanged = zone.label === tz.label.nl || zone.label === tz.label.en;
  const descUnchanged = zone.description === tz.description.nl || zone.description === tz.description.en;
  return {
    label: labelUnchanged ? tz.label[lang] : zone.label,
    description: descUnchanged ? tz.description[lang] : zone.description,
  };
}
