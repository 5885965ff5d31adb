/**
 * A uniform grid over boxes (board units): which items may intersect a rectangle, without
 * scanning all of them. Built once per change of the notes; queried per tile.
 */
import type { Box } from '../viewport';

const CELL = 1024;

export class SpatialGrid<T extends Box> {
  private readonly cells = new Map<string, number[]>();

  /** `items` in stacking order; queries answer in that order. `margin` grows every box. */
  constructor(
    private readonly items: readonly T[],
    private readonly margin = 0,
  ) {
    items.forEach((item, index) => {
      this.forCells(item, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      });
    });
  }

  private forCells(box: Box, fn: (key: string) => void): void {
    const m = this.margin;
    const i0 = Math.floor((box.x - m) / CELL);
    const i1 = Math.floor((box.x + box.width + m) / CELL);
    const j0 = Math.floor((box.y - m) / CELL);
    const j1 = Math.floor((box.y + box.height + m) / CELL);
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) fn(`${i}:${j}`);
  }

  /** Items whose box (grown by the margin) intersects `box`, in stacking order. */
  query(box: Box): T[] {
    const hits = new Set<number>();
    this.forCells(box, (key) => {
      for (const index of this.cells.get(key) ?? []) hits.add(index);
    });
    const m = this.margin;
    const out: number[] = [];
    for (const index of hits) {
      const it = this.items[index] as T;
      if (
        it.x - m < box.x + box.width &&
        box.x < it.x + it.width + m &&
        it.y - m < box.y + box.height &&
        box.y < it.y + it.height + m
      )
        out.push(index);
    }
    return out.sort((a, b) => a - b).map((index) => this.items[index] as T);
  }
}
