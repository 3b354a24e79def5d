/**
 * Entity resolution as one step, with its evidence (src/ingest/entities). Every paragraph here is
 * invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';

const people = (doc: ReturnType<typeof run>) =>
  doc.entities
    .filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('descriptors before a name', () => {
  it('a party word, a verb form or a lower-case word before a full name is no part of it', () => {
    const doc = run(
      ['Maria Lindqvist spoke in Tarnby on Monday.', 'Democrat Maria Lindqvist said the vote was close.'],
      ['Hammering Maria Lindqvist on taxes, her rival said the plan would fail.'],
      [
        'The rally cheered Secretary of State Maria Lindqvist as she arrived.',
        'She said the talks went well.',
      ],
    );
    expect(people(doc)).toEqual(['Maria Lindqvist']);
  });

  it('keeps an organisation whose name opens with such a word', () => {
    const doc = run(['Leading Edge Partners said profits rose.', 'Leading Edge Partners hired 40 people.']);
    expect(doc.entities.map((e) => e.name)).toContain('Leading Edge Partners');
  });
});

describe('alias evidence', () => {
  it('keeps the rule and the articles of each alias', () => {
    const doc = run(
      ['Tomas Ekholm said the budget would pass.', 'Ekholm added that taxes would not rise.'],
      ['Ekholm said on Friday that the vote was delayed.'],
    );
    const ekholm = doc.entities.find((e) => e.name === 'Tomas Ekholm')!;
    expect(ekholm.aliasEvidence).toEqual([
      expect.objectContaining({ name: 'Ekholm', rule: 'surname', articles: ['art_0', 'art_1'] }),
    ]);
  });

  it('never gives one person a single word that two people claim', () => {
    const doc = run(
      ['Ada Lindqvist said the port would open.', 'Ada Moreau said it would not.'],
      ['Ada said the port was shut.'],
    );
    for (const e of doc.entities) expect(e.aliases).not.toContain('Ada');
  });
});

describe('people who share a name', () => {
  it('keep a father and a son apart (Jr.), and two middle initials apart', () => {
    const doc = run(
      ['Peter Okonkwo Jr. said the firm would grow.', 'Peter Okonkwo said his son was right.'],
      ['Harold J.K. Voss said the bridge would open.', 'Harold T. Voss said it would not.'],
      ['Harold Voss spoke last.'],
    );
    const names = people(doc);
    expect(names).toContain('Peter Okonkwo Jr.');
    expect(names).toContain('Peter Okonkwo');
    expect(names).toContain('Harold J.K. Voss');
    expect(names).toContain('Harold T. Voss');
    expect(doc.entities.find((e) => e.name === 'Peter Okonkwo')!.aliases).not.toContain('Peter Okonkwo Jr.');
  });

  it('join a formal name with its suffix to the same name with the same initials', () => {
    const doc = run(['Samuel T. Arendt Jr. said the port would open.', 'Samuel T. Arendt said it again.']);
    expect(people(doc)).toHaveLength(1);
  });
});

describe('junk', () => {
  it('a time zone is no entity', () => {
    const doc = run([
      'The polls in Tarnby close at 8 p.m. EDT, officials said.',
      'Counting starts at 9 p.m. GMT.',
    ]);
    expect(doc.entities.map((e) => e.name)).not.toContain('EDT');
    expect(doc.entities.map((e) => e.name)).not.toContain('GMT');
  });
});

describe('a name written shorter', () => {
  it('two words ending exactly one longer name are that person', () => {
    const doc = run(
      ['Luis Ortega Salinas said the border would stay open.'],
      ['Ortega Salinas said on Friday that trade would grow.'],
    );
    expect(people(doc)).toEqual(['Luis Ortega Salinas']);
  });

  it('a bare surname goes to the person of that name the corpus names most', () => {
    const doc = run(
      ['Maria Halvorsen said the bill would pass.', 'Mrs. Halvorsen added that it was urgent.'],
      ['Maria Halvorsen spoke again.', 'Ms. Halvorsen said the vote was set.'],
      ['Erik Halvorsen, her brother, said little.'],
      ['President Halvorsen said the bill had passed.'],
    );
    expect(people(doc)).toEqual(['Erik Halvorsen', 'Maria Halvorsen']);
  });
});

describe('places of one name', () => {
  it('in different states are different places, and a later bare name is the one the article placed', () => {
    const doc = run(
      ['The candidate spoke in Milford, N.H., on Monday.', 'Voters in Milford cheered.'],
      ['A factory in Milford, Ill., closed on Friday.'],
    );
    const places = doc.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toContain('Milford, N.H.');
    expect(places).toContain('Milford, Ill.');
    expect(places).not.toContain('Milford');
  });
});

describe('a bare place name', () => {
  it('is the place the corpus writes with a region, when it writes only one', () => {
    const doc = run(['Flooding hit Dunmore, Pa., on Monday.'], ['Residents of Dunmore returned home.']);
    expect(doc.entities.filter((e) => e.type === 'Place').map((e) => e.name)).not.toContain('Dunmore');
  });
});

describe('words that are no name alone', () => {
  it('a party or direction word alone is no entity, but a titled surname is', () => {
    const doc = run(
      ['The Republican said the bill would pass.', 'Western leaders met in Tarnby.'],
      ['Mr. West said the port would open.'],
    );
    const names = doc.entities.map((e) => e.name);
    expect(names).not.toContain('Republican');
    expect(names).not.toContain('Western');
    expect(names).toContain('West');
  });
});
