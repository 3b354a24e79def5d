import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/document.js';
import { kindOfWord } from '../../../src/ingest/events/kinds.js';
import { extract } from '../../../src/ingest/index.js';

const article = (
  id: string,
  title: string,
  publishedAt: string | null,
  paragraphs: string[],
): ArticleDoc => ({
  id,
  title,
  publishedAt,
  captions: [],
  paragraphs,
});

describe('event kinds from WordNet', () => {
  it('reaches a kind through hypernyms, for words no table lists', () => {
    expect(kindOfWord('slew', 'v')?.kind).toBe('killing');
    expect(kindOfWord('gun down', 'v')?.kind).toBe('shooting');
    expect(kindOfWord('buy out', 'v')?.kind).toBe('acquisition');
    expect(kindOfWord('acquires', 'v')?.kind).toBe('acquisition');
    expect(kindOfWord('quake', 'n')?.kind).toBe('disaster');
    expect(kindOfWord('hired', 'v')?.kind).toBe('appointment');
    expect(kindOfWord('escaped', 'v')?.kind).toBe('escape');
  });

  it('keeps the lemma of an eventive verb of no kind, and gives none to saying or being', () => {
    expect(kindOfWord('walked', 'v')).toMatchObject({ kind: 'other', lemma: 'walk' });
    expect(kindOfWord('said', 'v')).toBeNull();
    expect(kindOfWord('seems', 'v')).toBeNull();
  });
});

describe("every article's own event", () => {
  it('finds the headline event the event lexicon does not know, and names it shortly', () => {
    const doc = extract([
      article('art_a', 'Quorvant Labs acquires Brindlecore', '2031-03-06', [
        'Quorvant Labs said on Thursday it had bought the chip designer Brindlecore for $400 million.',
      ]),
    ]);
    const own = doc.events.find((e) => e.articleIds.includes('art_a'));
    expect(own?.type).toBe('acquisition');
    expect(own?.name).not.toContain('Quorvant Labs acquires Brindlecore');
    expect(own?.mentions.length).toBeGreaterThan(0);
  });

  it('merges the own events of two articles on one story, and keeps another story apart', () => {
    const doc = extract([
      article('art_a', 'Tolvar Mendes slain in Port Averin', '2031-03-06', [
        'Tolvar Mendes, 41, was shot dead outside his shop in Port Averin on Tuesday, police said.',
      ]),
      article('art_b', 'Shopkeeper killed in Port Averin', '2031-03-06', [
        'A gunman killed Tolvar Mendes in Port Averin on Tuesday night, police said.',
      ]),
      article('art_c', 'Quorvant Labs acquires Brindlecore', '2031-03-06', [
        'Quorvant Labs said on Thursday it had bought the chip designer Brindlecore for $400 million.',
      ]),
    ]);
    const shared = doc.events.filter((e) => e.articleIds.includes('art_a') && e.articleIds.includes('art_b'));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0]!.mergeEvidence?.length).toBeGreaterThan(0);
    expect(doc.events.some((e) => e.articleIds.includes('art_a') && e.articleIds.includes('art_c'))).toBe(
      false,
    );
  });

  it('reads "fire the coach" as a dismissal, not a blaze or a shooting', () => {
    const doc = extract([
      article('art_a', 'Marlow Hawks fire coach Edric Pell', '2031-03-06', [
        'The Marlow Hawks fired head coach Edric Pell on Wednesday after a ninth straight loss, the team said.',
      ]),
    ]);
    const own = doc.events.find((e) => e.articleIds.includes('art_a'));
    expect(own?.type).toBe('dismissal');
  });

  it("gives the own event its sentence's subject when the clause names no party", () => {
    const doc = extract([
      article('art_a', 'Kora Vane checks into rehab', null, [
        'A publicist says Kora Vane has checked herself into rehab.',
      ]),
    ]);
    const own = doc.events.find((e) => e.articleIds.includes('art_a'));
    expect(own?.type).toBe('treatment');
    expect(doc.entities.filter((e) => own?.actorIds.includes(e.id)).map((e) => e.name)).toEqual([
      'Kora Vane',
    ]);
  });

  it('reads a church going up in flames as a fire', () => {
    const doc = extract([
      article('art_a', 'Fire guts Tarnby chapel', '2031-03-06', [
        'The Grace Hill chapel in Tarnby went up in flames on Friday night, and arson is suspected.',
      ]),
    ]);
    expect(doc.events.find((e) => e.articleIds.includes('art_a'))?.type).toBe('accident');
  });

  it('takes a named law for no event, and a request to fire someone for no dismissal', () => {
    const types = (title: string, text: string) =>
      extract([article('art_a', title, '2031-03-06', [text])]).events.map((e) => e.type);
    expect(
      types(
        'Senator cites old law',
        'Senator Dara Vell on Monday cited the 1973 War Powers Act in a letter to the governor.',
      ),
    ).toEqual([]);
    expect(
      types(
        'Lawmakers want agency chief out',
        'Lawmakers asked President Mark Tolan on Monday to fire the agency chief, Ora Finch.',
      ),
    ).toEqual([]);
  });
});
