/**
 * What a name is, decided once from pooled evidence (src/ingest/entities). Every paragraph here is
 * invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { decideKind } from '../../../src/ingest/entities/evidence.js';
import { extract } from '../../../src/ingest/index.js';
import { byName, nameOf, run, said, typeOf } from '../run.js';

describe('the decision table', () => {
  it('weighs evidence by the written-down priorities, and a tie goes to the first kind listed', () => {
    expect(decideKind(['givenName', 'nameShape'])?.kind).toBe('person');
    expect(decideKind(['givenName', 'nameShape', 'organizationHead'])?.kind).toBe('organization');
    expect(decideKind(['titleBefore', 'storm'])?.kind).toBe('none');
    expect(decideKind(['definiteArticle'])).toBeNull();
  });
});

describe('names, evidence and one decision per name', () => {
  it('a name shown to be a company in one article is a company in every article', () => {
    const doc = run(
      ['Talvik, a Tallinn-based shipping company, said exports fell.'],
      ['Talvik said it would hire.'],
    );
    expect(typeOf(doc, 'Talvik')).toBe('Organization');
  });

  it('a title inside a run of capitals belongs to the words before it', () => {
    const doc = run(['Harbour Authority Chairman Ivo Mrak said the port would reopen.']);
    const ivo = byName(doc, 'Ivo Mrak')!;
    expect(ivo.type).toBe('Person');
    expect(ivo.roles).toEqual([{ title: 'Chairman', of: byName(doc, 'Harbour Authority')!.id }]);
  });

  it('a portfolio before "Minister" is part of the title, not an owner', () => {
    const doc = run(['Coastal Defence Minister Aino Lahti said the dikes held.']);
    expect(byName(doc, 'Aino Lahti')!.roles).toEqual([{ title: 'Coastal Defence Minister', of: null }]);
    expect(doc.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  it('a country before a profession is a topic, not an employer', () => {
    const doc = run(['Chile expert Rosa Nunez said copper prices would fall.']);
    expect(byName(doc, 'Rosa Nunez')!.roles).toEqual([{ title: 'expert', of: null }]);
  });

  it('one title per person: a known owner replaces an unknown one', () => {
    const doc = run(['President Lena Varga arrived.', "Estonia's President Lena Varga spoke."]);
    expect(byName(doc, 'Lena Varga')!.roles).toEqual([{ title: 'President', of: 'cty_est' }]);
  });

  it('laws, plans and capitalised adjectives are no entities', () => {
    const doc = run(['The Clean Rivers Act passed. The Baltic fleet sailed past the Crimean coast.']);
    expect(doc.entities.map((e) => e.name)).toEqual([]);
  });

  it('"Iran-backed" names Iran inside a compound word', () => {
    const doc = run(['An Iran-backed militia claimed the attack.']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Iran']);
  });

  it('a known organisation with a region after it is its regional branch', () => {
    const doc = run(['Greenpeace Africa welcomed the fund.']);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([['Organization', 'Greenpeace Africa']]);
    expect(doc.entities.some((e) => e.name === 'Africa')).toBe(false);
  });
});

describe('institutions and their owners', () => {
  it("a country's ministry by any spelling is one institution", () => {
    const doc = run([
      "Peru's fisheries ministry said catches fell.",
      'The Peruvian Fisheries Ministry later added a quota.',
    ]);
    expect(doc.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([
      'Peruvian Fisheries Ministry',
    ]);
  });

  it('"the army" and "the military" of one country are one body; "the government" is the country', () => {
    const doc = run([
      'The Chadian army said the border was calm. The military later denied any raid. The government said talks would resume.',
    ]);
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['Chad', 'Chadian Military']);
    expect(doc.statements.map((s) => byName(doc, 'Chad')!.id === s.speakerId)).toEqual([false, false, true]);
  });

  it('an abbreviated country before a name of its own is no part of that name', () => {
    const doc = run(['The US National Tsunami Center said the wave had passed.']);
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['National Tsunami Center', 'United States']);
  });
});

describe('people across a corpus', () => {
  it('a surname resolves to the person the article names in full, before the corpus', () => {
    const doc = run(
      ['Dana Keller, the governor, spoke. Keller said taxes would rise.'],
      ['Mark Keller, a farmer, spoke. Keller said rain was late.'],
    );
    const speakers = doc.statements.map((s) => doc.entities.find((e) => e.id === s.speakerId)!.name);
    expect(speakers).toEqual(['Dana Keller', 'Mark Keller']);
  });

  it('a word that is never a name alone may be a surname that speaks', () => {
    const doc = run(['Economist Paula West studied the data. "Wages are rising," West said.']);
    expect(doc.statements.map((s) => s.speakerId)).toEqual([byName(doc, 'Paula West')!.id]);
  });
});

describe('incremental ingestion', () => {
  it('names in new articles resolve against the entities the graph already holds', () => {
    const known = [
      { type: 'Person' as const, name: 'Sorin Vaduva', aliases: ['Vaduva'] },
      { type: 'Organization' as const, name: 'Nordlys Media', aliases: [] },
    ];
    const doc = extract(
      [
        {
          id: 'art_new',
          title: 'T',
          publishedAt: null,
          captions: [],
          paragraphs: ['Vaduva said the vote was fair. Nordlys said it would appeal.'],
        },
      ],
      { known },
    );
    expect(doc.statements.map((s) => s.speakerId)).toEqual(['per_sorin_vaduva', 'org_nordlys_media']);
  });
});

describe('people who share a surname', () => {
  it('a surname alone is the one of several the article named in full most recently', () => {
    const doc = run([
      'Anton Riis built the firm. His son Erik Riis sold it in 2030. "It was time," Riis said.',
    ]);
    expect(doc.statements.map((s) => s.speakerId)).toEqual([byName(doc, 'Erik Riis')!.id]);
  });

  it('an honorific rules out the people of the other gender', () => {
    const doc = run([
      'Marta Soler and her husband Jordi Soler run the bakery.',
      'Mrs. Soler said prices would rise.',
    ]);
    expect(doc.statements.map((s) => s.speakerId)).toEqual([byName(doc, 'Marta Soler')!.id]);
  });

  it('a person named by one word only is kept, unless someone named in full shares the word', () => {
    const doc = run(['Pope Leonidas said peace was possible.']);
    expect(byName(doc, 'Leonidas')?.type).toBe('Person');
  });
});

describe('roles', () => {
  it('a town owns its mayor, a role before a titled run is kept too, no owner is guessed', () => {
    const doc = run([
      'Brevik Mayor Ola Nes opened the bridge. Norwegian coast guard spokesperson Capt. Liv Aas said traffic was light.',
      'Norway will cut taxes. Finance Minister Siv Dahl said the budget was balanced.',
    ]);
    const names = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
    const roles = (n: string) => byName(doc, n)!.roles!.map((r) => [r.title, names(r.of)]);
    expect(roles('Ola Nes')).toEqual([['Mayor', 'Brevik']]);
    expect(roles('Liv Aas')).toEqual([
      ['spokesperson', 'Norwegian Coast Guard'],
      ['Captain', null],
    ]);
    expect(roles('Siv Dahl')).toEqual([['Finance Minister', null]]);
  });
});

describe('institutions owned by a country, in their longer shapes', () => {
  it('"Serbia\'s Ministry of Justice", "Spain\'s agriculture and fisheries ministry"', () => {
    const doc = run([
      "Serbia's Ministry of Justice said it respected the court. Spain's agriculture and fisheries ministry said it was in contact.",
    ]);
    expect(said(doc).map(([speaker]) => speaker)).toEqual([
      'Serbian Ministry of Justice',
      'Spanish Agriculture and Fisheries Ministry',
    ]);
  });
});

describe('occupations and portfolios before a name', () => {
  it('"Fisherman NAME", "Librarian NAME": the occupation is a title; "Education minister NAME": no owner', () => {
    const doc = run([
      'Fisherman Tavi Renko said the nets were empty. Librarian Petra Solvang said the roof leaked.',
      "Education minister Tobiah Crane said schools would open. Ghana's Health minister Lea Moro agreed.",
    ]);
    const roles = (n: string) => byName(doc, n)!.roles!.map((r) => [r.title, nameOf(doc, r.of)]);
    expect(doc.entities.filter((e) => e.type !== 'Country').map((e) => e.name)).toEqual([
      'Tavi Renko',
      'Petra Solvang',
      'Tobiah Crane',
      'Lea Moro',
    ]);
    expect(roles('Tavi Renko')).toEqual([['Fisherman', null]]);
    expect(roles('Tobiah Crane')).toEqual([['Education minister', null]]);
    expect(roles('Lea Moro')).toEqual([['Health minister', 'Ghana']]);
  });
});

describe('a lone surname that speaks', () => {
  it('a family name\'s ending makes a person ("Dragomirescu said"); other lone words speak as bodies', () => {
    const doc = run([
      'Dragomirescu said the vote was fair. Petrenko said talks were over. Kovara said costs rose.',
    ]);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['Person', 'Dragomirescu'],
      ['Person', 'Petrenko'],
      ['Organization', 'Kovara'],
    ]);
  });
});

describe('stacked titles', () => {
  it('a title and then an honorific or a second title before the name: all stay out of the name', () => {
    const doc = run([
      'Committee Chairman Rep. Jan Kettle, R-Utah, said the hearing would start.',
      'Senate Majority Leader Sen. Rosa Ebb said the vote would wait. Chairman Gen. Ivo Marr agreed.',
    ]);
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Jan Kettle', 'Rosa Ebb', 'Ivo Marr']);
    // A class noun that only opens the sentence owns nothing; a named body does.
    expect(byName(doc, 'Jan Kettle')!.roles!.map((r) => [r.title, nameOf(doc, r.of)])).toEqual([
      ['Chairman', null],
    ]);
    expect(byName(doc, 'Rosa Ebb')!.roles!.map((r) => [r.title, nameOf(doc, r.of)])).toEqual([
      ['Majority Leader', 'Senate'],
    ]);
  });
});

describe('words that open no name, teams and titles in lower case', () => {
  it('a function word opens no name, a heading in capitals holds none, "Hoi An" and "Than Oo" stay', () => {
    const doc = run([
      'If Ivo Dahl wins, the party will split. Is Rosa Ebb ready? An American official agreed.',
      'TO USE THE MONEY WELL, the council said, was the aim. Major General Than Min Oo toured the town of Hoi An.',
    ]);
    const names = doc.entities.filter((e) => e.type !== 'Country').map((e) => [e.type, e.name]);
    expect(names).toEqual([
      ['Person', 'Ivo Dahl'],
      ['Person', 'Rosa Ebb'],
      ['Person', 'Than Min Oo'],
      ['Place', 'Hoi An'],
    ]);
  });

  it('a headline in title case inside a paragraph is no person; a verb ends a run; "King Jr." is a name', () => {
    const doc = run([
      'Read more: Harbour Board Says New Ferry Terminal Will Open In Spring Next Year.',
      'Ivo Dahl Is Not Done, the poster read. Rosa Ebb King Jr. spoke at the rally.',
    ]);
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Ivo Dahl', 'Rosa Ebb King Jr.']);
  });

  it('"the Denver Nuggets": "the" and a plural last word make a team, not a person', () => {
    const doc = run(['The Harbour Rangers beat the Denver Nuggets. Sean Davis said the coach would stay.']);
    expect([
      typeOf(doc, 'Harbour Rangers'),
      typeOf(doc, 'Denver Nuggets'),
      typeOf(doc, 'Sean Davis'),
    ]).toEqual(['Organization', 'Organization', 'Person']);
  });

  it('"Former secretary of State NAME": the title in lower case stays out of the name, "Former" is none', () => {
    const doc = run(['Former secretary of State Jana Holm said the deal was weak.']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Jana Holm']);
    expect(byName(doc, 'Jana Holm')!.roles!.map((r) => r.title)).toEqual(['secretary of State']);
  });
});

describe('"the" before a whole name, and an organisation before its class noun', () => {
  it('"the Harbour Free Beacon reported" is an outlet; "the Rapida 7" names no organisation', () => {
    const doc = run([
      'The mayor lied, the Harbour Free Beacon reported. The Rapida 7 cooker was recalled.',
      'The nationalist Pelican Times tabloid said the move was reckless. The Loom Workers of America said it would strike.',
    ]);
    expect(doc.entities.filter((e) => e.type !== 'Country').map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Harbour Free Beacon'],
      ['Organization', 'Pelican Times'],
      ['Organization', 'Loom Workers of America'],
    ]);
    expect(said(doc).map(([speaker]) => speaker)).toEqual([
      'Harbour Free Beacon',
      'Pelican Times',
      'Loom Workers of America',
    ]);
  });
});

describe('short forms of an organisation, and New York', () => {
  it('"Southern Reach" after "Southern Reach Dairy" is that company; New York is a place', () => {
    const doc = run([
      'Dairy company Southern Reach Dairy is recalling tins. Southern Reach chief executive Olivia Brennan said the tins were safe.',
      'Officials in New York said the Harbour Line ferry was late.',
    ]);
    expect(byName(doc, 'Southern Reach')?.name).toBe('Southern Reach Dairy');
    expect(said(doc)[0]).toEqual(['Olivia Brennan', 'the tins were safe']);
    expect(typeOf(doc, 'New York')).toBe('Place');
  });
});

describe('newspapers by their last word', () => {
  it('"the Times" is the one paper of the article whose name ends so; with two such papers, neither', () => {
    const one = run(['The Gravel Times reported the deal. "The race is close," the Times wrote.']);
    expect(said(one).at(-1)).toEqual(['Gravel Times', 'The race is close']);
    const two = run([
      'The Gravel Times and the Ostend Times covered the deal. "The race is close," the Times wrote.',
    ]);
    expect(said(two).at(-1)).toEqual(['Times', 'The race is close']);
  });
});

describe('organisations in appositions and plural heads', () => {
  it('a name after "the largest platform," or before "the country\'s largest platform," is an organisation', () => {
    const doc = run([
      "Zestro Express, the country's second-largest delivery platform, said it would comply.",
      'The largest platform, Quorrify, declined to comment.',
    ]);
    expect(byName(doc, 'Zestro Express')?.type).toBe('Organization');
    expect(byName(doc, 'Quorrify')?.type).toBe('Organization');
  });

  it('"Government" heads a name; "Mineral Resources Minister" is a portfolio, not an owner', () => {
    const doc = run([
      'The opposition Popular Unity Government said the vote was rigged. Mineral Resources Minister Ada Kgosi disagreed.',
    ]);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Popular Unity Government'],
      ['Person', 'Ada Kgosi'],
    ]);
  });

  it('"the government" before any country is the government of the country the article names most', () => {
    const doc = run(['The government said it would appeal. Floods hit Chile, and Chile asked for help.']);
    expect(doc.statements.map((s) => nameOf(doc, s.speakerId))).toEqual(['Chile']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Chile']);
  });

  it('a description by affiliation and a name of common words only are no entities', () => {
    const doc = run([
      'The Wyoming Republican said he would vote no. Jobs vanished in the Great Recession.',
      'The recession hurt farms, a recession hurts towns, and no recession is great. Great? Not great, not great.',
    ]);
    expect(doc.entities.filter((e) => e.type !== 'Place' || e.name !== 'Wyoming').map((e) => e.name)).toEqual(
      [],
    );
  });

  it('a plural possessive inside a name before a plural head stays one name', () => {
    const doc = run(["The Northern Fishermen's Associations warned of ships that nobody inspects."]);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', "Northern Fishermen's Associations"],
    ]);
  });

  it('a word in a quote before a gerund does not speak: ""Stop charging it," Lang said"', () => {
    const doc = run(['"Stop charging it," Ulla Lang said.']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Ulla Lang']);
  });
});

describe('organisation names in real wire copy', () => {
  const doc = run([
    "According to the Prime Minister's Office, the floods have killed 41 people.",
    'Shipping line Zembra Lines said it would divert two vessels. The National Treasury said it would release fuel. QuickVolt declined to comment.',
    "The Farmers' and Fishers' Alliance won 9 seats, and Ana Tull's Hope and Work party took 24.",
    'Observers from the Organization for Security and Co-operation in Europe (OSCE) said the vote was fair.',
    "Turnout reached 64.2%, the commission said. Cambodia's Defence Ministry said its units had returned.",
  ]);
  const orgs = doc.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

  it('an office named after its holder, shipping lines, treasuries, brands, joined possessives, parties', () => {
    expect(orgs).toEqual(
      expect.arrayContaining([
        "Prime Minister's Office",
        'Zembra Lines',
        'National Treasury',
        'QuickVolt',
        "Farmers' and Fishers' Alliance",
        'Hope and Work',
        'OSCE',
      ]),
    );
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ana Tull']);
  });

  it('a known name longer than its capitalised run is taken whole; a public body does not describe the subject', () => {
    expect(orgs).not.toContain('Organization for Security and Co-operation');
    expect(orgs).not.toContain('Turnout');
  });

  it('observers from an organisation speak for it; an institution keeps the spelling the text used as an alias', () => {
    expect(doc.statements.find((s) => s.text.includes('vote was fair'))?.speakerId).toBe(
      byName(doc, 'OSCE')?.id,
    );
    expect(byName(doc, 'Cambodian Defense Ministry')?.aliases).toContain('Cambodian Defence Ministry');
  });
});
