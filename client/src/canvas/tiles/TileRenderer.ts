/**
 * The board at rest (zones and the notes not in motion), painted into cached tiles and blitted to
 * the screen: a pan or zoom frame costs a few dozen drawImage calls whatever the number of notes.
 * Tiles are painted within a time budget per frame (dirty ones first, then missing ones from the
 * centre out, then a prefetch ring); a missing tile is covered meanwhile by tiles of another scale.
 * A change repaints only the tiles it touches.
 *
 * The budget keeps pans and zooms at vsync. It does not apply when the view would otherwise fill
 * in tile by tile in front of everyone while nothing moves: the synced board arriving
 * (`completeView()`), the whole scene or most of the view changed at once, or most of the view
 * showing nothing (the first paint, a jump of the view). Then the view is completed in the next
 * frame at the exact scale, however long that frame takes (up to CATCH_UP_MS, then the next).
 */
import type { Note } from '@plg/shared';
import { NOTE_PAINT_MARGIN, paintNote } from '../draw/paintNote';
import { paintZone, type ZoneEntry } from '../draw/paintZone';
import { type Box, type Size, sameView, sameViewport, type View, type Viewport, visibleBoardRect } from '../viewport';
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
/**
 * …while completing the view at once (see above): no gesture to keep smooth, so one long frame
 * beats a view filling in tile by tile. A bound all the same, so a huge view still lets a frame
 * through now and then.
 */
const CATCH_UP_MS = 250;
/** "Most of the view": this share of its tiles. */
const MOST = 0.5;
/** How far a zone's paint reaches outside its box (the centre's shadow). */
const ZONE_MARGIN = 60;

/** The view of the last draw, with the tiles it needed. */
interface DrawnView extends View {
  scale: number;
  range: TileRange;
}

export class TileRenderer {
  private readonly cache = new TileCache();
  private notes: NotesState = { byId: new Map(), hidden: new Set() };
  private grid = new SpatialGrid<Note>([], NOTE_PAINT_MARGIN);
  private textHidden: string | null = null;
  private zones: readonly ZoneEntry[] = [];
  private active: number | null = null;
  private lastTarget = 0;
  private lastZoomChange = Number.NEGATIVE_INFINITY;
  /** When the camera last differed from the frame before (a pan or zoom step). */
  private lastMove = Number.NEGATIVE_INFINITY;
  private drawnView: DrawnView | null = null;
  /** The next draws complete the view, beyond the per-frame budget (see the header). */
  private catchUp = false;
  private frame = 0;
  private painted = 0;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Time spent painting tiles and blitting them, ms, and draw count (for the benchmark). */
  readonly stats = { paintMs: 0, blitMs: 0, draws: 0, tiles: 0 };

  /** Called when another frame is needed (more tiles to paint, or the zoom came to rest). */
  constructor(private readonly requestDraw: () => void) {}

  /**
   * Tiles in view still to paint, counted now (a change since the last draw counts), plus one for
   * a zoom not yet repainted sharp, and one when `current` is not the view last drawn (or nothing
   * was drawn yet); 0 when the canvas shows the view complete.
   */
  pending(current?: View): number {
    const v = this.drawnView;
    if (!v) return 1;
    let n = 0;
    for (let j = v.range.j0; j <= v.range.j1; j++)
      for (let i = v.range.i0; i <= v.range.i1; i++) {
        const tile = this.cache.get(v.scale, i, j);
        if (!tile || tile.dirty) n++;
      }
    if (this.active !== this.lastTarget) n++;
    if (current && !sameView(v, current)) n++;
    return n;
  }

  /** Tiles painted so far. */
  drawn(): number {
    return this.painted;
  }

  /** The synced board is here: complete the view in the next frame rather than tile by tile. */
  completeView(): void {
    this.catchUp = true;
    this.requestDraw();
  }

  setNotes(ordered: readonly Note[], byId: ReadonlyMap<string, Note>, hidden: ReadonlySet<string>): void {
    if (byId === this.notes.byId && hidden === this.notes.hidden) return;
    const next = { byId, hidden };
    const dirty = dirtyBoxes(this.notes, next);
    if (byId !== this.notes.byId) this.grid = new SpatialGrid(ordered, NOTE_PAINT_MARGIN);
    this.notes = next;
    if (dirty === null) {
      this.cache.markAllDirty();
      this.catchUp = true;
    } else if (this.mostOfView(this.cache.markDirty(dirty, NOTE_PAINT_MARGIN))) this.catchUp = true;
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
    this.catchUp = true;
    this.requestDraw();
  }

  /** Paints what the budget allows and blits the view. `ctx` is in device pixels (identity transform). */
  draw(ctx: CanvasRenderingContext2D, vp: Viewport, size: Size, dpr: number): void {
    const now = performance.now();
    const view = { vp: { x: vp.x, y: vp.y, zoom: vp.zoom }, size: { width: size.width, height: size.height }, dpr };
    // A pan or zoom under way: the camera moved in an earlier frame, moments ago.
    const moving = now - this.lastMove < SETTLE_MS;
    if (this.drawnView && !sameViewport(this.drawnView.vp, vp)) this.lastMove = now;
    const target = vp.zoom * dpr;
    if (target !== this.lastTarget) {
      this.lastTarget = target;
      this.lastZoomChange = now;
    }
    let zooming = now - this.lastZoomChange < SETTLE_MS;
    let scale = nextScale(this.active, target, zooming);
    const rect = visibleBoardRect(vp, size);
    let range = tilesCovering(rect, scale);
    if (!moving) {
      // Nothing was moving: a view that would be mostly blank (the first paint, a jump) is completed
      // now, and so is one that must be (see completeView), at the exact scale, not as a zoom step.
      if (!this.catchUp && this.blankShare(range, scale) >= MOST) this.catchUp = true;
      if (this.catchUp && scale !== target) {
        zooming = false;
        this.lastZoomChange = Number.NEGATIVE_INFINITY;
        scale = target;
        range = tilesCovering(rect, scale);
      }
    }
    this.active = scale;
    this.drawnView = { ...view, scale, range };
    this.frame++;
    const budget = this.catchUp && !moving ? CATCH_UP_MS : zooming ? GESTURE_BUDGET_MS : BUDGET_MS;
    const left = this.paintTiles(range, scale, zooming, now, budget);
    if (left === 0) this.catchUp = false;
    const painted = performance.now();
    this.stats.paintMs += painted - now;
    // Scaled blits only happen mid-gesture: nearest-neighbour is several times cheaper than
    // bilinear in software rendering, and the view is repainted sharp as soon as it rests.
    ctx.imageSmoothingEnabled = scale === target;
    let scales: number[] | null = null;
    for (const [i, j] of tilesByDistance(range)) {
      const tile = this.cache.get(scale, i, j);
      if (tile) tile.used = this.frame;
      if (tile) this.blit(ctx, tile, vp, dpr);
      else {
        scales ??= this.cache.scalesNear(scale);
        this.cover(ctx, i, j, scale, vp, dpr, scales);
      }
    }
    this.stats.blitMs += performance.now() - painted;
    this.stats.draws++;
    const visible = (range.i1 - range.i0 + 1) * (range.j1 - range.j0 + 1);
    // Room for the view twice over (the previous scale stands in mid-zoom), within ~100 MB.
    this.cache.evict(Math.min(400, Math.max(96, visible * 2)), this.frame);
    if (left > 0) this.requestDraw();
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

  /** Whether `tiles` (just marked dirty) are most of the view last drawn. */
  private mostOfView(tiles: readonly Tile[]): boolean {
    const v = this.drawnView;
    if (!v || tiles.length === 0) return false;
    const { i0, i1, j0, j1 } = v.range;
    const inView = tiles.filter((t) => t.scale === v.scale && t.i >= i0 && t.i <= i1 && t.j >= j0 && t.j <= j1);
    return inView.length >= MOST * (i1 - i0 + 1) * (j1 - j0 + 1);
  }

  /** Share of the tiles of `range` that would show nothing: neither painted (even stale) nor covered. */
  private blankShare(range: TileRange, scale: number): number {
    let blank = 0;
    let scales: number[] | null = null;
    for (let j = range.j0; j <= range.j1; j++)
      for (let i = range.i0; i <= range.i1; i++) {
        if (this.cache.get(scale, i, j)) continue;
        scales ??= this.cache.scalesNear(scale);
        if (this.coverFor(i, j, scale, scales).length === 0) blank++;
      }
    return blank / ((range.i1 - range.i0 + 1) * (range.j1 - range.j0 + 1));
  }

  /**
   * Paints dirty and missing tiles in view within `budget` (at least one per frame), then, with
   * time to spare, a ring around the view. Returns the tiles in view left to paint.
   */
  private paintTiles(range: TileRange, scale: number, zooming: boolean, start: number, budget: number): number {
    const inView = tilesByDistance(range);
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
    if (left > 0 || zooming) return left;
    // Time to spare (by the ordinary budget, even after a long frame): prefetch the ring around the
    // view, so a pan finds its tiles ready.
    for (const [i, j] of tilesByDistance(growRange(range, 1))) {
      if (performance.now() - start > BUDGET_MS) {
        this.requestDraw();
        return 0;
      }
      const tile = this.cache.get(scale, i, j);
      if (!tile) this.paint(this.cache.create(scale, i, j, this.frame));
      else if (tile.dirty) this.paint(tile);
    }
    return 0;
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

  /** Covers a tile not painted yet with the same area from another scale (nearest first). */
  private cover(
    ctx: CanvasRenderingContext2D,
    i: number,
    j: number,
    scale: number,
    vp: Viewport,
    dpr: number,
    scales: readonly number[],
  ): void {
    const parts = this.coverFor(i, j, scale, scales);
    if (parts.length === 0) return;
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
  }

  /** Up-to-date tiles of the nearest other scale that has any over tile (i, j); none: []. */
  private coverFor(i: number, j: number, scale: number, scales: readonly number[]): Tile[] {
    const box = tileBox(i, j, scale);
    const inner = { x: box.x + 1e-6, y: box.y + 1e-6, width: box.width - 2e-6, height: box.height - 2e-6 };
    for (const other of scales) {
      const ratio = other / scale;
      if (ratio < 1 / 4 || ratio > 8) continue;
      const r = tilesCovering(inner, other);
      const parts: Tile[] = [];
      for (let y = r.j0; y <= r.j1; y++)
        for (let x = r.i0; x <= r.i1; x++) {
          const t = this.cache.get(other, x, y);
          if (t && !t.dirty) parts.push(t);
        }
      if (parts.length > 0) return parts;
    }
    return [];
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
