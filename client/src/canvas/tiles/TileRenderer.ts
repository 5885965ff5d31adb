/**
 * The board at rest (zones and the notes not in motion), painted into cached tiles and blitted to
 * the screen: a pan or zoom frame costs a few dozen drawImage calls whatever the number of notes.
 * Tiles are painted within a time budget per frame (dirty ones first, then missing ones from the
 * centre out, then a prefetch ring); a missing tile is covered meanwhile by tiles of another scale.
 * A change repaints only the tiles it touches.
 */
import type { Note } from '@plg/shared';
import { NOTE_PAINT_MARGIN, paintNote } from '../draw/paintNote';
import { paintZone, type ZoneEntry } from '../draw/paintZone';
import { type Box, type Size, type Viewport, visibleBoardRect } from '../viewport';
import { SpatialGrid } from './SpatialGrid';
import { dirtyBoxes, type NotesState } from './sceneDiff';
import { type Tile, TileCache } from './TileCache';
import {
  growRange,
  nextScale,
  TILE_PX,
  type TileRange,
  tileBox,
  tileDest,
  tilesByDistance,
  tilesCovering,
} from './tileMath';

/** A zoom that has not changed for this long is at rest: tiles are repainted at the exact scale. */
const SETTLE_MS = 180;
/**
 * Painting time per frame, ms. Only the recording of canvas calls is timed here; the browser
 * rasterises them when a tile is first blitted, at a similar cost, hence the modest figures.
 */
const BUDGET_MS = 6;
/** …while a zoom gesture runs: scaled tiles stand in, detail can wait for the rest. */
const GESTURE_BUDGET_MS = 3;
/** …and while nothing at all is on screen yet (first paint: finish sooner, nothing to keep smooth). */
const FIRST_BUDGET_MS = 40;
/** How far a zone's paint reaches outside its box (the centre's shadow). */
const ZONE_MARGIN = 60;

export class TileRenderer {
  private readonly cache = new TileCache();
  private notes: NotesState = { byId: new Map(), hidden: new Set() };
  private grid = new SpatialGrid<Note>([], NOTE_PAINT_MARGIN);
  private textHidden: string | null = null;
  private zones: readonly ZoneEntry[] = [];
  private active: number | null = null;
  private lastTarget = 0;
  private lastZoomChange = 0;
  private frame = 0;
  private missing = 0;
  private painted = 0;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Time spent painting tiles and blitting them, ms, and draw count (for the benchmark). */
  readonly stats = { paintMs: 0, blitMs: 0, draws: 0, tiles: 0 };

  /** Called when another frame is needed (more tiles to paint, or the zoom came to rest). */
  constructor(private readonly requestDraw: () => void) {}

  /** Tiles in view still to paint (or a zoom not yet repainted sharp); 0 when the view is complete. */
  pending(): number {
    return this.missing + (this.active !== null && this.active !== this.lastTarget ? 1 : 0);
  }

  /** Tiles painted so far. */
  drawn(): number {
    return this.painted;
  }

  setNotes(ordered: readonly Note[], byId: ReadonlyMap<string, Note>, hidden: ReadonlySet<string>): void {
    if (byId === this.notes.byId && hidden === this.notes.hidden) return;
    const next = { byId, hidden };
    const dirty = dirtyBoxes(this.notes, next);
    if (byId !== this.notes.byId) this.grid = new SpatialGrid(ordered, NOTE_PAINT_MARGIN);
    this.notes = next;
    if (dirty === null) this.cache.markAllDirty();
    else this.cache.markDirty(dirty, NOTE_PAINT_MARGIN);
    this.requestDraw();
  }

  /** The note whose text is hidden (edited in the textarea over it). */
  setTextHidden(id: string | null): void {
    if (id === this.textHidden) return;
    const boxes = [this.textHidden, id].flatMap((n) => {
      const note = n ? this.notes.byId.get(n) : undefined;
      return note ? [note] : [];
    });
    this.textHidden = id;
    this.cache.markDirty(boxes, 0);
    this.requestDraw();
  }

  setZones(zones: readonly ZoneEntry[]): void {
    this.zones = zones;
    this.cache.markAllDirty();
    this.requestDraw();
  }

  /** Paints what the budget allows and blits the view. `ctx` is in device pixels (identity transform). */
  draw(ctx: CanvasRenderingContext2D, vp: Viewport, size: Size, dpr: number): void {
    const now = performance.now();
    const target = vp.zoom * dpr;
    if (target !== this.lastTarget) {
      this.lastTarget = target;
      this.lastZoomChange = now;
    }
    const zooming = now - this.lastZoomChange < SETTLE_MS;
    const scale = nextScale(this.active, target, zooming);
    this.active = scale;
    this.frame++;
    const range = tilesCovering(visibleBoardRect(vp, size), scale);
    this.paintTiles(range, scale, zooming, now);
    const painted = performance.now();
    this.stats.paintMs += painted - now;
    // Scaled blits only happen mid-gesture: nearest-neighbour is several times cheaper than
    // bilinear in software rendering, and the view is repainted sharp as soon as it rests.
    ctx.imageSmoothingEnabled = scale === target;
    for (const [i, j] of tilesByDistance(range)) {
      const tile = this.cache.get(scale, i, j);
      if (tile) tile.used = this.frame;
      if (tile && !tile.dirty) this.blit(ctx, tile, vp, dpr);
      else this.cover(ctx, i, j, scale, vp, dpr, tile);
    }
    this.stats.blitMs += performance.now() - painted;
    this.stats.draws++;
    const visible = (range.i1 - range.i0 + 1) * (range.j1 - range.j0 + 1);
    // Room for the view twice over (the previous scale stands in mid-zoom), within ~100 MB.
    this.cache.evict(Math.min(400, Math.max(96, visible * 2)), this.frame);
    if (this.missing > 0) this.requestDraw();
    if (scale !== target) this.settleLater();
  }

  dispose(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.cache.dispose();
  }

  private settleLater(): void {
    if (this.settleTimer) return;
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.requestDraw();
    }, SETTLE_MS);
  }

  /** Paints dirty and missing tiles in view within the budget, then a ring around the view. */
  private paintTiles(range: TileRange, scale: number, zooming: boolean, start: number): void {
    const inView = tilesByDistance(range);
    const anyShown = inView.some(([i, j]) => this.cache.get(scale, i, j));
    const budget = !anyShown && this.painted === 0 ? FIRST_BUDGET_MS : zooming ? GESTURE_BUDGET_MS : BUDGET_MS;
    const todo = [
      ...inView.filter(([i, j]) => this.cache.get(scale, i, j)?.dirty),
      ...inView.filter(([i, j]) => !this.cache.get(scale, i, j)),
    ];
    let left = todo.length;
    for (const [i, j] of todo) {
      if (performance.now() - start > budget && left < todo.length) break;
      this.paint(this.cache.get(scale, i, j) ?? this.cache.create(scale, i, j, this.frame));
      left--;
    }
    this.missing = left;
    if (left > 0 || zooming) return;
    // Time to spare: prefetch the ring around the view, so a pan finds its tiles ready.
    for (const [i, j] of tilesByDistance(growRange(range, 1))) {
      if (performance.now() - start > budget) {
        this.requestDraw();
        return;
      }
      const tile = this.cache.get(scale, i, j);
      if (!tile) this.paint(this.cache.create(scale, i, j, this.frame));
      else if (tile.dirty) this.paint(tile);
    }
  }

  private paint(tile: Tile): void {
    const ctx = tile.canvas.getContext('2d');
    if (!ctx) return;
    const { scale, i, j } = tile;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, TILE_PX, TILE_PX);
    ctx.setTransform(scale, 0, 0, scale, -i * TILE_PX, -j * TILE_PX);
    const box = tileBox(i, j, scale);
    for (const { zone, text } of this.zones) if (touches(zone, box, ZONE_MARGIN)) paintZone(ctx, zone, text, scale);
    for (const note of this.grid.query(box)) {
      if (this.notes.hidden.has(note.id)) continue;
      paintNote(ctx, note, note.x, note.y, { scale, hideText: note.id === this.textHidden });
    }
    tile.dirty = false;
    tile.used = this.frame;
    this.painted++;
    this.stats.tiles++;
  }

  private blit(ctx: CanvasRenderingContext2D, tile: Tile, vp: Viewport, dpr: number): void {
    const d = tileDest(tile.i, tile.j, tile.scale, vp, dpr);
    ctx.drawImage(tile.canvas, d.x, d.y, d.width, d.height);
  }

  /** Covers a tile not painted yet: its stale content, or the same area from another scale. */
  private cover(
    ctx: CanvasRenderingContext2D,
    i: number,
    j: number,
    scale: number,
    vp: Viewport,
    dpr: number,
    stale: Tile | undefined,
  ): void {
    if (stale) {
      this.blit(ctx, stale, vp, dpr);
      return;
    }
    const box = tileBox(i, j, scale);
    const inner = { x: box.x + 1e-6, y: box.y + 1e-6, width: box.width - 2e-6, height: box.height - 2e-6 };
    for (const other of this.cache.scalesNear(scale)) {
      const ratio = other / scale;
      if (ratio < 1 / 4 || ratio > 8) continue;
      const r = tilesCovering(inner, other);
      const parts: Tile[] = [];
      for (let y = r.j0; y <= r.j1; y++)
        for (let x = r.i0; x <= r.i1; x++) {
          const t = this.cache.get(other, x, y);
          if (t && !t.dirty) parts.push(t);
        }
      if (parts.length === 0) continue;
      const d = tileDest(i, j, scale, vp, dpr);
      ctx.save();
      ctx.beginPath();
      ctx.rect(d.x, d.y, d.width, d.height);
      ctx.clip();
      for (const t of parts) {
        t.used = this.frame;
        this.blit(ctx, t, vp, dpr);
      }
      ctx.restore();
      return;
    }
  }
}

function touches(zone: Box, box: Box, margin: number): boolean {
  return (
    zone.x - margin < box.x + box.width &&
    box.x < zone.x + zone.width + margin &&
    zone.y - margin < box.y + box.height &&
    box.y < zone.y + zone.height + margin
  );
}
