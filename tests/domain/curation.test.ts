/** The curation log applied to documents (pure), on a small document of our own. */
import { describe, expect, it } from 'vitest';
import { applyCuration, type CurationOp } from '../../src/domain/curation.js';
import type { ExtractionDocument } from '../../src/domain/document.js';
import { validateDocument } from '../../src/store/validate-document.js';

function doc(): ExtractionDocument {
  return {
    articles: [
      {
        id: 'art_1',
        title: 'Councillor Quill Opens the Ferry Pier',
        publishedAt: '2032-04-01',
        captions: [],
        paragraphs: [
          'Councillor Arno Quill opened the pier. "It is ours," Quill said of the pier at Brindle.',
        ],
      },
      {
        id: 'art_2',
        title: 'Quill Praised',
        publishedAt: '2032-04-02',
        captions: [],
        paragraphs: ['The ferry guild praised A. Quill for the pier.'],
      },
      {
        id: 'art_3',
        title: 'Skipper Speaks',
        publishedAt: null,
        captions: [],
        paragraphs: ['Skipper Bo Quill, no relation, said the pier leaks.'],
      },
    ],
    entities: [
      { id: 'per_arno_quill', type: 'Person', name: 'Arno Quill', aliases: ['Quill'] },
      {
        id: 'per_a_quill',
        type: 'Person',
        name: 'A. Quill',
        aliases: [],
        roles: [{ title: 'Councillor', of: 'plc_brindle' }],
      },
      { id: 'per_bo_quill', type: 'Person', name: 'Bo Quill', aliases: ['Skipper'] },
      { id: 'org_guild', type: 'Organization', name: 'Ferry Guild', aliases: [] },
      { id: 'plc_brindle', type: 'Place', name: 'Brindle', aliases: [] },
    ],
    mentions: [
      { articleId: 'art_1', entityId: 'per_arno_quill', count: 2 },
      { articleId: 'art_1', entityId: 'per_a_quill', count: 1 },
      { articleId: 'art_1', entityId: 'plc_brindle', count: 1 },
      { articleId: 'art_2', entityId: 'per_a_quill', count: 1 },
      { articleId: 'art_2', entityId: 'org_guild', count: 1 },
      { articleId: 'art_3', entityId: 'per_bo_quill', count: 1 },
    ],
    statements: [
      {
        id: 'stm_1',
        articleId: 'art_1',
        speakerId: 'per_arno_quill',
        text: 'It is ours',
        kind: 'direct',
        cue: 'said',
        aboutIds: ['plc_brindle'],
        paragraph: 0,
      },
      {
        id: 'stm_2',
        articleId: 'art_2',
        speakerId: 'org_guild',
        text: 'A. Quill for the pier',
        kind: 'reported',
        cue: 'praised',
        stance: 'praise',
        aboutIds: ['per_a_quill', 'per_arno_quill'],
        paragraph: 0,
      },
      {
        id: 'stm_3',
        articleId: 'art_3',
        speakerId: 'per_bo_quill',
        text: 'the pier leaks',
        kind: 'reported',
        cue: 'said',
        aboutIds: ['plc_brindle'],
        paragraph: 0,
      },
    ],
    events: [
      {
        id: 'evt_opening',
        type: 'meeting',
        name: 'Brindle pier opening',
        date: '2032-04-01',
        actorIds: ['per_a_quill'],
        targetIds: [],
        participantIds: ['per_a_quill'],
        placeIds: ['plc_brindle'],
        countryIds: [],
        figures: [],
        articleIds: ['art_1'],
        mentions: [],
      },
    ],
  };
}

const merge: CurationOp = {
  op: 'mergeEntities',
  into: 'per_arno_quill',
  intoName: 'Arno Quill',
  intoType: 'Person',
  from: ['per_a_quill'],
};

describe('applyCuration', () => {
  it('merges: references renamed, mention counts added, subjects once, names and roles kept', () => {
    const out = applyCuration(doc(), [merge]);
    validateDocument(out);
    expect(out.entities.map((e) => e.id)).not.toContain('per_a_quill');
    const arno = out.entities.find((e) => e.id === 'per_arno_quill')!;
    expect(arno).toMatchObject({ name: 'Arno Quill', aliases: ['Quill', 'A. Quill'] });
    expect(arno.roles).toEqual([{ title: 'Councillor', of: 'plc_brindle' }]);
    expect(out.mentions.filter((m) => m.articleId === 'art_1' && m.entityId === 'per_arno_quill')).toEqual([
      { articleId: 'art_1', entityId: 'per_arno_quill', count: 3 },
    ]);
    expect(out.statements.find((s) => s.id === 'stm_2')!.aboutIds).toEqual(['per_arno_quill']);
    expect(out.events[0]!.actorIds).toEqual(['per_arno_quill']);
  });

  it('merges in a batch that holds only the merged entity, under the name the log recorded', () => {
    const batch = doc();
    batch.entities = batch.entities.filter((e) => e.id !== 'per_arno_quill');
    batch.articles = batch.articles.filter((a) => a.id === 'art_2');
    batch.mentions = batch.mentions.filter((m) => m.articleId === 'art_2');
    batch.statements = batch.statements
      .filter((s) => s.articleId === 'art_2')
      .map((s) => ({ ...s, aboutIds: ['per_a_quill'] }));
    batch.events = [];
    const out = applyCuration(batch, [merge]);
    expect(out.entities.find((e) => e.id === 'per_arno_quill')).toMatchObject({
      name: 'Arno Quill',
      aliases: ['A. Quill'],
    });
  });

  it('adds and removes aliases, never the own name, once each', () => {
    const out = applyCuration(doc(), [
      { op: 'addAlias', entity: 'per_bo_quill', name: 'Captain Bo' },
      { op: 'addAlias', entity: 'per_bo_quill', name: 'captain bo' },
      { op: 'addAlias', entity: 'per_bo_quill', name: 'Bo Quill' },
      { op: 'removeAlias', entity: 'per_bo_quill', name: 'SKIPPER' },
    ]);
    expect(out.entities.find((e) => e.id === 'per_bo_quill')!.aliases).toEqual(['Captain Bo']);
  });

  it('splits an alias off: it takes the articles that use it and none of the other names', () => {
    const input = doc();
    input.entities[2] = { ...input.entities[2]!, aliases: ['Skipper', 'Quill'] };
    input.articles[1] = {
      ...input.articles[1]!,
      paragraphs: ['The ferry guild praised Quill.'],
      title: 'Praise',
    };
    input.mentions.push({ articleId: 'art_2', entityId: 'per_bo_quill', count: 1 });
    const out = applyCuration(input, [
      { op: 'splitAlias', entity: 'per_bo_quill', name: 'Quill', newId: 'per_quill', type: 'Person' },
    ]);
    validateDocument(out);
    expect(out.entities.find((e) => e.id === 'per_quill')).toEqual({
      id: 'per_quill',
      type: 'Person',
      name: 'Quill',
      aliases: [],
    });
    expect(out.entities.find((e) => e.id === 'per_bo_quill')!.aliases).toEqual(['Skipper']);
    // art_2 says "Quill" alone: its mention moves; art_3 names Bo Quill too: it stays.
    expect(out.mentions.filter((m) => m.entityId === 'per_quill').map((m) => m.articleId)).toEqual(['art_2']);
    expect(out.statements.find((s) => s.id === 'stm_3')!.speakerId).toBe('per_bo_quill');
  });

  it('deletes an article with its statements, mentions, the events it alone reported and what only it held', () => {
    const out = applyCuration(doc(), [{ op: 'deleteArticle', id: 'art_1' }]);
    validateDocument(out);
    expect(out.articles.map((a) => a.id)).toEqual(['art_2', 'art_3']);
    expect(out.statements.map((s) => s.id)).toEqual(['stm_2', 'stm_3']);
    expect(out.events).toEqual([]);
    // Arno Quill is still spoken about in art_2; Brindle still spoken about in art_3.
    expect(out.entities.map((e) => e.id).sort()).toEqual([
      'org_guild',
      'per_a_quill',
      'per_arno_quill',
      'per_bo_quill',
      'plc_brindle',
    ]);
    const alone = applyCuration(doc(), [{ op: 'deleteArticle', id: 'art_3' }]);
    expect(alone.entities.map((e) => e.id)).not.toContain('per_bo_quill');
  });

  it('leaves a document that holds none of what an operation names as it was', () => {
    const input = doc();
    const ops: CurationOp[] = [
      { op: 'deleteArticle', id: 'art_elsewhere' },
      { op: 'addAlias', entity: 'per_elsewhere', name: 'X' },
      { ...merge, from: ['per_elsewhere'] },
    ];
    expect(applyCuration(input, ops)).toEqual(doc());
  });
});
