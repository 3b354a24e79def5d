/**
 * Which labels to draw, and on which side of their node: as many as fit without covering each
 * other or other nodes, the most important first. Pure, in screen coordinates, so that it is
 * tested without a browser.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label sits against its node, in order of preference. */
export const SIDES = ['bottom', 'top', 'right', 'left'] as const;
export type Side = (typeof SIDES)[number];

export interface LabelCandidate {
  id: string;
  /** The node's box: labels are placed around it, and other labels must not cover it. */
  node: Box;
  /** The label's size on screen. */
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
  /** Drawn whatever it covers, below its node (the selected node, the node under the pointer). */
  forced?: boolean;
}

const MARGIN = 3;

/** The label's box on one side of its node. */
export function labelBox(c: Pick<LabelCandidate, 'node' | 'width' | 'height'>, side: Side): Box {
  const cx = (c.node.x1 + c.node.x2) / 2;
  const cy = (c.node.y1 + c.node.y2) / 2;
  switch (side) {
    case 'bottom':
      return {
        x1: cx - c.width / 2,
        x2: cx + c.width / 2,
        y1: c.node.y2 + MARGIN,
        y2: c.node.y2 + MARGIN + c.height,
      };
    case 'top':
      return {
        x1: cx - c.width / 2,
        x2: cx + c.width / 2,
        y1: c.node.y1 - MARGIN - c.height,
        y2: c.node.y1 - MARGIN,
      };
    case 'right':
      return {
        x1: c.node.x2 + MARGIN,
        x2: c.node.x2 + MARGIN + c.width,
        y1: cy - c.height / 2,
        y2: cy + c.height / 2,
      };
    case 'left':
      return {
        x1: c.node.x1 - MARGIN - c.width,
        x2: c.node.x1 - MARGIN,
        y1: cy - c.height / 2,
        y2: cy + c.height / 2,
      };
  }
}

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A uniform grid of placed boxes, so that each test looks at a few neighbours, not at all. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private *keys(box: Box) {
    for (let gx = Math.floor(box.x1 / this.size); gx <= Math.floor(box.x2 / this.size); gx++) {
      for (let gy = Math.floor(box.y1 / this.size); gy <= Math.floor(box.y2 / this.size); gy++)
        yield `${gx},${gy}`;
    }
  }

  add(box: Box) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box, except?: Box) {
    for (const key of this.keys(box)) {
      for (const placed of this.cells.get(key) ?? [])
        if (placed !== except && overlaps(placed, box)) return true;
    }
    return false;
  }
}

/**
 * The labels that fit and their sides, greedily by priority: each takes the first side where it
 * covers no placed label and no other node, and stays within the bounds (the canvas). Forced ones
 * always go below, and block the rest.
 */
export function labelsThatFit(
  candidates: readonly LabelCandidate[],
  bounds?: Box,
  gap = 2,
): Map<string, Side> {
  const inside = (b: Box) =>
    !bounds || (b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2);
  const padded = (b: Box): Box => ({ x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap });
  const labels = new BoxGrid(64);
  const nodes = new BoxGrid(64);
  for (const c of candidates) nodes.add(c.node);
  const chosen = new Map<string, Side>();
  const rank = (c: LabelCandidate) => (c.forced ? Number.MAX_SAFE_INTEGER : c.priority);
  const order = [...candidates].sort((a, b) => rank(b) - rank(a));
  for (const c of order) {
    const sides: readonly Side[] = c.forced ? ['bottom'] : SIDES;
    const side = sides.find((s) => {
      const box = padded(labelBox(c, s));
      return c.forced || (inside(box) && !labels.hits(box) && !nodes.hits(box, c.node));
    });
    if (!side) continue;
    labels.add(padded(labelBox(c, side)));
    chosen.set(c.id, side);
  }
  return chosen;
}
