import { describe, expect, it } from 'vitest';
import { findFigures, mergeFigures } from '../../../src/ingest/events/figures.js';
import { tokenize } from '../../../src/ingest/text/tokens.js';

const figures = (s: string) => {
  const tokens = tokenize(s);
  return findFigures(tokens, 0, tokens.length).map((f) => [f.kind, f.value]);
};

describe('event figures', () => {
  it('reads tolls before and after their verb', () => {
    expect(figures('The shelling killed at least 12 people and wounded 30 others.')).toEqual([
      ['killed', 12],
      ['injured', 30],
    ]);
    expect(figures('Four people were killed and six people were injured.')).toEqual([
      ['killed', 4],
      ['injured', 6],
    ]);
    expect(figures('Police said 23 people had been arrested.')).toEqual([['arrested', 23]]);
    expect(figures('The death toll had risen to 31 by evening.')).toEqual([['killed', 31]]);
    expect(figures("The toll from Monday's quake in the east rose to 73 on Tuesday.")).toEqual([
      ['killed', 73],
    ]);
  });

  it('reads money and ignores vague counts and years', () => {
    expect(figures('The regulator imposed a $40 million fine.')).toEqual([['amount', 40_000_000]]);
    expect(figures('Hundreds were killed in 2014.')).toEqual([]);
  });

  it('keeps the highest figure of each kind across reports', () => {
    const merged = mergeFigures([
      { kind: 'killed', value: 27, text: '27' },
      { kind: 'killed', value: 31, text: '31' },
      { kind: 'injured', value: 40, text: '40' },
    ]);
    expect(merged.map((f) => [f.kind, f.value])).toEqual([
      ['killed', 31],
      ['injured', 40],
    ]);
  });
});
