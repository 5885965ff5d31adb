/**
 * What the facilitator sees of an earlier version before restoring it: how many notes, and their
 * texts per zone (in the board's zone order, unsorted notes last), read defensively from the
 * server's preview (a board snapshot: `meta`, `zones`, `notes` with their derived `zoneId`).
 */
import { type Lang, type Zone, ZoneSchema, zoneText } from '@plg/shared';

export interface PreviewZone {
  id: string;
  label: string;
  texts: string[];
}

export interface PreviewSummary {
  title: string | null;
  noteCount: number;
  /** Zones that hold notes, in board order. */
  zones: PreviewZone[];
  /** Notes in no zone (or in a zone the version does not have). */
  unsorted: string[];
  actionCount: number;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function readZoneJson(value: unknown): Zone | undefined {
  const parsed = ZoneSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function summarisePreview(body: unknown, lang: Lang, fallbackTemplateId = 'plg'): PreviewSummary {
  const snap = (body ?? {}) as { meta?: unknown; zones?: unknown; notes?: unknown; actions?: unknown };
  const meta = (snap.meta ?? {}) as { title?: unknown; templateId?: unknown };
  const templateId = typeof meta.templateId === 'string' ? meta.templateId : fallbackTemplateId;
  const zones = list(snap.zones)
    .map(readZoneJson)
    .filter((z) => z !== undefined)
    .sort((a, b) => a.order - b.order);
  const byId = new Map(zones.map((z) => [z.id, [] as string[]]));
  const unsorted: string[] = [];
  let noteCount = 0;
  for (const item of list(snap.notes)) {
    const note = item as { text?: unknown; zoneId?: unknown } | null;
    if (!note || typeof note.text !== 'string') continue;
    noteCount++;
    const bucket = typeof note.zoneId === 'string' ? byId.get(note.zoneId) : undefined;
    (bucket ?? unsorted).push(note.text);
  }
  return {
    title: typeof meta.title === 'string' && meta.title.trim() ? meta.title : null,
    noteCount,
    zones: zones
      .filter((z) => (byId.get(z.id)?.length ?? 0) > 0)
      .map((z) => ({ id: z.id, label: zoneText(z, templateId, lang).label, texts: byId.get(z.id) ?? [] })),
    unsorted,
    actionCount: list(snap.actions).length,
  };
}
