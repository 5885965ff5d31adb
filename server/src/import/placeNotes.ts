/**
 * Where imported notes go: on a free grid inside their zone (clear of other notes and zones),
 * or in the unsorted area to the right of all zones. When a zone is full, a further layer is
 * stacked with an offset so every note still lands inside its zone.
 */
import { type Box, DEFAULT_NOTE_SIZE, type Note, type Zone, zoneOfNote } from '@plg/shared';

const W = DEFAULT_NOTE_SIZE.width;
const H = DEFAULT_NOTE_SIZE.height;
const GAP = 20;
/** Room left at the top of a zone for its label. */
const LABEL_ROOM = 100;
const UNSORTED_COLUMNS = 6;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function zoneCells(zone: Zone, zones: readonly Zone[]): Box[] {
  const cells: Box[] = [];
  for (let y = zone.y + LABEL_ROOM; y + H <= zone.y + zone.height - GAP; y += H + GAP) {
    for (let x = zone.x + GAP; x + W <= zone.x + zone.width - GAP; x += W + GAP) {
      const cell = { x, y, width: W, height: H };
      if (zoneOfNote(cell, zones) !== zone.id) continue;
      if (zones.some((z) => z.id !== zone.id && overlaps(cell, z))) continue;
      cells.push(cell);
    }
  }
  // A zone too small for a grid: its centre.
  if (cells.length === 0)
    cells.push({ x: zone.x + zone.width / 2 - W / 2, y: zone.y + zone.height / 2 - H / 2, width: W, height: H });
  return cells;
}

export class NotePlacer {
  private readonly occupied: Box[];
  private readonly cells = new Map<string, Box[]>();
  private readonly used = new Map<string, number>();
  private unsortedNext = 0;
  private readonly unsortedOrigin: { x: number; y: number };

  constructor(
    private readonly zones: readonly Zone[],
    notes: readonly Pick<Note, 'x' | 'y' | 'width' | 'height'>[],
  ) {
    this.occupied = notes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height }));
    const right = zones.length ? Math.max(...zones.map((z) => z.x + z.width)) : 0;
    const top = zones.length ? Math.min(...zones.map((z) => z.y)) : 0;
    this.unsortedOrigin = { x: zones.length ? right + 200 : 0, y: top };
  }

  /** The top-left corner for the next note of `zoneId` (null: unsorted). */
  place(zoneId: string | null): { x: number; y: number } {
    const zone = zoneId ? this.zones.find((z) => z.id === zoneId && z.kind === 'area') : undefined;
    const box = zone ? this.inZone(zone) : this.unsorted();
    this.occupied.push(box);
    return { x: box.x, y: box.y };
  }

  private inZone(zone: Zone): Box {
    let cells = this.cells.get(zone.id);
    if (!cells) {
      cells = zoneCells(zone, this.zones);
      this.cells.set(zone.id, cells);
    }
    const free = cells.find((c) => !this.occupied.some((o) => overlaps(c, o)));
    if (free) return free;
    // Full: stack a further layer, offset, that still has its centre in the zone.
    const n = this.used.get(zone.id) ?? 0;
    this.used.set(zone.id, n + 1);
    const cell = cells[n % cells.length] as Box;
    const layer = 1 + Math.floor(n / cells.length);
    const offset = (layer * 24) % Math.max(24, Math.min(W, H) / 2);
    return { ...cell, x: cell.x + offset, y: cell.y + offset };
  }

  private unsorted(): Box {
    for (;;) {
      const i = this.unsortedNext++;
      const cell = {
        x: this.unsortedOrigin.x + (i % UNSORTED_COLUMNS) * (W + GAP),
        y: this.unsortedOrigin.y + Math.floor(i / UNSORTED_COLUMNS) * (H + GAP),
        width: W,
        height: H,
      };
      if (zoneOfNote(cell, this.zones) === null && !this.occupied.some((o) => overlaps(cell, o))) return cell;
    }
  }
}
