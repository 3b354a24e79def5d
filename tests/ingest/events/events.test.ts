import { describe, expect, it } from 'vitest';
import type { ArticleDoc, ExtractionDocument } from '../../../src/domain/document.js';
import { extract } from '../../../src/ingest/index.js';

const article = (id: string, title: string, publishedAt: string, paragraphs: string[]): ArticleDoc => ({
  id,
  title,
  publishedAt,
  captions: [],
  paragraphs,
});
const names = (doc: ExtractionDocument, ids: string[]) =>
  ids.map((id) => doc.entities.find((e) => e.id === id)?.name);
const summary = (doc: ExtractionDocument) =>
  doc.events.map((e) => ({ type: e.type, name: e.name, articles: e.articleIds.length }));

// 2031-03-06 is a Thursday.
describe('events', () => {
  it('tells an air strike from a labour strike by the evidence around the word', () => {
    const doc = extract([
      article('art_a', 'Strike Hits Border Town', '2031-03-06', [
        'Serbian jets launched a strike on the border town of Velmora on Tuesday, killing four civilians, officials said.',
      ]),
      article('art_b', 'Dockers Walk Out', '2031-03-06', [
        'Dock workers in Portugal began a strike over pay on Wednesday, and their union said the stoppage would last a week.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type).sort()).toEqual(['attack', 'labour_strike']);
    const attack = doc.events.find((e) => e.type === 'attack')!;
    expect(names(doc, attack.actorIds)).toEqual(['Serbia']);
    expect(attack.date).toBe('2031-03-04');
    expect(attack.figures).toEqual([{ kind: 'killed', value: 4, text: 'four civilians' }]);
  });

  it('reports no event a clause only threatens, fears, denies or conditions', () => {
    const doc = extract([
      article('art_a', 'Tension Rises on Border', '2031-03-06', [
        'Chile warned on Tuesday that Peru could attack its northern border posts.',
        'Officials in Lima denied any plan to invade Chile, citing fears of an invasion.',
        'Peru said sanctions against its banks would be a mistake.',
      ]),
    ]);
    expect(doc.events).toEqual([]);
  });

  it('takes a clause dated from an anchor ("since X invaded Y") as background, not a report', () => {
    const doc = extract([
      article('art_a', 'Grain Prices Fall', '2031-03-06', [
        'Grain prices have fallen since Iraq invaded Kuwait in 1990, traders said.',
      ]),
    ]);
    expect(doc.events).toEqual([]);
  });

  it('finds actor, target and place in the clause, and links the place to its country', () => {
    const doc = extract([
      article('art_a', 'Drone Attack Damages Refinery', '2031-03-06', [
        'A Ukrainian drone attack on Russia damaged a refinery in the southern city of Tuapse on Wednesday, Russian officials said.',
        'Fires burned for hours in Tuapse, Russia, the regional governor said.',
      ]),
    ]);
    const e = doc.events.find((x) => x.type === 'attack')!;
    expect(names(doc, e.actorIds)).toEqual(['Ukraine']);
    expect(names(doc, e.targetIds)).toEqual(['Russia']);
    expect(names(doc, e.placeIds)).toEqual(['Tuapse']);
    expect(e.name).toBe('Ukrainian drone attack on Russia');
    expect(e.participantIds).toEqual(expect.arrayContaining(e.actorIds.concat(e.targetIds)));
  });

  it('makes one event of a report spread over sentences, and keeps every sentence', () => {
    const doc = extract([
      article('art_a', 'Protests Spread Across Chile', '2031-03-06', [
        'Thousands of students protested in Santiago on Tuesday against a rise in tuition fees.',
        'The protests spread to Valparaiso, where police arrested 40 demonstrators.',
        'Organisers said the demonstrations would continue.',
      ]),
    ]);
    expect(summary(doc)).toEqual([
      { type: 'protest', name: expect.stringMatching(/^Protests in /), articles: 1 },
    ]);
    expect(doc.events[0]!.mentions.length).toBeGreaterThanOrEqual(2);
    expect(doc.events[0]!.figures).toEqual([{ kind: 'arrested', value: 40, text: '40 demonstrators' }]);
  });

  it('merges reports of one event across articles, and keeps two events of one type apart', () => {
    const doc = extract([
      article('art_a', 'Protests Grip Serbia', '2031-03-05', [
        'Protests spread across Serbia on Tuesday over a new election law.',
      ]),
      article('art_b', 'Serbian Protests Enter Third Day', '2031-03-06', [
        'The protests in Serbia entered a third day, and police used tear gas.',
      ]),
      article('art_c', 'Protests in Chile', '2031-03-06', [
        'Protests broke out in Chile on Wednesday over pensions.',
      ]),
    ]);
    const protests = doc.events.filter((e) => e.type === 'protest');
    expect(protests.map((e) => e.articleIds.length).sort()).toEqual([1, 2]);
  });

  it('tells apart two strikes of one actor reported in one article by their dates', () => {
    const doc = extract([
      article('art_a', 'Missiles Hit Odesa Port', '2031-03-06', [
        'Russia struck the port of Odesa with missiles on Tuesday, killing two dock workers.',
        'The strike came after Russia fired a Kinzhal missile at Ukraine last week, hitting a power plant.',
      ]),
    ]);
    const attacks = doc.events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(2);
    expect(attacks.map((e) => e.date).sort()).toEqual(['2031-02-24', '2031-03-04']);
  });

  it('names events briefly, never with the headline', () => {
    const title = 'Earthquake Kills Dozens in Remote Mountain Villages as Rescuers Race Against Time';
    const doc = extract([
      article('art_a', title, '2031-03-06', [
        'A strong earthquake struck Peru on Tuesday, killing at least 30 people in mountain villages.',
      ]),
    ]);
    expect(doc.events).toHaveLength(1);
    const e = doc.events[0]!;
    expect(e.type).toBe('disaster');
    expect(e.name).not.toBe(title);
    expect(e.name.length).toBeLessThanOrEqual(80);
    expect(e.name).toMatch(/earthquake/i);
  });

  it('leaves quotations out: opinion is no report', () => {
    const doc = extract([
      article('art_a', 'Minister Speaks', '2031-03-06', [
        '"We will never accept a blockade of our ports by Turkey," the Greek minister said.',
      ]),
    ]);
    expect(doc.events).toEqual([]);
  });

  it("lets an article's own attack absorb the fire it caused", () => {
    const doc = extract([
      article('art_a', 'Israeli Strike Hits Gaza Warehouse', '2031-03-06', [
        'An Israeli air strike hit a warehouse in Gaza on Tuesday, killing three people.',
        'Firefighters battled a fire at the warehouse for hours.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type)).toEqual(['attack']);
  });

  it('keeps no event with neither a party, a place nor a date', () => {
    const doc = extract([article('art_a', 'Markets', '2031-03-06', ['Analysts said a deal was close.'])]);
    expect(doc.events).toEqual([]);
  });

  it('names a war the text names, with both sides', () => {
    const doc = extract([
      article('art_a', 'Border Talks Resume', '2031-03-06', [
        'Armenia attacked Azerbaijan in the spring, starting a six-week war that killed 3,000 soldiers.',
      ]),
    ]);
    expect(doc.events.map((e) => e.name)).toEqual(['Six-week war between Armenia and Azerbaijan']);
    expect(doc.events[0]!.figures.map((f) => [f.kind, f.value])).toEqual([['killed', 3000]]);
  });

  it('counts policing of a crowd, and the clash it becomes, as part of the protest', () => {
    const doc = extract([
      article('art_a', 'Police Clash With Farmers in Lyon', '2031-03-06', [
        'French police fired tear gas at farmers blocking roads near Lyon on Wednesday, and 12 people were arrested.',
        'The protesters said the blockades would continue until the government dropped the tax.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type)).toEqual(['clash']);
    expect(doc.events[0]!.figures.map((f) => f.kind)).toEqual(['arrested']);
  });

  it('lets an agreement take in the talks that produced it', () => {
    const doc = extract([
      article('art_a', 'Chile and Peru Sign Water Deal After Talks', '2031-03-06', [
        'Chile and Peru signed an agreement on Tuesday to share the waters of a border river.',
        'The deal was reached after two days of talks in Arica.',
      ]),
    ]);
    expect(summary(doc)).toEqual([{ type: 'agreement', name: 'Deal between Chile and Peru', articles: 1 }]);
  });

  it('counts "marks 20 years since" as a commemoration, and places a background event in the article\'s country', () => {
    const doc = extract([
      article('art_a', 'Chile Marks 20 Years Since Mine Collapse', '2031-03-06', [
        'Hundreds of relatives gathered on Saturday to mark 20 years since the collapse of a copper mine that killed 33 miners.',
        'The 2011 collapse was the worst mining disaster in Chile, and a memorial ceremony is held every year.',
      ]),
    ]);
    const types = doc.events.map((e) => e.type).sort();
    expect(types).toEqual(['accident', 'commemoration']);
    for (const e of doc.events) expect(e.participantIds).toContain('cty_chl');
  });

  it('names a storm by its name and takes the country it struck', () => {
    const doc = extract([
      article('art_a', 'Storm Batters Coast', '2031-03-06', [
        'Typhoon Mawar slammed into Vietnam on Tuesday, killing nine people.',
      ]),
    ]);
    expect(doc.events.map((e) => [e.type, e.name])).toEqual([['disaster', 'Typhoon Mawar in Vietnam']]);
  });

  it('takes a country before "airspace" as the target, and the intruder as the actor', () => {
    const doc = extract([
      article('art_a', 'Jet Intrudes', '2031-03-06', [
        'A Russian fighter jet briefly entered Finnish airspace on Monday, the ministry said.',
      ]),
    ]);
    const e = doc.events[0]!;
    expect([e.type, names(doc, e.actorIds), names(doc, e.targetIds)]).toEqual([
      'military_movement',
      ['Russia'],
      ['Finland'],
    ]);
  });

  it('gives a date to the nearest trigger only', () => {
    const doc = extract([
      article('art_a', 'Grain Deal Signed', '2031-03-06', [
        'Hungary and Romania signed a grain agreement on Monday, ending a dispute that had led farmers to block border crossings.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type)).toEqual(['agreement']);
  });

  it('links statements to the events they speak about', () => {
    const doc = extract([
      article('art_a', 'Market Bombing Kills 20 in Myanmar', '2031-03-06', [
        'A military air strike on a market in Myanmar killed 20 people on Tuesday, a rescue group said.',
        '"Bombing a market is a crime," said Thura Win, a volunteer with the group.',
        'Ko Aung said the harvest had been good this year.',
      ]),
    ]);
    const strike = doc.events.find((e) => e.type === 'attack')!;
    const about = doc.statements.map((st) => [st.text.slice(0, 12), st.eventIds ?? []]);
    expect(about).toEqual([
      // Said in the sentence that reports it; and a quote using the headline's word for it.
      ['A military a', [strike.id]],
      ['Bombing a ma', [strike.id]],
      ['the harvest ', []],
    ]);
  });

  it('names a rate decision by what changed and which way, and takes its sentence as a verb', () => {
    const doc = extract([
      article('art_a', 'Central Bank Cuts Rates', '2031-03-06', [
        'The Reserve Bank of Fiji unexpectedly cut its benchmark interest rate by half a point on Wednesday.',
      ]),
    ]);
    expect(doc.events.map((e) => [e.type, e.name])).toEqual([['policy', 'Reserve Bank of Fiji rate cut']]);
  });

  it('dates a named event by the year before it, even after "since"', () => {
    const doc = extract([
      article('art_a', 'Aid Groups Warn of Hunger in Mali', '2031-03-06', [
        'Aid groups said on Monday that hunger in Mali had doubled since the 2020 coup.',
      ]),
    ]);
    const coup = doc.events.find((e) => e.type === 'coup')!;
    expect([coup.name, coup.date]).toEqual(['2020 coup in Mali', '2020']);
  });

  it('takes a pluperfect as background, unless reported speech shifted it back', () => {
    const background = extract([
      article('art_a', 'Deal Signed', '2031-03-06', [
        'Chile and Peru signed a water deal on Monday, ending a feud that had led farmers to block border roads for weeks.',
      ]),
    ]);
    expect(background.events.map((e) => e.type)).toEqual(['agreement']);
    const reported = extract([
      article('art_a', 'Roads Cleared', '2031-03-06', [
        'Police in Chile said on Tuesday that farmers had blocked roads near Arica for a week.',
      ]),
    ]);
    expect(reported.events.map((e) => e.type)).toEqual(['protest']);
  });

  it("counts a clash told in passing when its sentence counts the hurt, and places it in the article's country", () => {
    const doc = extract([
      article('art_a', 'Ghana Votes in Tight Presidential Election', '2031-03-06', [
        'Ghanaians voted on Saturday in a presidential election that polls showed was too close to call.',
        'Police said three people were injured in a clash between rival supporters in Tamale.',
      ]),
    ]);
    const clash = doc.events.find((e) => e.type === 'clash')!;
    expect(clash.figures.map((f) => [f.kind, f.value])).toEqual([['injured', 3]]);
    expect(clash.countryIds).toEqual(['cty_gha']);
  });

  it('reports no event a time still to come qualifies', () => {
    const doc = extract([
      article('art_a', 'Inflation Eases', '2031-03-06', [
        'Inflation in Sweden eased in February, giving the Riksbank room to cut interest rates at its meeting next month.',
      ]),
    ]);
    expect(doc.events).toEqual([]);
  });

  it('keeps a train derailing in a flood an accident of its own, not part of the flood', () => {
    const doc = extract([
      article('art_a', 'Floods Hit Central Region', '2031-03-06', [
        'Floods have swept through the Velmora region of Chile since February, forcing 20,000 people from their homes.',
        'A passenger train derailed late on Tuesday as it crossed a bridge near the town of Ostrena in Chile, killing 12 people.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type).sort()).toEqual(['accident', 'disaster']);
    expect(doc.events.find((e) => e.type === 'accident')!.name).toMatch(/derailment/i);
  });

  it('reports reactor meltdowns as an accident of their own after an earthquake', () => {
    const doc = extract([
      article('art_a', 'A Decade On, Chile Rebuilds Its Coast', '2031-03-06', [
        'A magnitude 8.8 earthquake struck Chile ten years ago, killing 900 people and triggering meltdowns at the Ravenna nuclear plant.',
      ]),
    ]);
    expect(doc.events.map((e) => e.type).sort()).toEqual(['accident', 'disaster']);
    expect(doc.events.find((e) => e.type === 'accident')!.name).toMatch(/meltdown/i);
  });

  it('reads troops moved toward a border, and a standoff, as a military movement', () => {
    const doc = extract([
      article('art_a', 'Peru and Chile Hold Talks', '2031-03-06', [
        'Peru moved thousands of troops toward its border with Chile on Monday, officials in Lima said.',
        'The army said the standoff had eased by Wednesday.',
      ]),
    ]);
    const moves = doc.events.filter((e) => e.type === 'military_movement');
    expect(moves).toHaveLength(1);
    expect(names(doc, moves[0]!.actorIds)).toEqual(['Peru']);
    // A storm moving inland moves no troops.
    const storm = extract([
      article('art_b', 'Storm Weakens', '2031-03-06', [
        'The storm weakened as it moved inland over Chile on Tuesday.',
      ]),
    ]);
    expect(storm.events.some((e) => e.type === 'military_movement')).toBe(false);
  });

  it("takes the company a court orders to recall products as the recall's actor", () => {
    const doc = extract([
      article('art_a', 'Court Orders Recall', '2031-03-06', [
        'A court in Chile on Tuesday ordered appliance maker Quorvex to recall about 90,000 faulty kettles sold in stores.',
      ]),
    ]);
    const recall = doc.events.find((e) => e.type === 'recall')!;
    expect(names(doc, recall.actorIds)).toEqual(['Quorvex']);
    expect(recall.name).toBe('Quorvex recall');
  });

  it('names a rate left unchanged a rate hold, without "consecutive"', () => {
    const doc = extract([
      article('art_a', 'Central Bank Holds Rate', '2031-03-06', [
        'The Reserve Bank of Fiji left its benchmark lending rate unchanged at 6% on Wednesday, ending a run of four consecutive cuts.',
      ]),
    ]);
    expect(doc.events.map((e) => [e.type, e.name])).toEqual([['policy', 'Reserve Bank of Fiji rate hold']]);
  });

  it("keeps past fighting and a past election the text dates, between or in the article's countries", () => {
    const doc = extract([
      article('art_a', 'Peru and Chile Hold Talks in Quito', '2031-03-06', [
        'The foreign ministers of Peru and Chile held talks in Quito on Thursday.',
        'Six days of fighting in May 2029 killed at least 40 people before a truce.',
        'Chile has been governed by a coalition since a disputed presidential election in 2027.',
        'A magnitude 7.9 quake in the same region killed more than 300 people in 2019.',
      ]),
    ]);
    const clash = doc.events.find((e) => e.type === 'clash')!;
    expect(clash.name).toBe('Fighting between Peru and Chile');
    expect(clash.date).toBe('2029-05');
    expect(doc.events.find((e) => e.type === 'election')?.date).toBe('2027');
    // A past quake is background to the story, not one of its events.
    expect(doc.events.some((e) => e.type === 'disaster')).toBe(false);
  });

  it('names events from the body\'s words: both sides after "between X and the Y", no superlative, no headline capitals', () => {
    const doc = extract([
      article('art_a', 'Chile Alarmed by Troop Build-Up on Border', '2031-03-06', [
        'The air strike on Ostrena on Tuesday was the deadliest attack on the city since the war between Peru and the Velmora Liberation Front began in 2028.',
        'Peru moved thousands of troops and its artillery toward the border this week, officials in Santiago said.',
      ]),
    ]);
    const war = doc.events.find((e) => e.type === 'war')!;
    expect(war.name).toBe('War between Peru and Velmora Liberation Front');
    const names = doc.events.map((e) => e.name).join(' | ');
    expect(names).not.toMatch(/deadliest|Border|artillery/);
    expect(doc.events.find((e) => e.type === 'military_movement')?.name).toMatch(/near border$/);
  });

  it('reads kidnappings, assassinations, storms and crowds taking to the streets', () => {
    const types = (title: string, text: string) =>
      extract([article('art_a', title, '2031-03-06', [text])]).events.map((e) => e.type);
    expect(
      types(
        'Gunmen Seize Pupils',
        'Gunmen kidnapped 40 pupils from a school in Ostrena, Nigeria, on Tuesday.',
      ),
    ).toEqual(['attack']);
    expect(
      types('Mayor Killed', 'The mayor of Ostrena, Peru, was assassinated outside his home on Tuesday.'),
    ).toEqual(['attack']);
    expect(
      types(
        'Storm Hits Coast',
        'A storm with winds of 150 km/h hit the coast of Chile on Tuesday, killing four people.',
      ),
    ).toEqual(['disaster']);
    expect(
      types('Minister Quits', 'A political storm forced the finance minister of Chile to resign on Tuesday.'),
    ).not.toContain('disaster');
    expect(
      types(
        'Crowds in Capital',
        'Thousands of people took to the streets of Lima on Tuesday to oppose the fuel tax.',
      ),
    ).toEqual(['protest']);
  });

  it("makes the police who arrest protesters the protest's target, and names a crash in the body's singular", () => {
    const protest = extract([
      article('art_a', 'Police Arrest 60 as Protests Spread in Peru', '2031-03-06', [
        'Peruvian police arrested 60 protesters on Tuesday as protests over water shortages spread in Ostrena, Peru.',
      ]),
    ]).events.find((e) => e.type === 'protest')!;
    expect(protest.name).toBe('Protests in Ostrena');
    expect(protest.actorIds).toEqual([]);
    const crash = extract([
      article('art_b', 'Cargo Plane Crashes on Takeoff in Chile', '2031-03-06', [
        'A cargo plane operated by Andes Freight crashed after takeoff from Ostrena, Chile, on Tuesday, killing four crew.',
      ]),
    ]).events.find((e) => e.type === 'accident')!;
    expect(crash.name).toMatch(/^(?:Andes Freight )?crash in Ostrena$/i);
  });

  it('keeps no party-less past election in a story on the current one', () => {
    const doc = extract([
      article('art_a', 'Peru Votes in Tight Presidential Election', '2031-03-06', [
        'Peruvians voted on Sunday in a presidential election that polls showed was too close to call.',
        'Turnout was the lowest since a disputed election in 2026, officials said.',
      ]),
    ]);
    expect(doc.events.filter((e) => e.type === 'election')).toHaveLength(1);
  });

  it("merges a protest across articles when the second names only its country's parliament", () => {
    const doc = extract([
      article('art_a', 'Thousands Rally in Lima Against Media Law', '2031-05-12', [
        'Tens of thousands of people rallied in central Lima on Sunday against a bill that critics say would curb the press, in the largest protest in Peru in a decade.',
      ]),
      article('art_b', 'Peruvian Parliament Passes Media Law Despite Protests', '2031-05-14', [
        "Peru's parliament passed a contested media law on Tuesday, two days after mass demonstrations in the capital.",
      ]),
    ]);
    const protests = doc.events.filter((e) => e.type === 'protest');
    expect(protests).toHaveLength(1);
    expect(protests[0]!.articleIds.sort()).toEqual(['art_a', 'art_b']);
    expect(names(doc, protests[0]!.placeIds)).toEqual(['Lima']);
  });

  it("dates no report by when something is to happen, and keeps an earlier clash out of the talks' city", () => {
    const doc = extract([
      article('art_a', 'Peru and Chile Resume Talks in Quito', '2031-06-02', [
        'The foreign ministers of Peru and Chile resumed talks in Quito on Monday, their first meeting since border clashes in March killed 11 soldiers.',
      ]),
      article('art_b', 'Peruvian, Chilean Ministers End Quito Talks Without Deal', '2031-06-03', [
        'Peru and Chile ended two days of talks in Quito on Tuesday without agreeing on the border, but said they would meet again in July.',
      ]),
    ]);
    const talks = doc.events.filter((e) => e.type === 'meeting');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.date).toBe('2031-06-02');
    const clash = doc.events.find((e) => e.type === 'clash')!;
    expect(clash.placeIds).toEqual([]);
  });
});
