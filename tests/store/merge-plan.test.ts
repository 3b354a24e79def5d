import { describe, expect, it } from 'vitest';
import {
  emptyState,
  fingerprint,
  mergePlan,
  splitBatch,
  type GraphState,
  type StoredArticle,
} from '../../src/store/merge-plan.js';
import { keysOf, listColumns, patchList, storedList } from '../../src/store/page-lists.js';
import { InvalidDocumentError, validateDocument } from '../../src/store/validate-document.js';
import { foldKey } from '../../src/store/text-keys.js';
import { fixture } from './fixture.js';

const columnsRead = (cypher: string) => new Set([...cypher.matchAll(/\brow\.(\w+)/g)].map((m) => m[1]));

/** The fixture as a graph state: what the store would read back after loading it in generation 1. */
function storedFixture(): GraphState {
  const doc = fixture();
  const articles = new Map<string, StoredArticle>(
    doc.articles.map((a, seq) => [
      a.id,
      {
        id: a.id,
        contentHash: fingerprint(a),
        seq,
        statements: doc.statements.filter((s) => s.articleId === a.id),
        mentionIds: doc.mentions.filter((m) => m.articleId === a.id).map((m) => m.entityId),
      },
    ]),
  );
  const entities = new Map(
    doc.entities.map((e) => [
      e.id,
      {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        aliasEvidence: e.aliasEvidence ?? [],
        keys: [e.name, ...e.aliases].map(foldKey),
        roleTitles: [],
        roles: [],
        code: e.code ?? null,
        date: null,
        articleIds: null,
        participantIds: [],
        placeIds: [],
      },
    ]),
  );
  return { gen: 1, nextSeq: 2, articles, copies: new Map(), entities, lists: new Map() };
}

describe('merge plan', () => {
  it('gives every write statement exactly the columns it reads, for a new graph and for a merge', () => {
    const changed = fixture();
    changed.articles[0]!.paragraphs = ['Para one, rewritten.'];
    for (const plan of [mergePlan(fixture(), emptyState(7)), mergePlan(changed, storedFixture())]) {
      expect(plan.steps.length).toBeGreaterThan(5);
      for (const step of plan.steps) {
        const read = columnsRead(step.cypher);
        for (const row of step.rows)
          expect({ phase: step.phase, columns: new Set(Object.keys(row)) }).toEqual({
            phase: step.phase,
            columns: read,
          });
      }
    }
  });

  it('writes relationships once each, even when the document repeats one', () => {
    const doc = fixture();
    const statement = doc.statements.find((s) => s.aboutIds.length)!;
    statement.aboutIds = [...statement.aboutIds, statement.aboutIds[0]!];
    const about = mergePlan(doc, emptyState(1)).steps.find((s) => s.phase === 'ABOUT')!;
    const pairs = about.rows.map((r) => `${r.from}>${r.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('splits a batch into new, changed and unchanged articles, keeping what the kept ones need', () => {
    const state = storedFixture();
    const doc = fixture();
    doc.articles[0]!.paragraphs = ['Para one, rewritten.'];
    doc.articles.push({ id: 'art_c', title: 'New', publishedAt: null, captions: [], paragraphs: ['Hello.'] });
    const split = splitBatch(doc, state.articles);
    expect([split.added, split.updated, split.unchanged]).toEqual([['art_c'], ['art_b'], ['art_a']]);
    expect(split.doc.statements.map((s) => s.id)).toEqual(['stm_1', 'stm_2', 'stm_3']);
    // Lindqvist's role names Sweden: it comes along although no kept statement is about it alone.
    expect(split.doc.entities.map((e) => e.id).sort()).toEqual(['cty_swe', 'cty_tur', 'per_lindqvist']);
    expect(split.doc.events).toEqual([]);
  });

  it('writes nothing new for an unchanged entity, and only the new names of a known one', () => {
    const state = storedFixture();
    const doc = fixture();
    doc.articles = [
      { id: 'art_c', title: 'New', publishedAt: '2031-04-01', captions: [], paragraphs: ['x'] },
    ];
    doc.statements = [{ ...doc.statements[0]!, id: 'stm_c', articleId: 'art_c' }];
    doc.mentions = [{ articleId: 'art_c', entityId: 'per_lindqvist', count: 1 }];
    doc.events = [];
    doc.entities = doc.entities.filter((e) => ['per_lindqvist', 'cty_tur', 'cty_swe'].includes(e.id));
    doc.entities[0] = { ...doc.entities[0]!, aliases: ['Lindqvist', 'M. Lindqvist'], roles: [] };
    const plan = mergePlan(doc, state);
    const phases = plan.steps.map((s) => s.phase);
    expect(phases).not.toContain('Person nodes');
    expect(plan.steps.find((s) => s.phase === 'entity updates')!.rows).toMatchObject([
      { key: '1:per_lindqvist', aliases: ['Lindqvist', 'M. Lindqvist'] },
    ]);
    expect(plan.steps.find((s) => s.phase === 'name keys')!.rows.map((r) => r.name)).toEqual([
      'm. lindqvist',
    ]);
    // The new article takes the next sequence number.
    expect(plan.nextSeq).toBe(3);
    expect(plan.steps.find((s) => s.phase === 'Article nodes')!.rows[0]).toMatchObject({
      seq: 2,
      sortKey: '2031-04-01|0000002',
    });
  });
});

describe('patching a list', () => {
  const list = { ids: ['a', 'c', 'e'], keys: ['1', '3', '5'] };

  it('inserts new items in key order and drops removed ones', () => {
    expect(
      patchList(list, new Set(['c']), [
        { id: 'f', key: '6' },
        { id: 'b', key: '2' },
        { id: 'd', key: '4' },
      ]),
    ).toEqual({
      ids: ['a', 'b', 'd', 'e', 'f'],
      keys: ['1', '2', '4', '5', '6'],
    });
  });

  it('does not add an item twice, and keeps counts parallel', () => {
    const counted = { ids: ['x'], keys: ['2'], counts: [4] };
    expect(
      patchList(counted, new Set(), [
        { id: 'x', key: '2', count: 9 },
        { id: 'w', key: '1', count: 1 },
      ]),
    ).toEqual({
      ids: ['w', 'x'],
      keys: ['1', '2'],
      counts: [1, 4],
    });
  });
});

describe('storing a list', () => {
  const said = 'list_said';

  it('keeps the keys as one string and reads them back in order', () => {
    const columns = listColumns(said, { ids: ['stm_b', 'stm_a'], keys: ['2031-01-02|1', '2031-01-03|2'] });
    expect(typeof columns[keysOf(said)]).toBe('string');
    expect(storedList(columns, said)).toEqual({
      ids: ['stm_b', 'stm_a'],
      keys: ['2031-01-02|1', '2031-01-03|2'],
    });
    expect(storedList(listColumns(said, { ids: [], keys: [] }), said)).toEqual({ ids: [], keys: [] });
  });

  it('still reads the keys of a graph that stored them as a list', () => {
    expect(storedList({ [said]: ['stm_a'], [keysOf(said)]: ['2031-01-03|2'] }, said).keys).toEqual([
      '2031-01-03|2',
    ]);
  });

  it('refuses a publication date with a control character, which would split its sort key', () => {
    const doc = fixture();
    doc.articles[0] = { ...doc.articles[0]!, publishedAt: '2031-03-04\u001f9' };
    expect(() => validateDocument(doc)).toThrow(InvalidDocumentError);
  });
});
