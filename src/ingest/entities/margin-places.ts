/**
 * Places named outside an article's body: in its photo captions ("… shows clashes in Mashhad, in
 * northeastern Iran", "… a rally in Tehran, Iran") and its dateline ("BANGKOK", "LIMA, Peru"). A
 * caption or a dateline often names the city a story happened in where the body never does. Only
 * places are taken from captions (their people are mostly photographers), each with the country
 * the caption or dateline puts it in. A name the body already decided keeps that decision. Pure but
 * for the registry it fills.
 */
import type { ArticleDoc } from '../../domain/document.js';
import { NAMES } from '../lexicon/gazetteer.js';
import { readArticleText } from '../text/article-text.js';
import { fold } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokens.js';
import { facilityKey, noNameAlone, type Decision } from './classify.js';
import { decideKind } from './evidence.js';
import { findNames, type CommonWords, type NameCandidate } from './names.js';
import type { EntityRegistry } from './registry.js';

/** A caption without its credit: "(AP Photo/Name)", "EPA/NAME", "Stringer/Agency via Reuters". */
export function captionText(caption: string): string {
  let text = caption.trim();
  for (let i = 0; i < 2; i++) text = text.replace(/\s*\([^()]*\)\s*$/, '');
  const lastStop = text.lastIndexOf('. ');
  if (lastStop > 0 && /\/|\bvia\b/.test(text.slice(lastStop))) text = text.slice(0, lastStop + 1);
  return text.replace(/\s+\p{Lu}[\p{L}.-]*\/[^.]*$/u, '').trim();
}

const DIRECTION = new RegExp(
  '^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|' +
    'south-?eastern|south-?western)$',
  'i',
);

/** "Mashhad, in northeastern Iran", "Tehran, Iran": the country a caption puts a place in. */
function countryAfter(tokens: readonly Token[], end: number): string | null {
  let k = end;
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (tokens[k]?.lower === 'in') k++;
  while (tokens[k] && DIRECTION.test(tokens[k]!.text)) k++;
  const m = NAMES.matchAt(tokens, k);
  return m && m.value.type === 'country' ? m.value.countryId : null;
}

/** "NEW DELHI" → "New Delhi", "LA PAZ" → "La Paz". */
const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The dateline's place, with its country: "ANTWERP, Belgium", "MOSCOW" (a capital: its country's). */
function datelinePlace(place: string): { name: string; countryId: string | null } | null {
  const [city, region] = place.split(',').map((p) => p.trim());
  if (!city) return null;
  const name = /\p{Ll}/u.test(city) ? city : titleCase(city);
  const entry = NAMES.matchAt(tokenize(name), 0);
  if (entry && entry.end === tokenize(name).length) {
    if (entry.value.type === 'capital' || entry.value.type === 'region')
      return { name, countryId: entry.value.countryId };
    return null;
  }
  const country = region ? NAMES.matchAt(tokenize(region), 0) : null;
  return { name, countryId: country?.value.type === 'country' ? country.value.countryId : null };
}

/**
 * Every caption and dateline place of each article, registered; returns per article the place ids
 * and how often its captions and dateline name them (repeated captions count once).
 */
export function marginPlaces(
  articles: readonly Pick<ArticleDoc, 'captions' | 'dateline'>[],
  common: CommonWords,
  bodyCandidates: readonly NameCandidate[][],
  bodyDecisions: readonly (Decision | null)[][],
  registry: EntityRegistry,
): Map<string, number>[] {
  const decided = new Map<string, Decision | null>();
  const facilities = new Map<string, string>();
  bodyCandidates.forEach((cands, i) =>
    cands.forEach((c, j) => {
      const d = bodyDecisions[i]![j] ?? null;
      if (c.facility && d?.kind === 'place') facilities.set(facilityKey(c), d.name);
      else decided.set(c.key, d);
    }),
  );
  const counts = articles.map(() => new Map<string, number>());
  const count = (i: number, id: string) => counts[i]!.set(id, (counts[i]!.get(id) ?? 0) + 1);
  // Every article's captions read as one text (a caption a paragraph): one pass for the corpus.
  const paragraphs: string[] = [];
  const articleOf: number[] = [];
  articles.forEach((article, i) => {
    const dateline = article.dateline?.place ? datelinePlace(article.dateline.place) : null;
    if (dateline) count(i, registry.place(dateline.name, dateline.countryId));
    for (const caption of new Set(article.captions.map(captionText))) {
      if (!caption) continue;
      paragraphs.push(caption);
      articleOf.push(i);
    }
  });
  if (!paragraphs.length) return counts;
  const text = readArticleText(paragraphs);
  for (const found of findNames(text, common)) {
    const c = withoutOpener(found, text.tokens, common);
    const g = c.gazetteer;
    let place: { name: string; countryId: string | null; aliases?: string[] } | null = null;
    if (g?.type === 'region') place = { name: g.name, countryId: g.countryId };
    else if (g?.type === 'capital' && c.reasons.has('capitalAsPlace'))
      place = { name: g.name, countryId: g.countryId };
    else if (c.facility && !g && isFacility(decided.get(c.key), c)) {
      // "at the X border crossing": the facility, as the body spells it if the body names it.
      const bare = decided.get(c.key)?.kind === 'place' ? [] : [c.text.replace(/^the\s+/i, '')];
      const name = facilities.get(facilityKey(c)) ?? c.facility.text;
      place = { name, countryId: null, aliases: [c.facility.text, ...bare] };
    } else if (!g && !c.institution && !c.branch && !noNameAlone(c.text)) {
      const body = decided.get(c.key);
      // (A name the body gives no evidence for, "Nobody leaves X", is what the caption says.)
      const kind = body ? body.kind : decideKind(c.reasons)?.kind;
      const name = body?.kind === 'place' ? body.name : c.text.replace(/^the\s+/i, '');
      if (kind === 'place') place = { name, countryId: countryAfter(text.tokens, c.tokenEnd) };
    }
    if (!place) continue;
    const paragraph = text.sentences[c.sentence]!.paragraph;
    count(articleOf[paragraph]!, registry.place(place.name, place.countryId, place.aliases));
  }
  return counts;
}

/** A caption's facility, unless the body makes its name an organisation's or a person's. */
function isFacility(body: Decision | null | undefined, c: NameCandidate): boolean {
  const kind = body === undefined ? decideKind(c.reasons)?.kind : body?.kind;
  return kind !== 'organization' && kind !== 'person';
}

/**
 * "Former Riverton mayor …": a caption opens with a capital letter, and a common word opening it
 * is no part of the name after it.
 */
function withoutOpener(c: NameCandidate, tokens: readonly Token[], common: CommonWords): NameCandidate {
  const first = tokens[c.tokenStart]!;
  if (c.tokenEnd - c.tokenStart < 2 || c.gazetteer || !(common.lower.get(first.lower) ?? 0)) return c;
  const rest = tokens[c.tokenStart + 1]!;
  const text = c.text.slice(rest.start - first.start);
  return { ...c, tokenStart: c.tokenStart + 1, start: rest.start, text, key: fold(text) };
}
