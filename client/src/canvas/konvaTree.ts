/**
 * The canvas draws a small, known set of Konva nodes (layers/), so it keeps them by hand instead
 * of through a React renderer for Konva (react-konva carries a second copy of React's reconciler,
 * a sixth of a board page's JavaScript). After each React render a layer asks `KeyedNodes` for
 * the node of every item it shows (made on first use, then updated with setAttrs), and `place`
 * destroys the ones no longer shown and puts the rest in order.
 */
import type Konva from 'konva';

export class KeyedNodes<T extends Konva.Node = Konva.Node> {
  private readonly nodes = new Map<string, T>();
  private readonly used = new Set<string>();

  /** The node for `key`, made by `create` the first time; marked as shown in this round. */
  get(key: string, create: () => T): T {
    let node = this.nodes.get(key);
    if (!node) {
      node = create();
      this.nodes.set(key, node);
    }
    this.used.add(key);
    return node;
  }

  /**
   * Ends a round: destroys the nodes not asked for since the last one, makes `order` (nodes of
   * this set, or others the caller owns) the children of `parent` in that order, and asks for
   * one draw if anything was added, removed or moved. Attribute changes draw by themselves.
   */
  place(parent: Konva.Container, order: readonly Konva.Node[]): void {
    let changed = false;
    for (const [key, node] of this.nodes) {
      if (this.used.has(key)) continue;
      node.destroy();
      this.nodes.delete(key);
      changed = true;
    }
    this.used.clear();
    order.forEach((node, i) => {
      if (node.getParent() !== parent) {
        parent.add(node);
        changed = true;
      }
      if (node.zIndex() !== i) {
        node.zIndex(i);
        changed = true;
      }
    });
    if (changed) parent.getLayer()?.batchDraw();
  }

  /** Destroys every node (when the layer goes). */
  destroy(): void {
    for (const node of this.nodes.values()) node.destroy();
    this.nodes.clear();
    this.used.clear();
  }
}
