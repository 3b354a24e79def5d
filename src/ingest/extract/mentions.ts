/**
 * Mentions of entities in one paragraph, with their offsets: countries (by name, capital used as a
 * metonym, or demonym), organisations (known, country-owned institutions, introduced by a class
 * noun), places, and people (runs of capitalised words, with role titles peeled off). Pure.
 */
import { ORG_CLASS_NOUNS, ORG_NAME_HEADS } from '../gazetteer/organizations.js';
import {
  CAPITAL_RE,
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_NAME_RE,
  DEMONYM_RE,
  INSTITUTION_HEAD_RE,
  institutionOwner,
  ORG_BY_SEAT,
  ORG_BY_SURFACE,
  ORG_RE,
  TITLE_AT_END_RE,
} from './lexicon.js';
import { HONORIFICS, TITLES } from '../gazetteer/titles.js';
import { acronymMatcher, findAcronymDefinitions } from './acronyms.js';
import { escapeRegex } from './text.js';

export type MentionKind = 'person' | 'country' | 'organization' | 'place' | 'title';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** Country id; org canonical name; person full name as written; place name. */
  key: string;
  /** How a country was named: its name, its capital (metonym) or a demonym (adjective). */
  via?: 'name' | 'capital' | 'demonym';
  /** For institutions: the owning country id, or null when the text names none ("the defense ministry"). */
  owner?: string | null;
  /** Persons: a title written right before the name, and what it belongs to. */
  role?: { title: string; ownerKind?: MentionKind; ownerKey?: string };
  /** A single capitalised word that may be a known surname. */
  single?: boolean;
}

const CAPITALISED_STOP = new Set(
  `The A An In On At But And Or As If When While After Before Also Asked Within With Without For From To Of By
  Its His Her Their Our We He She It They This That These Those There Here What Who Why How Some Many More Most
  No Not Yes Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Day Days Week
  Mr Mrs Ms Dr Residential Military Authorities Investors World Western Eastern Northern Southern White Black
  Within Meanwhile However Despite Although Though Because Since Until Once Under Over About Among Between
  Stringer Photo Video File Reuters AFP AP EPA UGC Breaking Update Live Read More Also Separately Earlier Later
  Several Other Another Each Every Both All Any One Two Three Four Five Six Seven Eight Nine Ten First Second Third
  Last Next New Old Former Late Early President Minister Mayor Governor Secretary General Gen Brig Lt Col Maj
  Sen Rep Prime Foreign Defense Defence Finance Interior Chief Deputy Vice Commander Spokesman Spokesperson
  Ambassador Envoy King Queen Prince Pope Chancellor Speaker Senator Judge Justice Director Chairman Chair
  Commissioner High Human Rights Office State Council Ministry Government Parliament Army Navy Force Forces
  Air Police Security Intelligence Service Press Agency News Union Party Court Republic Kingdom Federation
  Islamic Democratic People Peoples National International Central Supreme United Nations European Asian
  African American Atlantic Pacific Gulf Sea Ocean River Region Province City District Oblast Street Square
  God Allah Christmas Easter Ramadan Covid COVID Rival Rivals Shares Critics Residents Officials Witnesses
  Protesters Farmers Workers Supporters Opponents Regulators Analysts Economists Doctors Lawmakers Hurricane
  Typhoon Cyclone Storm Tropical`.split(/\s+/),
);

/** "Jan." is January; "Jan" alone is a first name ("Jan de Wit"). */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** Stop words that can also open an organisation's name ("World Trade Organization"). */
const ORG_NAME_OPENERS = new Set(
  `World Western Eastern Northern Southern White Black Islamic Democratic People Peoples National International
  Central Supreme United European Asian African American Atlantic Pacific Gulf Human State Security Intelligence
  Press News Air Police Foreign Defense Defence Finance Interior High Republic Military Federation General Federal
  Royal Civil Social`.split(/\s+/),
);

/** A lower-case role of an organisation, then a name: what stands before it is the organisation. */
const ORG_ROLE_AFTER =
  /^\s+(?:coach|manager|president|chairman|chairwoman|chief executive|CEO|founder|owner|captain|striker|midfielder|defender|goalkeeper|spokesman|spokeswoman|spokesperson)\s+\p{Lu}/u;

/** "chief strategist at Sakura Asset Management": where a person works is an organisation. */
const WORKPLACE_BEFORE =
  /\b(?:analyst|economist|strategist|researcher|fellow|professor|director|head|chief|officer|partner|executive|manager|official|lawyer|consultant|adviser|advisor|scientist|editor|reporter|correspondent|spokes(?:man|woman|person))\s+(?:at|with)\s+(?:the\s+)?$/i;

/** Titles whose preceding words name a portfolio rather than a place. */
const PORTFOLIO_TITLES = new Set(['Minister', 'Secretary', 'Commissioner', 'Director', 'Chief', 'Officer']);

/** Capitalised title words that can sit inside a run of capitalised words. */
const TITLE_WORDS = new Set(
  TITLES.filter((t) => /^\p{Lu}/u.test(t) && !t.includes(' ')).map((t) => t.replace(/\.$/, '')),
);

const MULTIWORD_TITLE_RE = new RegExp(
  `(?<![\\p{L}])(${TITLES.filter((t) => /^\p{Lu}/u.test(t) && t.includes(' ')).map(escapeRegex).join('|')})(?=\\s+\\p{Lu})`,
  'gu',
);

/** Descriptive titles written in lower case, capitalised only at a sentence start ("Analyst Tunde Okafor"). */
const LOWER_TITLES = new Set(TITLES.filter((t) => /^\p{Ll}/u.test(t) && !t.includes(' ')));

const NAME_TOKEN = /\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}'’\-]*|\p{Lu}\./gu;
const LOCATIVE = /(?:\b(?:in|near|outside|around|at|from|to|into|across|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?(?:city of\s+|town of\s+)?)$/i;
const SEA_AFTER = /^\s+(?:Sea|Ocean|Strait|Straits)\b/;
/** Up to four capitalised words after a demonym, the last one captured: "Beef Exporters Association". */
const ORG_NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(\p{Lu}[\p{L}'’-]*)(?![\p{L}])/u;
/** Capitalised words right after `at` that end in an organisation head: "Islamabad Policy Institute". */
function opensOrgName(text: string, at: number): boolean {
  const rest = ORG_NAME_AFTER.exec(text.slice(at, at + 80));
  return Boolean(rest && ORG_HEADS.has(rest[1]!));
}

/**
 * A capitalised word right after `at` that is no title, stop word or country: the word before it
 * opens a longer name ("British Columbia", "Sofia Marchetti") rather than naming a country.
 */
function opensName(text: string, at: number): boolean {
  const run = /^(?: \p{Lu}[\p{L}'’-]*){1,4}/u.exec(text.slice(at, at + 60))?.[0].trim().split(' ') ?? [];
  const next = run[0];
  if (!next) return false;
  // "Brazilian Environment Minister …" (a portfolio, then its title) keeps the country;
  // "British Columbia Premier …" (a place, then its office) does not.
  const title = run.findIndex((w) => TITLE_WORDS.has(w));
  if (title >= 0) return title > 0 && !PORTFOLIO_TITLES.has(run[title]!);
  return !CAPITALISED_STOP.has(next) && !COUNTRY_BY_NAME.has(next);
}

/** A region after a known organisation's name: its branch there. */
const BRANCH_AFTER = /^ (?:Africa|Asia|Europe|Americas|Latin America|Middle East|Asia-Pacific|Pacific)(?![\p{L}])/u;

/** Prepositions that put a multi-word name in a place ("at" and "from" also precede people). */
const PLACE_PREPOSITION =
  /(?:\b(?:in|near|outside|around|across)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?|\b(?:town|city|village|port|region|province|district|county|state) of\s+)$/i;
const PLACE_AFTER = /^\s+(?:region|province|city|oblast|district|area|county|state)\b/i;
const ORG_WITH_CONNECTOR = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’-]*\\s+)*(?:${ORG_NAME_HEADS.join('|')}|Committee|Bank))\\s+(of|for|to)\\s+(?:the\\s+)?` +
    `(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`,
  'gu',
);
const CLASS_ACRONYM = new RegExp(`\\b(?:${ORG_CLASS_NOUNS.join('|')})\\s+(\\p{Lu}[\\p{Lu}\\d&]{1,7})(?![\\p{L}\\d])`, 'gu');
const CLASS_BEFORE = new RegExp(`\\b(?:${ORG_CLASS_NOUNS.join('|')})\\s+$`, 'i');
const ORG_HEADS = new Set(ORG_NAME_HEADS);
/** "Norvolt, Sweden's largest battery maker," — an appositive that classifies the name as an organisation. */
const APPOSITIVE_ORG = new RegExp(
  `^,\\s+(?:\\p{Lu}[\\p{L}.]*['’]s\\s+|(?:the|a|an)\\s+(?:\\p{Ll}+['’]s\\s+)?)(?:(?!(?:at|of|for|in|with|from|to|on)\\s)[\\p{Ll}\\d-]+\\s+){0,3}(?:${ORG_CLASS_NOUNS.join('|')})\\b`,
  'u',
);

/** Acronyms defined anywhere in the corpus ("… Agency (NEMA)"), so that a bare "NEMA" elsewhere resolves. */
export interface CorpusAcronyms {
  expansions: Map<string, string>;
  matcher: RegExp | null;
}
const NO_ACRONYMS: CorpusAcronyms = { expansions: new Map(), matcher: null };

export function corpusAcronyms(paragraphs: Iterable<string>): CorpusAcronyms {
  const expansions = new Map<string, string>();
  for (const p of paragraphs) for (const d of findAcronymDefinitions(p)) if (!expansions.has(d.acronym)) expansions.set(d.acronym, d.expansion);
  return { expansions, matcher: acronymMatcher(expansions.keys()) };
}

function overlaps(spans: Mention[], start: number, end: number) {
  return spans.some((s) => s.start < end && start < s.end);
}

function add(spans: Mention[], m: Mention) {
  if (!overlaps(spans, m.start, m.end)) spans.push(m);
}

/** Every entity mention in a paragraph, sorted by offset, non-overlapping. */
export function findMentions(text: string, acronyms: CorpusAcronyms = NO_ACRONYMS): Mention[] {
  const spans: Mention[] = [];

  // 0. Organisations the corpus defines with an acronym: the expansion, "(ACR)" and the bare acronym.
  for (const d of findAcronymDefinitions(text)) {
    const key = acronyms.expansions.get(d.acronym) ?? d.expansion;
    add(spans, { start: d.start, end: d.end, surface: d.expansion, kind: 'organization', key });
  }
  if (acronyms.matcher) {
    for (const m of text.matchAll(acronyms.matcher)) {
      add(spans, { start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: 'organization', key: acronyms.expansions.get(m[0])! });
    }
  }

  // 1. Country-owned institutions ("Russia's defense ministry") before countries take their owner.
  for (const m of text.matchAll(INSTITUTION_HEAD_RE)) {
    const owner = institutionOwner(text.slice(0, m.index!));
    if (!owner) continue;
    // "the military", "the police" without an owner are too vague to be an organisation.
    const head = m[0].toLowerCase();
    if (!owner.countryId && !/ministry|air force|parliament/.test(head)) continue;
    const start = owner.countryId ? owner.start : m.index!;
    const end = m.index! + m[0].length;
    add(spans, { start, end, surface: text.slice(start, end), kind: 'organization', key: head, owner: owner.countryId });
  }
  // 2. Known organisations.
  for (const m of text.matchAll(ORG_RE)) {
    const org = ORG_BY_SURFACE.get(m[0])!;
    // "Greenpeace Africa": a regional branch is an organisation of its own.
    const branch = BRANCH_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))?.[0];
    if (branch && !COUNTRY_BY_NAME.has(m[0])) {
      const surface = m[0] + branch;
      add(spans, { start: m.index!, end: m.index! + surface.length, surface, kind: 'organization', key: `${org.name}${branch}` });
      continue;
    }
    add(spans, { start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: 'organization', key: org.name });
  }
  // 2a. Organisation names with a connector: "Bank of Korea", "Committee to Protect Journalists"
  //     ("for"/"to" only before a name that is no country: "the Commission to Greece" is not one).
  for (const m of text.matchAll(ORG_WITH_CONNECTOR)) {
    const [, , connector, tail] = m;
    if (connector !== 'of' && COUNTRY_BY_NAME.has(tail!.split(' ')[0]!)) continue;
    const head = m[1]!.split(' ');
    const first = head.findIndex((w) => !CAPITALISED_STOP.has(w) || ORG_NAME_OPENERS.has(w) || ORG_HEADS.has(w));
    const start = m.index! + head.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
    // The name stops before a title: "Bank of Korea Governor Kim Min-jun".
    const tailWords = tail!.split(' ');
    const titleAt = tailWords.findIndex((w) => TITLE_WORDS.has(w));
    const kept = titleAt > 0 ? tailWords.slice(0, titleAt).join(' ') : tail!;
    const end = m.index! + m[0].length - tail!.length + kept.length;
    add(spans, { start, end, surface: text.slice(start, end), kind: 'organization', key: text.slice(start, end) });
  }
  // 2b. An unknown acronym introduced by a class noun: "the state news agency INA".
  for (const m of text.matchAll(CLASS_ACRONYM)) {
    const start = m.index! + m[0].length - m[1]!.length;
    add(spans, { start, end: start + m[1]!.length, surface: m[1]!, kind: 'organization', key: m[1]! });
  }
  // 3. Countries: names, then capitals (metonym, or a place after a locative preposition), then demonyms.
  for (const m of text.matchAll(COUNTRY_NAME_RE)) {
    // "Central America", "Latin America": a region, not the country.
    if (/(?:Central|Latin|South|North|East|West)\s+$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    // "the South China Sea", "Canada Revenue Agency": part of a place's or an organisation's name.
    if (SEA_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    // ("US National Hurricane Center": an abbreviation stays a country; the name run cannot hold it.)
    if (/\p{Ll}/u.test(m[0]) && opensOrgName(text, m.index! + m[0].length)) continue;
    // "Environment Canada, the national weather agency,": the country ends an organisation's name.
    if (/\p{Lu}[\p{L}-]* $/u.test(text.slice(Math.max(0, m.index! - 30), m.index!)) && APPOSITIVE_ORG.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    add(spans, { start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: 'country', key: COUNTRY_BY_NAME.get(m[0])!, via: 'name' });
  }
  for (const m of text.matchAll(CAPITAL_RE)) {
    if (opensOrgName(text, m.index! + m[0].length)) continue; // "the Islamabad Policy Institute"
    if (opensName(text, m.index! + m[0].length)) continue; // "Sofia Marchetti": a first name
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const isPlace = LOCATIVE.test(before) && !/['’]s\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3));
    // A seat of government that stands for an organisation ("Brussels" for the EU).
    const org = isPlace ? undefined : ORG_BY_SEAT.get(m[0]);
    if (org) {
      add(spans, { start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: 'organization', key: org });
      continue;
    }
    add(spans, {
      start: m.index!,
      end: m.index! + m[0].length,
      surface: m[0],
      kind: isPlace ? 'place' : 'country',
      key: isPlace ? m[0] : COUNTRY_BY_CAPITAL.get(m[0])!,
      via: 'capital',
    });
  }
  for (const m of text.matchAll(DEMONYM_RE)) {
    // "the Brazilian Beef Exporters Association": the demonym opens an organisation's name;
    // "British Columbia": it opens a place's. Titles ("Indian Defence Minister") do not count.
    if (opensOrgName(text, m.index! + m[0].length) || opensName(text, m.index! + m[0].length)) continue;
    add(spans, { start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: 'country', key: COUNTRY_BY_DEMONYM.get(m[0])!, via: 'demonym' });
  }
  // 4. Multi-word titles before names ("High Commissioner for Refugees Ines Moreau"), so that they are
  //    not read as part of a name.
  for (const m of text.matchAll(MULTIWORD_TITLE_RE)) {
    spans.push({ start: m.index!, end: m.index! + m[1]!.length, surface: m[1]!, kind: 'title', key: m[1]! });
  }

  // 5. Runs of capitalised words: organisations by class noun or head, places, people.
  const tokens = [...text.matchAll(NAME_TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  let i = 0;
  while (i < tokens.length) {
    const run = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(run.at(-1)!.end, tokens[j]!.start);
      if (gap === ' ') run.push(tokens[j]!);
      else if (/^ (?:(?:de|da|das|dos|del|van|von|der|den|ter|al|bin|ibn|el|la|le|di|du)[ -]){1,2}$/.test(gap)) run.push(tokens[j]!);
      else break;
      j++;
    }
    i = j;
    classifyRun(text, run, spans);
  }
  return spans.filter((s) => s.kind !== 'title').sort((a, b) => a.start - b.start);
}

function classifyRun(text: string, run: { start: number; end: number; text: string }[], spans: Mention[]) {
  // Split the run wherever a token is already covered (a country, an organisation).
  let segment: typeof run = [];
  const flush = () => {
    if (segment.length) classifySegment(text, segment, spans);
    segment = [];
  };
  for (const t of run) {
    if (overlaps(spans, t.start, t.end)) flush();
    else segment.push(t);
  }
  flush();
}

function classifySegment(text: string, segment: { start: number; end: number; text: string }[], spans: Mention[]) {
  // Peel off capitalised stop words and titles at the start ("But", "President", "Gen.").
  const bare = (t: { text: string }) => t.text.replace(/['’]s$/, '').replace(/\.$/, '');
  // A run that ends like an organisation's name keeps the words that open such names.
  const orgShaped = segment.length > 1 && ORG_HEADS.has(bare(segment.at(-1)!));
  while (
    segment.length &&
    !(orgShaped && ORG_NAME_OPENERS.has(bare(segment[0]!))) &&
    (CAPITALISED_STOP.has(bare(segment[0]!)) ||
      LOWER_TITLES.has(bare(segment[0]!).toLowerCase()) ||
      /^\p{Lu}\.$/u.test(segment[0]!.text) ||
      MONTH_ABBREVIATION.test(segment[0]!.text))
  ) {
    segment = segment.slice(1);
  }
  // A title inside the run ("Gdansk Mayor Ewa Nowicka", "Director-General Ines Moreau"):
  // what precedes it is an owner (a place), what follows is the name.
  const titleAt = segment.findLastIndex((t, k) => k < segment.length - 1 && TITLE_WORDS.has(bare(t)));
  if (titleAt >= 0) {
    const owner = segment.slice(0, titleAt).filter((t) => !CAPITALISED_STOP.has(bare(t)));
    // Before "Minister" or "Secretary" stands a portfolio ("Emergency Preparedness Minister"), not a place.
    if (owner.length && !PORTFOLIO_TITLES.has(bare(segment[titleAt]!))) {
      const oStart = owner[0]!.start;
      const oEnd = owner.at(-1)!.end;
      add(spans, { start: oStart, end: oEnd, surface: text.slice(oStart, oEnd), kind: 'place', key: text.slice(oStart, oEnd) });
    }
    segment = segment.slice(titleAt + 1);
    if (!segment.length) return;
  }
  if (!segment.length) return;
  const start = segment[0]!.start;
  let end = segment.at(-1)!.end;
  let surface = text.slice(start, end);
  const possessive = /['’]s$/.exec(surface);
  if (possessive) {
    end -= 2;
    surface = surface.slice(0, -2);
  }
  const last = surface.split(' ').at(-1)!;
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);

  if (ORG_HEADS.has(last)) {
    add(spans, { start, end, surface, kind: 'organization', key: surface });
    return;
  }
  // "Palmeiras president Beatriz Souza", "Paris Saint-Germain, which had bid": only organisations
  // have presidents and coaches before a name, and take "which".
  const orgByContext =
    ORG_ROLE_AFTER.test(after) || WORKPLACE_BEFORE.test(before) || (/^,\s+which\b/.test(after) && !LOCATIVE.test(before));
  if (CLASS_BEFORE.test(before) || APPOSITIVE_ORG.test(text.slice(end, end + 80)) || orgByContext) {
    add(spans, { start, end, surface, kind: 'organization', key: surface });
    return;
  }
  if (segment.length === 1) {
    if (/^\p{Lu}{2,6}$/u.test(surface)) return; // an unknown acronym: only a speaker makes it an organisation
    if (/^(?:North|South|East|West|Central)$/.test(surface)) return;
    if (LOCATIVE.test(before) || PLACE_AFTER.test(after)) {
      add(spans, { start, end, surface, kind: 'place', key: surface });
      return;
    }
    add(spans, { start, end, surface, kind: 'person', key: surface, single: true });
    return;
  }
  if (PLACE_AFTER.test(after) || segment.some((t) => t.text.endsWith('.') && t.text.length > 2)) {
    if (PLACE_AFTER.test(after)) add(spans, { start, end, surface, kind: 'place', key: surface });
    return;
  }
  // "reporters in Sao Paulo": a name right after "in"/"near" is a place, unless it owns something.
  if (PLACE_PREPOSITION.test(before) && !possessive) {
    add(spans, { start, end, surface, kind: 'place', key: surface });
    return;
  }
  const role = roleBefore(text, start, spans);
  add(spans, { start, end, surface, kind: 'person', key: surface, ...(role ? { role } : {}) });
}

/** The title written right before a name, and the country or organisation it belongs to. */
function roleBefore(text: string, nameStart: number, spans: Mention[]): Mention['role'] | undefined {
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const titled = TITLE_AT_END_RE.exec(before.replace(/\s+$/, ''));
  if (!titled) return undefined;
  // Several titles in a row ("military spokesperson Brig. Gen."): keep the leftmost descriptive one.
  let title = titled.groups!.title!;
  let titleStart = nameStart - (before.length - before.replace(/\s+$/, '').length) - title.length;
  for (;;) {
    const more = TITLE_AT_END_RE.exec(text.slice(Math.max(0, titleStart - 60), titleStart).replace(/\s+$/, ''));
    if (!more) break;
    const gap = text.slice(0, titleStart).length - text.slice(0, titleStart).replace(/\s+$/, '').length;
    titleStart = titleStart - gap - more.groups!.title!.length;
    if (!/\.$/.test(title)) break; // keep "spokesperson" over "Brig. Gen."
    title = more.groups!.title!;
  }
  if (HONORIFICS.has(title)) return undefined;
  // "Chilean Environment Minister": the capitalised portfolio before the title is part of it.
  if (PORTFOLIO_TITLES.has(title)) {
    for (const words of [2, 1]) {
      const portfolio = new RegExp(`(?:\\p{Lu}[\\p{Ll}-]+ ){${words}}$`, 'u').exec(text.slice(Math.max(0, titleStart - 40), titleStart));
      const from = titleStart - (portfolio?.[0].length ?? 0);
      if (!portfolio || overlaps(spans, from, titleStart) || CAPITALISED_STOP.has(portfolio[0].trim().split(' ')[0]!)) continue;
      title = portfolio[0] + title;
      titleStart = from;
      break;
    }
  }
  const owner = [...spans]
    .filter((s) => s.end <= titleStart && /^(?:['’]s)?\s*$/.test(text.slice(s.end, titleStart)) && s.kind !== 'person')
    .sort((a, b) => b.end - a.end)[0];
  return {
    title: title.replace(/\s+/g, ' '),
    ...(owner ? { ownerKind: owner.kind, ownerKey: owner.kind === 'organization' ? orgKey(owner) : owner.key } : {}),
  };
}

/** The organisation key an institution or name resolves to within its article. */
export function orgKey(m: Mention): string {
  if (m.owner !== undefined) return `${m.owner ?? '?'}|${m.key}`;
  return m.key;
}

