/**
 * Board-level operations: create a board's initial content from a template, set the title,
 * and edit zones.
 */
import * as Y from 'yjs';
import { newId } from '../ids/newId.js';
import { HEX_COLOR } from '../schema/colors.js';
import { SCHEMA_VERSION } from '../schema/keys.js';
import { LIMITS } from '../schema/limits.js';
import type { Lang } from '../schema/meta.js';
import { defaultSession } from '../schema/session.js';
import type { Zone } from '../schema/zone.js';
import { templateById } from '../templates/index.js';
import { mapIn, metaOf, sessionOf, zonesOf } from './access.js';

export interface BoardInit {
  title: string;
  templateId: string;
  lang: Lang;
  createdAt?: number;
  joinCode?: string;
}

/** Writes a new board's meta, zones (from its template) and default session, in one transaction. */
export function initBoard(doc: Y.Doc, init: BoardInit, origin: unknown): void {
  const template = templateById(init.templateId);
  if (!template) throw new Error(`initBoard: unknown template ${init.templateId}`);
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', init.title.slice(0, LIMITS.maxTitleLength));
    meta.set('templateId', template.id);
    meta.set('createdAt', init.createdAt ?? Date.now());
    meta.set('lang', init.lang);
    const zones = zonesOf(doc);
    template.zones.forEach((tz, order) => {
      zones.set(
        tz.key,
        zoneMap({
          id: tz.key,
          label: tz.label[init.lang],
          description: tz.description[init.lang],
          x: tz.x,
          y: tz.y,
          width: tz.width,
          height: tz.height,
          color: tz.color,
          kind: tz.kind,
          templateKey: tz.key,
          order,
        }),
      );
    });
    const session = sessionOf(doc);
    for (const [key, value] of Object.entries(defaultSession(init.joinCode ?? ''))) session.set(key, value);
  }, origin);
}

/** Builds the Y.Map of a zone. */
export function zoneMap(zone: Zone): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(zone)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Sets the board's title. */
export function setTitle(doc: Y.Doc, title: string, origin: unknown): void {
  doc.transact(() => metaOf(doc).set('title', title.slice(0, LIMITS.maxTitleLength)), origin);
}

/** Adds an area zone; returns its id. */
export function addZone(
  doc: Y.Doc,
  zone: { label: string; description?: string; x: number; y: number; width: number; height: number; color: string },
  origin: unknown,
): string {
  const id = newId();
  const zones = zonesOf(doc);
  doc.transact(() => {
    zones.set(
      id,
      zoneMap({
        id,
        label: zone.label.slice(0, LIMITS.maxZoneLabelLength),
        description: (zone.description ?? '').slice(0, LIMITS.maxZoneDescriptionLength),
        x: zone.x,
        y: zone.y,
        width: Math.max(40, zone.width),
        height: Math.max(40, zone.height),
        color: HEX_COLOR.test(zone.color) ? zone.color : '#eeeeee',
        kind: 'area',
        order: zones.size,
      }),
    );
  }, origin);
  return id;
}

/** Changes a zone's label, description, geometry or colour. */
export function updateZone(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<Zone, 'label' | 'description' | 'x' | 'y' | 'width' | 'height' | 'color'>>,
  origin: unknown,
): void {
  const zone = mapIn(zonesOf(doc), id);
  if (!zone) return;
  doc.transact(() => {
    if (patch.label !== undefined) zone.set('label', patch.label.slice(0, LIMITS.maxZoneLabelLength));
    if (patch.description !== undefined)
      zone.set('description', patch.description.slice(0, LIMITS.maxZoneDescriptionLength));
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      const v = patch[key];
      if (v !== undefined && Number.isFinite(v))
        zone.set(key, key === 'width' || key === 'height' ? Math.max(40, v) : v);
    }
    if (patch.color !== undefined && HEX_COLOR.test(patch.color)) zone.set('color', patch.color);
  }, origin);
}

/** Deletes a zone (its notes stay, and become unsorted or fall into another zone). */
export function deleteZone(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => zonesOf(doc).delete(id), origin);
}
