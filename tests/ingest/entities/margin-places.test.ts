import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/document.js';
import { captionText } from '../../../src/ingest/entities/margin-places.js';
import { extract } from '../../../src/ingest/index.js';

const article = (extra: Partial<ArticleDoc>, paragraphs: string[]): ArticleDoc => ({
  id: 'art_a',
  title: 'Story',
  publishedAt: '2031-03-06',
  captions: [],
  paragraphs,
  ...extra,
});
const places = (a: ArticleDoc) => {
  const doc = extract([a]);
  return doc.entities.filter((e) => e.type === 'Place').map((e) => [e.name, e.locatedIn ?? null]);
};

describe('places outside the body', () => {
  it('cuts the credit off a caption', () => {
    expect(captionText('Rescuers dig in Varnel, Chile, on Tuesday. (AP Photo/Ana Ruiz)')).toBe(
      'Rescuers dig in Varnel, Chile, on Tuesday.',
    );
    expect(captionText('A rally in Oslo, Norway, May 2, 2031. Stringer/NTB via Reuters')).toBe(
      'A rally in Oslo, Norway, May 2, 2031.',
    );
    expect(captionText('Firefighters at the site in Varnel. EPA/ANA RUIZ')).toBe(
      'Firefighters at the site in Varnel.',
    );
  });

  it('takes the places of captions, in the country the caption names, and no photographer', () => {
    const a = article(
      { captions: ['Residents gather in Quelmar, in northern Chile, on Monday. (AP Photo/Tomas Ibarra)'] },
      ['Residents said the water had been cut for a week, the worst shortage in Chile this year.'],
    );
    expect(places(a)).toEqual([['Quelmar', 'cty_chl']]);
    expect(extract([a]).entities.some((e) => e.name === 'Tomas Ibarra')).toBe(false);
  });

  it("takes the dateline's place, with its country", () => {
    // A place links to a country the article names.
    expect(places(article({ dateline: { place: 'OSLO' } }, ['Prices rose in Norway.']))).toEqual([
      ['Oslo', 'cty_nor'],
    ]);
    expect(
      places(article({ dateline: { place: 'PORT ALDER, Canada' } }, ['Prices rose in Canada.'])),
    ).toEqual([['Port Alder', 'cty_can']]);
  });

  it('keeps the decision the body made about a name a caption repeats', () => {
    const a = article({ captions: ['Workers of Quelmar Mining leave the plant. (AP Photo/Tomas Ibarra)'] }, [
      'Quelmar Mining said output fell, and Quelmar Mining workers walked out.',
    ]);
    expect(places(a)).toEqual([]);
  });

  it('reads a region by its adjective before a land noun', () => {
    expect(
      places(
        article({}, ['Tanks were seen leaving the Crimean peninsula, which Russia seized from Ukraine.']),
      ),
    ).toEqual([['Crimea', 'cty_ukr']]);
  });
});
