import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  belowThresholds,
  findSets,
  meanScores,
  parseArgs,
  parseThresholds,
  readBlindList,
  selectSets,
} from '../../scripts/heldout-sets.js';
import { parseScoreLine } from '../../scripts/scoring.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function evalRoot(sets: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-sets-'));
  dirs.push(root);
  for (const [name, files] of Object.entries(sets)) {
    mkdirSync(join(root, name));
    for (const f of files) writeFileSync(join(root, name, f), '{}');
  }
  return root;
}

describe('findSets', () => {
  it('keeps folders with both files, in natural order', () => {
    const both = ['articles.txt', 'gold.json'];
    const root = evalRoot({
      heldout10: both,
      heldout: both,
      heldout2: both,
      drafts: ['articles.txt'],
      goldonly: ['gold.json'],
    });
    expect(findSets(root).map((s) => s.name)).toEqual(['heldout', 'heldout2', 'heldout10']);
    expect(findSets(root)[0]?.gold).toBe(join(root, 'heldout', 'gold.json'));
  });

  it('finds nothing under a missing folder', () => {
    expect(findSets(join(tmpdir(), 'kg-no-such-root-xyz'))).toEqual([]);
  });
});

describe('command line', () => {
  it('reads thresholds, a set list, a root and verbosity', () => {
    const o = parseArgs([
      '--min',
      'entities_f1=0.9,statements_f1=.85',
      '--only=a,b',
      '--skip',
      'c',
      '--root',
      'x',
      '--verbose',
    ]);
    expect(o).toEqual({
      root: 'x',
      only: ['a', 'b'],
      skip: ['c'],
      verbose: true,
      min: { entities_f1: 0.9, statements_f1: 0.85 },
    });
  });

  it('rejects malformed thresholds and unknown flags', () => {
    expect(() => parseThresholds('entities_f1')).toThrow(/metric=value/);
    expect(() => parseThresholds('entities_f1=high')).toThrow(/metric=value/);
    expect(() => parseArgs(['--max', 'x=1'])).toThrow(/unknown argument/);
    expect(() => parseArgs(['--min'])).toThrow(/needs a value/);
  });

  it('--only and --skip select sets; naming a missing set is an error', () => {
    const set = (name: string) => ({ name, corpus: `${name}/articles.txt`, gold: `${name}/gold.json` });
    const sets = [set('a'), set('b'), set('c')];
    expect(selectSets(sets, ['a', 'c']).map((s) => s.name)).toEqual(['a', 'c']);
    expect(selectSets(sets, null, ['b']).map((s) => s.name)).toEqual(['a', 'c']);
    expect(selectSets(sets, ['a', 'b'], ['b']).map((s) => s.name)).toEqual(['a']);
    expect(() => selectSets(sets, ['a', 'zz'])).toThrow(/--only: no set named zz/);
    expect(() => selectSets(sets, null, ['yy'])).toThrow(/--skip: no set named yy/);
  });
});

describe('blind sets (eval/blind.json)', () => {
  const set = (name: string) => ({ name, corpus: `${name}/articles.txt`, gold: `${name}/gold.json` });
  const sets = [set('old'), set('new1'), set('new2')];

  it('reads the list; no file means no blind set', () => {
    const root = evalRoot({});
    expect(readBlindList(root)).toEqual([]);
    writeFileSync(join(root, 'blind.json'), '["new1", "new2"]');
    expect(readBlindList(root)).toEqual(['new1', 'new2']);
  });

  it('rejects a file that is not a JSON list of names, naming the file', () => {
    const root = evalRoot({});
    const file = join(root, 'blind.json');
    writeFileSync(file, '["new1",');
    expect(() => readBlindList(root)).toThrow(`${file}: not valid JSON`);
    writeFileSync(file, '{"sets": ["new1"]}');
    expect(() => readBlindList(root)).toThrow(`${file}: expected a JSON list of set names`);
    writeFileSync(file, '["new1", 2]');
    expect(() => readBlindList(root)).toThrow(/expected a JSON list/);
  });

  it('leaves blind sets out by default and scores them only when --only names them', () => {
    const blind = ['new1', 'new2'];
    expect(selectSets(sets, null, [], blind).map((s) => s.name)).toEqual(['old']);
    expect(selectSets(sets, ['new1'], [], blind).map((s) => s.name)).toEqual(['new1']);
    expect(selectSets(sets, ['old', 'new2'], ['old'], blind).map((s) => s.name)).toEqual(['new2']);
    expect(() => selectSets(sets, null, [], ['new3'])).toThrow(/blind\.json: no set named new3/);
  });

  it("the repository's blind list names sets that exist, and keeps them out of a default run", () => {
    const found = findSets('eval');
    const blind = readBlindList('eval');
    const names = selectSets(found, null, [], blind).map((s) => s.name);
    for (const name of blind) expect(names).not.toContain(name);
    expect(names.length).toBe(found.length - blind.length);
  });
});

describe('scores', () => {
  it('reads the last SCORE line', () => {
    const out =
      'Person P=1.00\nSCORE entities_f1=0.50 event_splits=2\nSCORE entities_f1=0.75 attribution=1.00\n';
    expect(parseScoreLine(out)).toEqual({ entities_f1: 0.75, attribution: 1 });
    expect(parseScoreLine('Traceback (most recent call last):\n')).toBeNull();
  });

  it('averages each metric and flags the ones below their floor', () => {
    const mean = meanScores([
      { entities_f1: 1, statements_f1: 0.8 },
      { entities_f1: 0.5, statements_f1: 1 },
    ]);
    expect(mean.entities_f1).toBeCloseTo(0.75);
    expect(mean.statements_f1).toBeCloseTo(0.9);
    expect(belowThresholds(mean, { entities_f1: 0.8, statements_f1: 0.9 })).toEqual([
      'entities_f1: mean 0.75 < 0.8',
    ]);
    expect(belowThresholds(mean, { about_f1: 0.1 })).toEqual(['about_f1: not reported by the scorer']);
  });
});
