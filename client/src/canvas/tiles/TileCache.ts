/**
 * The painted tiles: offscreen canvases keyed by scale and index, least recently used evicted
 * first, their canvases pooled for reuse (no garbage while panning). A tile whose content went
 * stale is marked dirty and kept (shown until repainted) rather than dropped.
 */
import { intersects } from '../culling';
import type { Box } from '../viewport';
import { TILE_PX, tileBox, tileKey } from './tileMath';

export interface Tile {
  readonly scale: number;
  readonly i: number;
  readonly j: number;
  readonly canvas: HTMLCanvasElement;
  dirty: boolean;
  /** Frame number of the last use. */
  used: number;
}

const POOL_MAX = 32;

export class TileCache {
  private readonly tiles = new Map<string, Tile>();
  private readonly pool: HTMLCanvasElement[] = [];

  get size(): number {
    return this.tiles.size;
  }

  get(scale: number, i: number, j: number): Tile | undefined {
    return this.tiles.get(tileKey(scale, i, j));
  }

  /** A blank tile (from the pool when possible), not yet painted. */
  create(scale: number, i: number, j: number, frame: number): Tile {
    let canvas = this.pool.pop();
    if (!canvas) {
      canvas = document.createElement('canvas');
      canvas.width = TILE_PX;
      canvas.height = TILE_PX;
    }
    const tile: Tile = { scale, i, j, canvas, dirty: true, used: frame };
    this.tiles.set(tileKey(scale, i, j), tile);
    return tile;
  }

  /** Scales that have tiles, nearest to `scale` first. */
  scalesNear(scale: number): number[] {
    const scales = new Set<number>();
    for (const t of this.tiles.values()) if (t.scale !== scale) scales.add(t.scale);
    return [...scales].sort((a, b) => Math.abs(Math.log(a / scale)) - Math.abs(Math.log(b / scale)));
  }

  /** Marks every tile touching one of `boxes` (each grown by `margin`) as stale; returns those newly marked. */
  markDirty(boxes: readonly Box[], margin: number): Tile[] {
    const marked: Tile[] = [];
    if (boxes.length === 0) return marked;
    const grown = boxes.map((b) => ({
      x: b.x - margin,
      y: b.y - margin,
      width: b.width + margin * 2,
      height: b.height + margin * 2,
    }));
    for (const tile of this.tiles.values()) {
      if (tile.dirty) continue;
      const box = tileBox(tile.i, tile.j, tile.scale);
      if (grown.some((g) => intersects(g, box))) {
        tile.dirty = true;
        marked.push(tile);
      }
    }
    return marked;
  }

  markAllDirty(): void {
    for (const tile of this.tiles.values()) tile.dirty = true;
  }

  /** Drops the least recently used tiles beyond `max`, never one used in frame `frame`. */
  evict(max: number, frame: number): void {
    if (this.tiles.size <= max) return;
    const old = [...this.tiles].filter(([, t]) => t.used < frame).sort((a, b) => a[1].used - b[1].used);
    for (const [key, tile] of old.slice(0, this.tiles.size - max)) {
      this.tiles.delete(key);
      if (this.pool.length < POOL_MAX) this.pool.push(tile.canvas);
      else {
        // Release the bitmap now rather than at the next garbage collection.
        tile.canvas.width = 0;
        tile.canvas.height = 0;
      }
    }
  }

  /** Drops every tile and releases the pooled bitmaps. */
  dispose(): void {
    this.evict(0, Number.POSITIVE_INFINITY);
    for (const canvas of this.pool.splice(0)) {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
}
