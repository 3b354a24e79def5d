/**
 * One hand-written paragraph per extraction pattern, with invented people, so that nothing here
 * can pass by matching the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../src/domain/document.js';
import { extract } from '../../src/ingest/index.js';
import { byName, run, speakerName } from './run.js';

const aboutNames = (doc: ExtractionDocument, s: ExtractionDocument['statements'][number]) =>
  s.aboutIds.map((id) => doc.entities.find((e) => e.id === id)?.name).sort();

describe('entities', () => {
  const doc = run([
    'Swedish Foreign Minister Maria Lindqvist met Kenyan President Samuel Otieno in Nairobi on Monday.',
    'Lindqvist said Sweden would double its aid to Kenya.',
  ]);

  it('finds people and peels role titles off into roles with their country', () => {
    const maria = byName(doc, 'Maria Lindqvist')!;
    expect(maria.type).toBe('Person');
    expect(maria.roles).toEqual([{ title: 'Foreign Minister', of: 'cty_swe' }]);
    expect(byName(doc, 'Samuel Otieno')!.roles).toEqual([{ title: 'President', of: 'cty_ken' }]);
  });

  it('resolves a later surname to the full name', () => {
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name).sort()).toEqual(['Maria Lindqvist', 'Samuel Otieno']);
    expect(byName(doc, 'Maria Lindqvist')!.aliases).toContain('Lindqvist');
  });

  it('maps countries by name and demonym to ISO ids, and a capital after "in" to a place', () => {
    expect(doc.entities.find((e) => e.id === 'cty_swe')).toMatchObject({
      type: 'Country',
      name: 'Sweden',
      code: 'SWE',
    });
    expect(doc.entities.find((e) => e.id === 'cty_ken')).toMatchObject({ name: 'Kenya' });
    expect(doc.entities.find((e) => e.name === 'Nairobi')).toMatchObject({ type: 'Place' });
  });

  it('keeps transliteration variants as one person, but never different first names', () => {
    const variants = run(
      ['Opposition leader Dmitriy Volkonskiy said the vote was rigged.'],
      [
        'Opposition leader Dmitriy Volkonsky said protests would continue.',
        'Anna Volkonsky, his sister, said nothing.',
      ],
    );
    const people = variants.entities
      .filter((e) => e.type === 'Person')
      .map((p) => p.name)
      .sort();
    expect(people).toHaveLength(2);
    expect(people).toContain('Anna Volkonsky');
    const dmitriy = variants.entities.find((e) => e.type === 'Person' && e.name.startsWith('Dmitriy'))!;
    expect([dmitriy.name, ...dmitriy.aliases]).toEqual(
      expect.arrayContaining(['Dmitriy Volkonskiy', 'Dmitriy Volkonsky']),
    );
  });

  it('keeps the owner of institutions apart and resolves a capital used as a speaker', () => {
    const d = run([
      'The Chilean defense ministry said its radar had failed.',
      "Peru's defense ministry said the radar worked. Lima said it would ask for talks.",
    ]);
    const orgs = d.entities
      .filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(['Chilean Defense Ministry', 'Peruvian Defense Ministry']);
    const lima = d.statements.find((s) => s.text.includes('ask for talks'))!;
    expect(speakerName(d, lima)).toBe('Peru');
  });

  it('does not turn two-letter outlet codes or photo credits into countries or people', () => {
    const d = run(['TT reported on Monday that markets in Norway fell.']);
    expect(d.entities.find((e) => e.id === 'cty_tto')).toBeUndefined();
    expect(d.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('statements', () => {
  it('direct quote with trailing attribution and a medium', () => {
    const d = run([
      '“We will not accept threats at our border,” Foreign Minister Maria Lindqvist said on Twitter.',
    ]);
    const [s] = d.statements;
    expect(s).toMatchObject({
      kind: 'direct',
      cue: 'said',
      medium: 'Twitter',
      text: 'We will not accept threats at our border',
    });
    expect(speakerName(d, s!)).toBe('Maria Lindqvist');
  });

  it('inverted attribution: "…," said X', () => {
    const d = run([
      'Analyst Tunde Okafor spoke at length.',
      '"The strike could cost billions," said Okafor in Lagos.',
    ]);
    const s = d.statements.find((x) => x.text.startsWith('The strike'))!;
    expect(speakerName(d, s)).toBe('Tunde Okafor');
    expect(s.kind).toBe('direct');
  });

  it('reported speech with that-clause, and who it is about', () => {
    const d = run([
      'Finance Minister Aiko Tanaka said on Tuesday that Japan would not devalue the yen against China.',
    ]);
    const [s] = d.statements;
    expect(s).toMatchObject({ kind: 'reported', text: 'Japan would not devalue the yen against China' });
    expect(speakerName(d, s!)).toBe('Aiko Tanaka');
    expect(aboutNames(d, s!)).toEqual(['China', 'Japan']);
  });

  it('a quote continued in the next sentence keeps its speaker', () => {
    const d = run([
      '"Prices are falling. Wages are not," Governor Lena Brandt said in an interview on CNN. "That has to change."',
    ]);
    expect(d.statements.map((s) => [speakerName(d, s), s.kind, s.text])).toEqual([
      ['Lena Brandt', 'direct', 'Prices are falling. Wages are not'],
      ['Lena Brandt', 'direct', 'That has to change.'],
    ]);
    expect(d.statements[0]!.medium).toBe('CNN');
  });

  it('"he added" goes to the most recent speaker or subject, not the most recent name', () => {
    const d = run([
      'Mayor Pablo Ortega opened the bridge a day after President Elena Ruiz criticised it.',
      '"This bridge will last a century," he said.',
      '"Nobody will regret it," he added.',
    ]);
    const quotes = d.statements.filter((s) => s.kind === 'direct');
    expect(quotes.map((s) => speakerName(d, s))).toEqual(['Pablo Ortega', 'Pablo Ortega']);
    expect(quotes[1]!.cue).toBe('added');
  });

  it('trailing attribution of reported speech: "…, X said."', () => {
    const d = run([
      'Two schools and a clinic were damaged in the night, regional governor Oksana Melnyk said.',
    ]);
    const [s] = d.statements;
    expect(s).toMatchObject({ kind: 'reported', text: 'Two schools and a clinic were damaged in the night' });
    expect(speakerName(d, s!)).toBe('Oksana Melnyk');
  });

  it('an appositive between speaker and verb, and a later "the company"', () => {
    const d = run([
      'Norvolt, Sweden’s biggest battery maker, said its plant had been hit by a fire.',
      'The company said production would resume within a week.',
    ]);
    expect(d.statements.map((s) => speakerName(d, s))).toEqual(['Norvolt', 'Norvolt']);
    expect(d.entities.find((e) => e.name === 'Norvolt')!.type).toBe('Organization');
  });

  it('countries and organisations speak; two conjoined speakers each get the statement', () => {
    const d = run(['Canada and the European Union said the tariffs broke trade rules.']);
    expect(d.statements.map((s) => speakerName(d, s)).sort()).toEqual(['Canada', 'European Union']);
  });

  it('anonymous sources keep a description and no speaker id', () => {
    const d = run(['A senior European diplomat said the talks had stalled.']);
    expect(d.statements[0]).toMatchObject({
      speakerId: null,
      speakerDescription: 'A senior European diplomat',
    });
  });

  it('the stance of the cue: deny, accuse, warn', () => {
    const d = run([
      'Norway denied the ships had entered its waters.',
      'Iceland has accused Norway of overfishing.',
      'The Danish government warned that quotas would be cut.',
    ]);
    expect(d.statements.map((s) => [speakerName(d, s), s.stance])).toEqual([
      ['Norway', 'deny'],
      ['Iceland', 'accuse'],
      ['Denmark', 'warn'],
    ]);
  });

  it('"the X chief" resolves to the person later named with that role', () => {
    const d = run([
      'The UN refugee chief said on Monday that camps were full.',
      '"We need more funding," UN High Commissioner for Refugees Ines Moreau said.',
    ]);
    expect(d.statements.map((s) => speakerName(d, s))).toEqual(['Ines Moreau', 'Ines Moreau']);
  });

  it('statements never name their own speaker as what they are about', () => {
    const d = run(['Chile said Chile and Peru would sign the accord.']);
    expect(aboutNames(d, d.statements[0]!)).toEqual(['Peru']);
  });
});

describe('generalising beyond the seed', () => {
  it('names written family name first resolve from the first word', () => {
    const doc = run([
      'Trade ministry spokesperson Zhao Lingyun said Beijing would respond.',
      '"We will take the measures we need," Zhao told a briefing.',
    ]);
    const quote = doc.statements.find((s) => s.kind === 'direct')!;
    expect(speakerName(doc, quote)).toBe('Zhao Lingyun');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Zhao Lingyun']);
  });

  it('a description then the name in apposition: the named one speaks', () => {
    const doc = run([
      'The port authority issued a warning. Its director, Ana Petrescu, said the docks would close.',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.text])).toEqual([
      ['Ana Petrescu', 'the docks would close'],
    ]);
  });

  it('a paragraph that is only a quote continues the quote before it', () => {
    const doc = run([
      '"The water is rising faster than we planned for," Mayor Tomas Lind said.',
      '"We are moving families out tonight."',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.kind])).toEqual([
      ['Tomas Lind', 'direct'],
      ['Tomas Lind', 'direct'],
    ]);
  });

  it('organisation names keep their opening words and their demonym; class nouns and heads make organisations', () => {
    const doc = run([
      'The World Trade Organization and the Norwegian Salmon Farmers Association met analysts at the consultancy Fjord Analytics.',
      'Ingrid Solberg, an economist at the consultancy, spoke to reporters in Santa Cruz.',
    ]);
    const orgs = doc.entities
      .filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual([
      'Fjord Analytics',
      'Norwegian Salmon Farmers Association',
      'World Trade Organization',
    ]);
    expect(byName(doc, 'Ingrid Solberg')!.type).toBe('Person');
    expect(byName(doc, 'Santa Cruz')!.type).toBe('Place');
  });

  it('an institution names its country too, and a rejected accusation keeps its verb', () => {
    const doc = run([
      "Japan's trade ministry said exports fell. Opposition leader Kaito Mori rejected the figures.",
    ]);
    expect(byName(doc, 'Japan')!.type).toBe('Country');
    expect(doc.mentions.some((m) => m.entityId === 'cty_jpn')).toBe(true);
    expect(doc.statements.map((s) => s.text)).toContain('rejected the figures');
  });
});

describe('more shapes of names and attributions', () => {
  it('name particles, parties named by their members, any ministry of a country, an acronym agency', () => {
    const doc = run([
      'Analyst Joris van der Linde said the Social Liberals would leave the government.',
      "Chile's mining ministry said output fell, according to the state news agency ANP.",
    ]);
    expect(byName(doc, 'Joris van der Linde')!.type).toBe('Person');
    expect(byName(doc, 'Social Liberals')!.type).toBe('Organization');
    expect(byName(doc, 'ANP')!.type).toBe('Organization');
    const ministry = doc.statements.find((s) => s.text.startsWith('output fell'))!;
    expect(speakerName(doc, ministry)).toBe('Chilean Mining Ministry');
    expect(ministry.text).toBe('output fell');
    expect(ministry.medium).toBe('ANP');
  });

  it('"told state television that …" skips the addressee; "accused X of Y" keeps its verb', () => {
    const doc = run([
      'Deputy Minister Oksana Reva told state television that the pipeline was safe. The Greens accused the minister of hiding the leak.',
    ]);
    const told = doc.statements.find((s) => s.cue === 'told')!;
    expect(told.text).toBe('the pipeline was safe');
    expect(told.medium).toBe('state television');
    expect(doc.statements.map((s) => s.text)).toContain('accused the minister of hiding the leak');
  });
});

describe('descriptions around names', () => {
  it("a country's title before the name in apposition: the person speaks, not the country", () => {
    const doc = run(["In a statement, Peru's energy minister, Rosa Quispe, said the grid would hold."]);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual(['Rosa Quispe']);
  });

  it('"Relief groups said": a capitalised first word is no name; "blamed X" keeps its verb', () => {
    const doc = run(['Relief groups said the roads were cut. Governor Ana Pinto blamed years of neglect.']);
    const groups = doc.statements.find((s) => s.text === 'the roads were cut')!;
    expect(groups.speakerId).toBeNull();
    expect(groups.speakerDescription).toBe('Relief groups');
    expect(doc.statements.map((s) => s.text)).toContain('blamed years of neglect');
  });
});

describe('acronyms, provinces and portfolios', () => {
  it('an acronym defined in brackets is one organisation with its expansion, also when it stands alone later', () => {
    const doc = run(
      [
        'The Coastal Flood Response Office (CFRO) opened shelters. Its head, Lena Aalto, said more were needed.',
      ],
      ['A CFRO spokesman said the shelters were full. The CFRO warned of more rain.'],
    );
    const org = byName(doc, 'Coastal Flood Response Office')!;
    expect(org.type).toBe('Organization');
    expect(org.aliases).toContain('CFRO');
    const warned = doc.statements.find((s) => s.cue === 'warned')!;
    expect(warned.speakerId).toBe(org.id);
    expect(doc.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });

  it('a demonym opening a place name is no country; a capital as a place counts only where its country is named', () => {
    const doc = run([
      'British Columbia Premier Claire Donnelly spoke to reporters in Victoria. "Leave now," Donnelly said.',
    ]);
    expect(doc.entities.map((e) => e.name).sort()).toEqual([
      'British Columbia',
      'Claire Donnelly',
      'Victoria',
    ]);
    expect(byName(doc, 'Claire Donnelly')!.roles).toEqual([{ title: 'Premier', of: 'plc_british_columbia' }]);
  });

  it('a portfolio before "Minister" is no place, "the town of X" is one, "urged" is a cue and "Dr." no role', () => {
    const doc = run([
      'Emergency Preparedness Minister Paul Tremblay urged residents to leave the town of Fort Ardent. Dr. Nina Sandhu said the air was unsafe.',
    ]);
    expect(doc.entities.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(['Fort Ardent']);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.text])).toEqual([
      ['Paul Tremblay', 'residents to leave the town of Fort Ardent'],
      ['Nina Sandhu', 'the air was unsafe'],
    ]);
    expect(byName(doc, 'Nina Sandhu')!.roles ?? []).toEqual([]);
  });
});

describe('short names and metonyms', () => {
  it('an organisation later called by its first word, a capital that is a first name, Brussels for the EU', () => {
    const doc = run([
      'Regulators fined Kestrel Logistics on Monday. Kestrel said it would appeal.',
      '"It is a warning to the whole sector," said Lima Okoye, an analyst at Harbor Capital. Brussels said it would monitor the case.',
    ]);
    const said = doc.statements.map((s) => [speakerName(doc, s), s.text]);
    expect(said).toContainEqual(['Kestrel Logistics', 'it would appeal']);
    expect(said).toContainEqual(['Lima Okoye', 'It is a warning to the whole sector']);
    expect(said).toContainEqual(['European Union', 'it would monitor the case']);
    expect(doc.entities.some((e) => e.type === 'Country')).toBe(false);
  });

  it("trailing attribution followed by the reporter's participle clause", () => {
    const doc = run([
      'The outbreak has spread to a second province, the health agency said on Friday, raising fears of a wider epidemic.',
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual(['The outbreak has spread to a second province']);
  });
});

describe('names with connectors, regions and family names first', () => {
  it('"Bank of X" and "Committee to Protect Y" are whole organisations; "Central America" is no country', () => {
    const doc = run([
      'Bank of Norway Governor Ida Strand held rates. The Committee to Protect Farmers welcomed it across Central America.',
    ]);
    expect(
      doc.entities
        .filter((e) => e.type === 'Organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Bank of Norway', 'Committee to Protect Farmers']);
    expect(byName(doc, 'Ida Strand')!.roles).toEqual([
      { title: 'Governor', of: byName(doc, 'Bank of Norway')!.id },
    ]);
    expect(doc.entities.some((e) => e.id === 'cty_usa')).toBe(false);
  });

  it('"…," his lawyer, NAME, told reporters: the name speaks; a hyphenated given name is no alias', () => {
    const doc = run([
      '"Justice came late," her lawyer, Tomas Ruiz, told reporters.',
      'Central bank chief Choi Hye-jin said rates would hold.',
    ]);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual(['Tomas Ruiz', 'Choi Hye-jin']);
    expect(byName(doc, 'Choi Hye-jin')!.aliases).not.toContain('Hye-jin');
  });
});

describe('organisations known by context', () => {
  it('"X president NAME" and "X, which …" make X an organisation, in every paragraph', () => {
    const doc = run(
      [
        'Corvina president Lia Santos said the club was sold. Valmonte, which also bid, said it had withdrawn.',
      ],
      [
        'Corvina fired its coach on Monday.',
        'The NTSB, which leads the inquiry, said the cause was unclear.',
      ],
    );
    const orgs = doc.entities
      .filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(['Corvina', 'NTSB', 'Valmonte']);
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Lia Santos']);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual(['Lia Santos', 'Valmonte', 'NTSB']);
    const corvina = byName(doc, 'Corvina')!.id;
    expect(
      doc.mentions
        .filter((m) => m.entityId === corvina)
        .map((m) => m.articleId)
        .sort(),
    ).toEqual(['art_0', 'art_1']);
  });
});

describe('places and institutions across the corpus', () => {
  it('a place named "the city of X" stays a place elsewhere; senates and confederations are organisations', () => {
    const doc = run([
      'Fighting eased in the city of Al Rawda on Sunday. The people of Al Rawda need food, said aid worker Hana Saleh.',
      "Chile's Senate passed the bill. The General Confederation of Workers called a strike.",
    ]);
    expect(byName(doc, 'Al Rawda')!.type).toBe('Place');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Hana Saleh']);
    expect(
      doc.entities
        .filter((e) => e.type === 'Organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Chilean Senate', 'General Confederation of Workers']);
  });
});

describe('companies', () => {
  it('"X, the world\'s largest maker of …," and a single name that speaks are organisations', () => {
    const doc = run([
      "Tessaro, the world's second-largest maker of lenses, warned that sales would fall. Rival Optima said demand was steady.",
      'Brevik said it would cut 300 jobs.',
    ]);
    const said = doc.statements.map((s) => [
      speakerName(doc, s),
      doc.entities.find((e) => e.id === s.speakerId)?.type,
    ]);
    expect(said).toEqual([
      ['Tessaro', 'Organization'],
      ['Optima', 'Organization'],
      ['Brevik', 'Organization'],
    ]);
    expect(doc.entities.some((e) => e.type === 'Person')).toBe(false);
  });

  it('"said Jan de Wit": particles inside a trailing speaker\'s name; "Jan." is January', () => {
    const doc = run([
      '"We will keep farming," said Jan de Wit, a dairy farmer. On Jan. 5, Mayor Ida Berg said roads were closed.',
    ]);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual(['Jan de Wit', 'Ida Berg']);
  });
});

describe('parentheticals, characterisations and workplaces', () => {
  it('"Poor countries, he said, …" goes to the last speaker; a cue after a characterisation keeps its subject', () => {
    const doc = run([
      "Peru's negotiator, Ana Quispe, rejected that demand. Poor countries, she said, could not pay for it.",
      'Oxfam called the deal "a failure." Its policy head, Rita Mensah, told reporters that the text was weak.',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.text])).toEqual([
      ['Ana Quispe', 'rejected that demand'],
      ['Ana Quispe', 'could not pay for it'],
      ['Oxfam', 'a failure.'],
      ['Rita Mensah', 'the text was weak'],
    ]);
  });

  it('a portfolio keeps its country; a workplace after a role is an organisation; "Party on Saturday" is no name', () => {
    const doc = run([
      'Chilean Environment Minister Rosa Vidal spoke after the Green Party on Saturday chose a leader. "Prices are stable," said Tomas Lee, chief strategist at Andes Asset Management.',
    ]);
    expect(byName(doc, 'Rosa Vidal')!.roles).toEqual([{ title: 'Environment Minister', of: 'cty_chl' }]);
    expect(
      doc.entities
        .filter((e) => e.type === 'Organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Andes Asset Management', 'Green Party']);
  });
});

describe('organisations named once, then described', () => {
  it('"Kovara is recalling …, the Finnish carmaker said": a single name that speaks elsewhere is the antecedent', () => {
    const doc = run([
      'Kovara is recalling 20,000 cars, the Finnish carmaker said on Monday. Kovara said no one was hurt.',
      'Its chief operating officer, Liisa Aho, said the company would pay for repairs.',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.text])).toEqual([
      ['Kovara', 'Kovara is recalling 20,000 cars'],
      ['Kovara', 'no one was hurt'],
      ['Liisa Aho', 'the company would pay for repairs'],
    ]);
    expect(byName(doc, 'Liisa Aho')!.type).toBe('Person');
    expect(byName(doc, 'Kovara')!.type).toBe('Organization');
  });
});

describe('storms, agencies and leaders of groups', () => {
  it('a named storm is no person; "US National X Center" keeps the US; a country\'s "<words> agency" is its institution', () => {
    const doc = run([
      "Hurricane Mirela hit the coast. Peru's civil protection agency said 900 people were evacuated. The US National Storm Center said Mirela would weaken.",
    ]);
    expect(doc.entities.some((e) => e.type === 'Person')).toBe(false);
    expect(doc.entities.map((e) => e.name).sort()).toEqual([
      'National Storm Center',
      'Peru',
      'Peruvian Civil Protection Agency',
      'United States',
    ]);
  });

  it('"Farmers\' leader NAME was unconvinced. "…," she said": she is the leader', () => {
    const doc = run(['Farmers\' leader Marta Kos was unconvinced. "We will watch the border," she said.']);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual(['Marta Kos']);
  });
});

describe('branches and acronyms in apposition', () => {
  it('"Amnesty Asia" is a branch of its own; "The UN mission in Mali, MINUMA, said" is the acronym speaking', () => {
    const doc = run([
      'Rights group Amnesty Asia praised the ruling. Amnesty Asia said more was needed.',
      'The UN mission in Mali, MINUMA, said it was in contact with both sides.',
    ]);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual([
      'Amnesty International Asia',
      'Amnesty International Asia',
      'MINUMA',
    ]);
    expect(byName(doc, 'Amnesty Asia')!.type).toBe('Organization');
    expect(doc.entities.some((e) => e.name === 'Asia')).toBe(false);
  });
});

describe('mentions', () => {
  it('counts mentions per article and entity', () => {
    const d = run(['Chile and Peru met. Chile said little.']);
    expect(d.mentions.find((m) => m.entityId === 'cty_chl')).toEqual({
      articleId: 'art_0',
      entityId: 'cty_chl',
      count: 2,
    });
  });
});
