import { describe, expect, it } from 'vitest';
import { labelBox, labelsThatFit, overlaps, type LabelCandidate } from '../../src/explorer/client/labels.js';

const node = (
  id: string,
  x: number,
  y: number,
  priority: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  node: { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 },
  width: 80,
  height: 14,
  priority,
  ...extra,
});

describe('which labels fit', () => {
  it('labels every node of a sparse graph, below it', () => {
    const shown = labelsThatFit([node('a', 0, 0, 1), node('b', 200, 0, 1), node('c', 0, 200, 1)]);
    expect([...shown]).toEqual([
      ['a', 'bottom'],
      ['b', 'bottom'],
      ['c', 'bottom'],
    ]);
  });

  it('moves a label to another side before dropping it, and drops it when no side is free', () => {
    // b sits just below a: a's label cannot go below, so it goes above.
    const pair = labelsThatFit([node('a', 0, 0, 2), node('b', 0, 20, 1)]);
    expect(pair.get('a')).toBe('top');
    expect(pair.get('b')).toBe('bottom');
    // Nine on one spot: one label per side at most, the most important first, below.
    const crowd = labelsThatFit(Array.from({ length: 9 }, (_, i) => node(`n${i}`, i, i, i)));
    expect(crowd.size).toBeLessThanOrEqual(4);
    expect(crowd.get('n8')).toBe('bottom');
    expect(crowd.has('n0')).toBe(false);
  });

  it('never lets two chosen labels overlap, nor cover another node, nor leave the bounds', () => {
    const candidates = Array.from({ length: 120 }, (_, i) =>
      node(`n${i}`, (i * 97) % 900, (i * 61) % 700, i % 7),
    );
    const bounds = { x1: 0, y1: 0, x2: 900, y2: 700 };
    const shown = labelsThatFit(candidates, bounds);
    expect(shown.size).toBeGreaterThan(30);
    const placed = candidates
      .filter((c) => shown.has(c.id))
      .map((c) => ({ c, box: labelBox(c, shown.get(c.id)!) }));
    for (const [i, a] of placed.entries()) {
      expect(a.box.x1 >= 0 && a.box.y1 >= 0 && a.box.x2 <= 900 && a.box.y2 <= 700).toBe(true);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.c.id} ${b.c.id}`).toBe(false);
      for (const other of candidates) if (other !== a.c) expect(overlaps(a.box, other.node)).toBe(false);
    }
  });

  it('always shows a forced label (the selected node), and keeps others off it', () => {
    const big = node('big', 0, 0, 100);
    const picked = node('picked', 1, 1, 0, { forced: true });
    const shown = labelsThatFit([big, picked]);
    expect(shown.get('picked')).toBe('bottom');
    expect(shown.get('big')).toBeDefined();
    expect(overlaps(labelBox(big, shown.get('big')!), labelBox(picked, 'bottom'))).toBe(false);
  });
});
