import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/store/load-plan.js';
import { fixture } from './fixture.js';

describe('load plan', () => {
  it('gives every load statement exactly the columns it reads', () => {
    const steps = loadPlan(fixture(), 7);
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) {
      const read = new Set([...step.cypher.matchAll(/\brow\.(\w+)/g)].map((m) => m[1]));
      for (const row of step.rows) expect({ phase: step.phase, columns: new Set(Object.keys(row)) }).toEqual({ phase: step.phase, columns: read });
    }
  });

  it('writes relationships once each, even when the document repeats one', () => {
    const doc = fixture();
    const statement = doc.statements.find((s) => s.aboutIds.length)!;
    statement.aboutIds = [...statement.aboutIds, statement.aboutIds[0]!];
    const about = loadPlan(doc, 1).find((s) => s.phase === 'ABOUT')!;
    const pairs = about.rows.map((r) => `${r.from}>${r.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
