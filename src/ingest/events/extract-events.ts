/**
 * Events of a corpus: every article's reports (detect.ts), grouped into its events and merged
 * across articles (cluster.ts), kept when the evidence makes them real events, then named and
 * dated. An event is kept when its reports name a party, a place or a date, and it matters to some
 * article: its headline or lead reports it, several sentences do, a sentence dates it and names who
 * or where, or the text names it as a known event ("the 2021 coup", "a 12-day war"). Pure.
 */
import type {
  ArticleDoc,
  EntityDoc,
  EventDoc,
  EventMentionDoc,
  EventType,
  StatementDoc,
} from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import type { EntityRegistry } from '../entities/registry.js';
import { stableHash } from '../ids.js';
import type { ArticleText } from '../text/article-text.js';
import { tokenize } from '../text/tokens.js';
import { absorb, clusterArticle, clusterCorpus, familyOf, newCluster, type EventCluster } from './cluster.js';
import { detectMentions, type ArticleInput, type EventMention } from './detect.js';
import { findMainMentions } from './main-event.js';
import { mergeFigures } from './figures.js';
import { readHeadline } from './headline.js';
import { describeEvent, nameEvent } from './naming.js';
import { dayOf, isoOf } from './when.js';

export interface ExtractedEvents {
  events: EventDoc[];
  /** The events a statement speaks about, by statement id. */
  about: Map<string, string[]>;
}

export function extractEvents(
  articles: readonly ArticleDoc[],
  texts: readonly ArticleText[],
  mentions: readonly (readonly Mention[])[],
  registry: EntityRegistry,
  statements: readonly StatementDoc[] = [],
): ExtractedEvents {
  const lookup = (id: string): EntityDoc | undefined => registry.entities.get(id);
  const countryOf = (id: string) => lookup(id)?.locatedIn;
  const salient = new Set<object>();
  const perArticle = articles.map((article, i) => {
    const published = dayOf(article.publishedAt);
    const title = readHeadline(article.title, mentions[i]!, registry);
    const input = { text: texts[i]!, mentions: mentions[i]!, published, title };
    const found = detectMentions(input);
    const clusters = clusterArticle(article.id, found, countryOf);
    ownEvent(article.id, clusters, input);
    const own = clusters.find((c) => c.mainIn.size);
    if (own) {
      own.signature = storyNames(title.mentions, mentions[i]!);
      own.storyPlaces = new Set(
        [...title.mentions, ...mentions[i]!.filter((m) => m.sentence <= 1)]
          .filter((m) => m.kind === 'place')
          .map((m) => m.entityId),
      );
      const dated = own.reports.find((r) => r.mention.date === own.date)?.mention;
      if (dated && !ownDate(dated)) own.date = null;
    }
    // The article's own event, with no party or place of its own, is between the headline's countries
    // ("India and Pakistan Trade Blame After Shelling").
    const main =
      clusters.find((c) => c.mainIn.size) ??
      clusters.find((c) => c.reports.some((r) => r.mention.sentence < 0 && !r.mention.inPhrase));
    if (main && !main.actors.size && !main.targets.size && !main.countries.size) {
      for (const m of title.mentions) if (m.kind === 'country') main.countries.set(m.entityId, m);
      if (main.countries.size) main.mainIn.add(article.id);
    }
    const kept = clusters.filter((c) => c.mainIn.size || hasEvidence(c));
    for (const c of kept) {
      if (matters(c, published, main?.type)) for (const r of c.reports) salient.add(r.mention);
    }
    // Inherited parties place an event; they never make it matter.
    if (main) inherit(main, kept, countryOf);
    for (const c of kept) {
      // The article's own event, undated in its text, happened around the article's date.
      if (!c.date && c.mainIn.size && published !== null) {
        c.date = { from: published - 1, to: published, precision: 'day', start: -1, end: -1 };
      }
    }
    return kept;
  });
  const events = clusterCorpus(perArticle, countryOf);
  const kept = events.filter((e) => e.reports.some((r) => salient.has(r.mention)));
  const docs = kept.map((e) => toDoc(e, lookup));
  return {
    events: [...docs].sort((a, b) => a.id.localeCompare(b.id)),
    about: statementsAbout(statements, kept, docs),
  };
}

/**
 * A statement speaks about an event when it is said in a sentence that reports the event, or else
 * when its words include one its article used for the event: "Bombing a market is not a mistake" is
 * about the market's air strike, which the headline called a bombing.
 */
function statementsAbout(
  statements: readonly StatementDoc[],
  events: readonly EventCluster[],
  docs: readonly EventDoc[],
): Map<string, string[]> {
  const sentences = new Map<string, { id: string; start: number; end: number }[]>();
  events.forEach((e, i) => {
    for (const r of e.reports) {
      if (r.mention.sentence < 0) continue;
      const list = sentences.get(r.articleId) ?? [];
      list.push({ id: docs[i]!.id, start: r.mention.start, end: r.mention.end });
      sentences.set(r.articleId, list);
    }
  });
  const words = new Map<string, { id: string; phrase: string[] }[]>();
  events.forEach((e, i) => {
    for (const r of e.reports) {
      const forms = new Set([r.mention.trigger, r.mention.noun]);
      for (const form of forms) {
        const list = words.get(r.articleId) ?? [];
        const id = docs[i]!.id;
        if (!list.some((w) => w.id === id && w.phrase.join(' ') === form))
          list.push({ id, phrase: form.split(' ') });
        words.set(r.articleId, list);
      }
    }
  });
  const about = new Map<string, string[]>();
  for (const s of statements) {
    const list = words.get(s.articleId);
    if (!list) continue;
    const lower = s.text.toLowerCase();
    const ids = new Set<string>();
    for (const span of s.spans ?? []) {
      for (const x of sentences.get(s.articleId) ?? [])
        if (span.start < x.end && x.start < span.end) ids.add(x.id);
    }
    if (ids.size) {
      about.set(s.id, [...ids]);
      continue;
    }
    // Tokens only for statements that hold one of the words at all.
    const candidates = list.filter((w) => lower.includes(w.phrase[0]!));
    if (!candidates.length) continue;
    const tokens = tokenize(s.text).map((t) => t.lower);
    for (const { id, phrase } of candidates) {
      for (let i = 0; i + phrase.length <= tokens.length && !ids.has(id); i++) {
        if (phrase.every((w, k) => tokens[i + k] === w)) ids.add(id);
      }
    }
    if (ids.size) about.set(s.id, [...ids]);
  }
  return about;
}

/**
 * Every article reports an event of its own. Written priorities, first found wins:
 *   1. the event the event lexicon reads in the headline;
 *   2. the event WordNet reads in the headline, when the word is one of its kind's anchors;
 *   3. the event clustering found with parties in the headline or lead;
 *   4. the event the lexicon reads in the lead, with some evidence, not dated in the past;
 *   5. what WordNet reads in the lead, or an eventive verb of no known kind.
 */
function ownEvent(articleId: string, clusters: EventCluster[], input: ArticleInput) {
  const main = clusters.find((c) => c.mainIn.size);
  if (main?.reports.some((r) => r.mention.sentence < 0)) return;
  const found = findMainMentions(input);
  // WordNet's reading outranks the lexicon's lead only when the headline word is itself an anchor
  // ("Frees", "Acquires"), not a word filed under one ("Poisons" under kill).
  const headline = found[0] && found[0].sentence < 0 && found[0].type !== 'other' && found[0].depth === 0;
  if (main && !headline) return;
  // (Not one the lead dates by a past year or month: "hunger has doubled since the 2020 coup".)
  const lead = headline
    ? undefined
    : clusters.find(
        (c) =>
          (hasEvidence(c) || namesSomeone(c, input)) &&
          !(c.date && isPast(c.date, input.published)) &&
          c.reports.some((r) => r.mention.sentence <= 0 && !r.mention.inPhrase),
      );
  const own = lead ?? adopt(articleId, clusters, found);
  if (!own) return;
  for (const c of clusters) c.mainIn.delete(articleId);
  own.mainIn.add(articleId);
}

/**
 * The sentence of an event's headline or lead report names someone (not a country), who becomes
 * its actor: "A publicist says Kora Vane has checked into rehab".
 */
function namesSomeone(c: EventCluster, input: ArticleInput): boolean {
  const r = c.reports.find((x) => x.mention.sentence <= 0);
  if (!r) return false;
  const ms = r.mention.sentence < 0 ? input.title.mentions : input.mentions.filter((m) => m.sentence === 0);
  const someone = ms.find((m) => m.kind !== 'country' && !m.medium && m.tokenEnd <= r.mention.at[0]);
  if (!someone) return false;
  c.actors.set(someone.entityId, someone);
  return true;
}

/** WordNet's mentions of the own event, joined to the article's event of their kind family if any. */
function adopt(articleId: string, clusters: EventCluster[], found: EventMention[]): EventCluster | null {
  const [first, ...rest] = found;
  if (!first) return null;
  // "Mayor Killed" over "was assassinated": one happening, the lexicon's kind kept.
  const same =
    first.type !== 'other' ? clusters.find((c) => familyOf(c.type) === familyOf(first.type)) : undefined;
  const c = same ?? newCluster(articleId, first);
  for (const m of same ? found : rest) absorb(c, articleId, m);
  if (!same) clusters.unshift(c);
  return c;
}

/**
 * Can a report's date be the date of the article's own event? A year alone dates what the article
 * recalls ("a region hit by the 2004 tsunami"), unless it names the event itself ("the 2020 coup").
 */
function ownDate(m: EventMention): boolean {
  const d = m.date;
  if (!d || d.precision !== 'year') return true;
  return d.end === m.at[0] || d.end === m.at[0] - 1;
}

/** Who and where the headline and lead name, countries and news outlets aside. */
function storyNames(title: readonly Mention[], body: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const m of [...title, ...body.filter((m) => m.sentence <= 1)])
    if (m.kind !== 'country' && !m.medium) ids.add(m.entityId);
  return ids;
}

/** Types whose events end or settle an article's own conflict: they are between its parties. */
const SETTLES = new Set(['labour_strike', 'war', 'clash', 'protest']);

/**
 * What an article's other events, naming no party and no place of their own, take from its own
 * event: where it happened ("the 2016 accord" in an article about Colombia), and for an agreement
 * that settles the article's conflict, its parties ("the pay deal" ending a strike).
 */
function inherit(
  main: EventCluster,
  clusters: readonly EventCluster[],
  countryOf: (id: string) => string | undefined,
) {
  // The article's countries: where its own event happened, else the countries it is between or
  // whose institutions did it ("Georgia's parliament passed …").
  const own = main.countries.size ? main.countries : new Map<string, Mention>();
  if (!own.size) {
    for (const [id, m] of [...main.actors, ...main.targets]) {
      if (m.kind === 'country') own.set(id, m);
      else if (m.ownerId) own.set(m.ownerId, m);
    }
  }
  for (const c of clusters) {
    if (c === main || c.actors.size || c.targets.size || c.countries.size) continue;
    if (c.type === 'agreement' && SETTLES.has(main.type)) {
      for (const [id, m] of main.actors) c.actors.set(id, m);
      for (const [id, m] of main.targets) c.targets.set(id, m);
    }
    // "Five days of fighting in July 2025" in a story on two countries' talks: fighting between them.
    if (BETWEEN.has(c.type) && !main.countries.size && own.size >= 2 && !c.places.size) {
      for (const [id, m] of own) c.actors.set(id, m);
      continue;
    }
    if (![...c.places.keys()].some(countryOf)) for (const [id, m] of own) c.countries.set(id, m);
  }
}

/** Types of event fought between sides: without parties of their own, the article's countries. */
const BETWEEN = new Set(['war', 'clash']);

/** Types of event that history names by their date: "the 2020 election", "the July fighting". */
const KNOWN_WHEN_DATED = new Set(['war', 'coup', 'clash', 'election']);

/** Dated by a month or a year that ended before the article's month. */
const isPast = (d: NonNullable<EventMention['date']>, published: number | null) =>
  (d.precision === 'month' || d.precision === 'year') && published !== null && d.to < published - 31;

const hasEvidence = (c: EventCluster) =>
  c.actors.size + c.targets.size + c.places.size + c.countries.size > 0 || !!c.date;

/** Does the event matter to its article (see the file comment)? */
function matters(c: EventCluster, published: number | null, mainType?: EventType): boolean {
  if (c.mainIn.size) return true;
  const reports = c.reports.map((r) => r.mention);
  if (reports.length >= 2) return true;
  // A past war, clash or election the text dates by its month or year is a known event ("a
  // disputed election in 2020", "fighting in July 2025"), whoever it names. (Not any past event:
  // "a quake killed 500 in 2007" and "fires last year" are background to the story; nor the last
  // election in a story on this one, which names its parties when it matters.)
  const known = KNOWN_WHEN_DATED.has(c.type) && c.type !== mainType;
  if (known && reports.some((m) => m.date && m.date.start >= 0 && isPast(m.date, published))) return true;
  // A name the text gives it: "a 12-day war", "the 2021 coup", "the Oreshnik missile".
  if (reports.some((m) => m.pos === 'noun' && m.roles.specifiers.some((s) => /^(?:\p{Lu}|\d)/u.test(s))))
    return true;
  const parties = c.actors.size + c.targets.size + c.places.size + c.countries.size;
  if (!parties) return false;
  // Counted ("two people were injured in a clash"), or dated in a clause of its own.
  if (reports.some((m) => m.figures.length || (((m.date && m.date.start >= 0) || m.undated) && !m.inPhrase)))
    return true;
  // A war or a coup the text dates is a known event even in passing ("since the 2022 invasion").
  return (c.type === 'war' || c.type === 'coup') && reports.some((m) => m.date && m.date.start >= 0);
}

function toDoc(e: EventCluster, lookup: (id: string) => EntityDoc | undefined): EventDoc {
  const exists = (id: string) => !!lookup(id);
  const actorIds = [...e.actors.keys()].filter(exists);
  const targetIds = [...e.targets.keys()].filter((id) => exists(id) && !actorIds.includes(id));
  // An institution attacked or sanctioned involves its country.
  for (const t of e.targets.values()) {
    const owner = t.ownerId;
    if (owner && exists(owner) && !targetIds.includes(owner) && !actorIds.includes(owner))
      targetIds.push(owner);
  }
  const placeIds = [...e.places.keys()].filter((id) => lookup(id)?.type === 'Place');
  const countryIds = [
    ...new Set([...e.countries.keys(), ...placeIds.map((id) => lookup(id)?.locatedIn ?? '')]),
  ].filter((id) => id && lookup(id)?.type === 'Country');
  const participantIds = [...new Set([...actorIds, ...targetIds, ...countryIds])];
  const stated =
    e.reports.find(
      (r) => r.mention.date && r.mention.date.start >= 0 && (!e.mainIn.size || ownDate(r.mention)),
    )?.mention.date ?? e.date;
  const when = stated ? isoOf(stated) : null;
  const figures = mergeFigures(e.reports.flatMap((r) => r.mention.figures));
  const name = nameEvent(e, lookup);
  const articleIds = [...new Set(e.reports.map((r) => r.articleId))];
  const seen = new Set<string>();
  const mentions: EventMentionDoc[] = [];
  for (const r of e.reports) {
    if (r.mention.sentence < 0) continue;
    const key = `${r.articleId}:${r.mention.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ articleId: r.articleId, start: r.mention.start, end: r.mention.end });
  }
  return {
    id: `evt_${stableHash(`${e.type}\u0000${name}\u0000${when?.date ?? ''}\u0000${articleIds[0]}`)}`,
    type: e.type,
    name,
    description: describeEvent(e, when?.date ?? null, figures, lookup),
    date: when?.date ?? null,
    ...(when?.end ? { dateEnd: when.end } : {}),
    actorIds,
    targetIds,
    participantIds,
    placeIds,
    countryIds,
    figures,
    articleIds,
    mentions,
    ...(e.evidence?.length ? { mergeEvidence: e.evidence } : {}),
  };
}
