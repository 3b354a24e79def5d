/**
 * Mentions to events. An event is reported in several sentences of an article and often in several
 * articles; each report must land on one node, and two events of one type must stay two.
 *   1. In a sentence, mentions of one type are one report; a war absorbs the attacks and clashes
 *      its sentence names ("X attacked Y, resulting in a 12-day war").
 *   2. In an article, a report joins the earlier event of its type unless they contradict: dated
 *      apart ("Tuesday's barrage" vs "last week's strike"), or done by different actors. A report
 *      naming no one joins the event it refers back to ("the missile" after "a missile").
 *   3. The article's own event absorbs what happened within it: the fire a strike caused, the
 *      arrests and clashes of a protest.
 *   4. Across articles, events of one type merge when their dates are compatible (within the type's
 *      tolerance) and they share an actor, a target, a place or a country.
 * Pure.
 */
import type { EventType } from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import { EVENT_TYPE_INFO, OWN_ACCIDENTS, type EvidenceName } from '../lexicon/events.js';
import type { EventMention } from './detect.js';
import { gap, type DateSpan } from './when.js';

export interface EventCluster {
  type: EventType;
  /** Every report, with the article it came from. */
  reports: { articleId: string; mention: EventMention }[];
  actors: Map<string, Mention>;
  targets: Map<string, Mention>;
  places: Map<string, Mention>;
  countries: Map<string, Mention>;
  /** The first date a report states. */
  date: DateSpan | null;
  /** Articles whose own event (headline or lead) this is. */
  mainIn: Set<string>;
  /** Sentences per article, for recency. */
  lastSentence: number;
  /**
   * For an article's own event: who and where its headline and lead name (no countries), the
   * story it belongs to. Own events of two articles merge only when these meet.
   */
  signature?: Set<string>;
  /** How many merged articles named each story name: a story is told by its recurring names. */
  storyCounts?: Map<string, number>;
  /** Place ids among the story names. */
  storyPlaces?: Set<string>;
  /** Why reports of several articles are one event: the fields that agreed at each merge. */
  evidence?: string[];
}

/**
 * Events absorbed by an article's own event, by its type, and the evidence their sentences must
 * hold for it: a protest takes the arrests of protesters, not every arrest.
 */
const ABSORBS: Partial<Record<EventType, readonly { type: EventType; needs?: EvidenceName }[]>> = {
  attack: [{ type: 'accident' }],
  war: [{ type: 'attack' }, { type: 'clash' }, { type: 'accident' }],
  protest: [
    { type: 'clash', needs: 'protest' },
    { type: 'arrest', needs: 'protest' },
  ],
  disaster: [{ type: 'accident' }],
  clash: [
    { type: 'accident' },
    { type: 'attack' },
    { type: 'protest', needs: 'protest' },
    { type: 'arrest', needs: 'protest' },
  ],
  // A strike's pay talks and its pickets.
  labour_strike: [{ type: 'protest', needs: 'labour' }, { type: 'meeting' }],
  // The talks that produced an agreement.
  agreement: [{ type: 'meeting' }],
};

/** In one sentence, reports of these types are part of the first: "a cyber attack that hit…". */
const SENTENCE_ABSORBS: Partial<Record<EventType, readonly EventType[]>> = {
  war: ['attack', 'clash'],
  cyber_attack: ['attack'],
  clash: ['attack'],
  // "An earthquake struck Peru": what the disaster hit is where it happened.
  disaster: ['attack'],
  // A sanctions package's price cap and bans are the package.
  sanctions: ['policy'],
  // "Police fired tear gas at protesters and arrested 40": the protest's policing.
  protest: ['arrest', 'clash'],
  // "Soldiers seized power and detained the president".
  coup: ['arrest'],
};

/**
 * Events a host takes in whose actors it faces: the police arresting protesters, or clashing with
 * them, are whom the protest is against, not protesters.
 */
const FACES: Partial<Record<EventType, readonly EventType[]>> = { protest: ['arrest', 'clash'] };

/** A report taken in by a host of another type, its actors turned into targets if the host faces them. */
function asPartOf(host: EventType, m: EventMention): EventMention {
  if (!FACES[host]?.includes(m.type) || !m.roles.actors.length) return m;
  const fresh = m.roles.actors.filter((a) => !m.roles.targets.some((t) => t.entityId === a.entityId));
  const targets = [...m.roles.targets, ...fresh];
  return { ...m, roles: { ...m.roles, actors: [], targets } };
}

/** Types where both sides act (a clash, talks): an actor on one side is no contradiction. */
const SYMMETRIC = new Set<EventType>(['clash', 'war', 'meeting', 'agreement']);
/** Types whose "actor" is loose (who held the vote, who marked the day): actors never tell them apart. */
const UNDIRECTED = new Set<EventType>(['election', 'protest', 'disaster', 'commemoration', 'accident']);

/** The country a place is in, when known. */
export type CountryOf = (id: string) => string | undefined;
type Parties = Pick<EventCluster, 'actors' | 'targets' | 'places' | 'countries'>;

const hasArguments = (m: EventMention) =>
  m.roles.actors.length + m.roles.targets.length + m.roles.places.length + m.roles.countries.length > 0;

export function newCluster(articleId: string, m: EventMention): EventCluster {
  const c: EventCluster = {
    type: m.type,
    reports: [],
    actors: new Map(),
    targets: new Map(),
    places: new Map(),
    countries: new Map(),
    date: null,
    mainIn: new Set(),
    lastSentence: m.sentence,
  };
  absorb(c, articleId, m);
  return c;
}

export function absorb(c: EventCluster, articleId: string, m: EventMention) {
  c.reports.push({ articleId, mention: m });
  for (const a of m.roles.actors) c.actors.set(a.entityId, a);
  for (const t of m.roles.targets) if (!c.actors.has(t.entityId)) c.targets.set(t.entityId, t);
  for (const p of m.roles.places) c.places.set(p.entityId, p);
  for (const p of m.roles.countries) c.countries.set(p.entityId, p);
  c.date ??= m.date;
  c.lastSentence = Math.max(c.lastSentence, m.sentence);
}

function merge(into: EventCluster, from: EventCluster) {
  for (const r of from.reports) absorb(into, r.articleId, asPartOf(into.type, r.mention));
  for (const a of from.mainIn) into.mainIn.add(a);
  if (!into.date) into.date = from.date;
}

/** Entity ids an event involves, for overlap: parties, places, countries, places' countries. */
export function involved(c: Parties, countryOf: CountryOf): Set<string> {
  const ids = new Set<string>([
    ...c.actors.keys(),
    ...c.targets.keys(),
    ...c.places.keys(),
    ...c.countries.keys(),
  ]);
  for (const id of [...ids]) {
    const country = countryOf(id);
    if (country) ids.add(country);
  }
  for (const m of [...c.actors.values(), ...c.targets.values()]) if (m.ownerId) ids.add(m.ownerId);
  return ids;
}

/** A party and the country owning it ("the Sudanese military" is Sudan's). */
const withOwners = (ms: Iterable<Mention>) => {
  const ids = new Set<string>();
  for (const m of ms) {
    ids.add(m.entityId);
    if (m.ownerId) ids.add(m.ownerId);
  }
  return ids;
};

const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** Reports dated apart, or done by different actors, are different events. */
interface Candidate {
  type: EventType;
  date: DateSpan | null;
  actors: Set<string>;
  actorKinds: Mention['kind'][];
  parties: Set<string>;
}

function contradicts(c: EventCluster, m: Candidate, dayTolerance: number): boolean {
  if (c.date && m.date && gap(c.date, m.date) > dayTolerance) return true;
  if (!m.actors.size || !c.actors.size || UNDIRECTED.has(c.type)) return false;
  if (SYMMETRIC.has(c.type)) {
    return overlap(withOwners([...c.actors.values(), ...c.targets.values()]), m.parties) === 0;
  }
  if (overlap(withOwners(c.actors.values()), m.actors) > 0) return false;
  // Different actors of one kind (two countries, two companies) did different things; a country
  // and an organisation may be the state and its institution ("Indonesia", "Bank Indonesia").
  const kinds = new Set([...c.actors.values()].map((a) => a.kind));
  return m.actorKinds.some((k) => kinds.has(k));
}

/** One article's reports grouped into its events; the first is the article's own event, if any. */
export function clusterArticle(
  articleId: string,
  mentions: readonly EventMention[],
  countryOf: CountryOf,
): EventCluster[] {
  // 1. One report per sentence and type; a war takes its sentence's attacks and clashes.
  const units: EventMention[] = [];
  const key = (m: EventMention) => `${m.sentence}\u0000${m.type}`;
  const bySentenceType = new Map<string, EventMention>();
  for (const m of mentions) {
    const same = bySentenceType.get(key(m));
    if (same) {
      combine(same, m);
      continue;
    }
    // The first mention of its sentence and type becomes the report (detection made its lists its own).
    bySentenceType.set(key(m), m);
    units.push(m);
  }
  for (const host of units) {
    const parts = SENTENCE_ABSORBS[host.type];
    if (!parts || Number.isNaN(host.sentence)) continue;
    for (const u of units) {
      if (u !== host && u.sentence === host.sentence && parts.includes(u.type)) {
        if (EVENT_TYPE_INFO[host.type].modifier === 'place') {
          u.roles.countries.push(...u.roles.targets.filter((t) => t.kind === 'country'));
          u.roles.places.push(...u.roles.targets.filter((t) => t.kind === 'place'));
          u.roles.targets = u.roles.targets.filter((t) => t.kind !== 'country' && t.kind !== 'place');
        }
        combine(host, asPartOf(host.type, u), false);
        u.sentence = Number.NaN;
      }
    }
  }
  const live = units.filter((u) => !Number.isNaN(u.sentence));

  // 2. Reports to events.
  const clusters: EventCluster[] = [];
  for (const u of live) {
    const parties = withOwners([...u.roles.actors, ...u.roles.targets]);
    const ids = involved(
      {
        actors: toMap(u.roles.actors),
        targets: toMap(u.roles.targets),
        places: toMap(u.roles.places),
        countries: toMap(u.roles.countries),
      },
      countryOf,
    );
    let best: EventCluster | null = null;
    let bestScore = -1;
    for (const c of clusters) {
      if (c.type !== u.type) continue;
      const candidate = {
        type: u.type,
        date: u.date,
        actors: withOwners(u.roles.actors),
        actorKinds: u.roles.actors.map((a) => a.kind),
        parties,
      };
      if (contradicts(c, candidate, 1)) continue;
      let score = 2 * overlap(ids, involved(c, countryOf));
      if (u.sentence - c.lastSentence <= 2) score += 1;
      const heads = new Set(c.reports.map((r) => r.mention.noun.split(' ').at(-1)));
      // "the missile hit…" after "a missile": the same weapon, the same event.
      const refers = [u.subjectNoun, u.definite ? u.trigger : null]
        .filter((w): w is string => !!w)
        .map((w) => w.replace(/s$/, ''));
      const sameWord = (w: string) =>
        heads.has(w) || c.reports.some((r) => r.mention.trigger.replace(/s$/, '') === w);
      if (refers.some(sameWord)) score += 3;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) absorb(best, articleId, u);
    else clusters.push(newCluster(articleId, u));
  }

  // 3. The article's own event: the one its headline or lead reports.
  const main = clusters.find((c) =>
    c.reports.some((r) => r.mention.sentence <= 0 && hasArguments(r.mention)),
  );
  if (main) {
    main.mainIn.add(articleId);
    const absorbs = ABSORBS[main.type] ?? [];
    for (const c of clusters) {
      const rule = absorbs.find((a) => a.type === c.type);
      const own = main.type === 'disaster' && c.reports.some((r) => OWN_ACCIDENTS.has(r.mention.noun));
      const evidenced = !rule?.needs || c.reports.some((r) => r.mention.evidence(rule.needs!) > 0);
      if (c !== main && rule && !own && evidenced) {
        merge(main, c);
        c.reports.length = 0;
      }
    }
  }
  return clusters.filter((c) => c.reports.length);
}

function toMap(ms: readonly Mention[]): Map<string, Mention> {
  return new Map(ms.map((m) => [m.entityId, m]));
}

/** Two mentions of one sentence and type are one report: their roles, figures and date join. */
function combine(into: EventMention, m: EventMention, sameType = true) {
  const add = (list: Mention[], items: readonly Mention[]) => {
    for (const x of items) if (!list.some((y) => y.entityId === x.entityId)) list.push(x);
  };
  add(into.roles.actors, m.roles.actors);
  const notActor = (t: Mention) => !into.roles.actors.some((a) => a.entityId === t.entityId);
  add(into.roles.targets, m.roles.targets.filter(notActor));
  add(into.roles.places, m.roles.places);
  add(into.roles.countries, m.roles.countries);
  for (const s of m.roles.specifiers) if (!into.roles.specifiers.includes(s)) into.roles.specifiers.push(s);
  into.roles.objectPhrase ??= m.roles.objectPhrase;
  into.subjectNoun ??= m.subjectNoun;
  into.date ??= m.date;
  // A sentence's figures are shared by its mentions: a new list, never theirs.
  const added = m.figures.filter((f) => !into.figures.some((g) => g.kind === f.kind && g.value === f.value));
  if (added.length) into.figures = [...into.figures, ...added];
  if (!sameType) return;
  into.nouns.push(...m.nouns);
  // The more telling noun names the report: a specific one over "attack", a noun over a verb.
  if ((into.pos === 'verb' && m.pos === 'noun') || (into.weapon && !m.weapon && m.pos === 'noun')) {
    into.noun = m.noun;
    into.pos = m.pos;
    into.weapon = m.weapon;
  }
  into.definite &&= m.definite;
}

/** Ids of who and where, without countries: what tells one story's event from another's. */
const core = (c: EventCluster) => {
  const ids = new Set<string>();
  for (const m of [...c.actors.values(), ...c.targets.values(), ...c.places.values()])
    if (m.kind !== 'country') ids.add(m.entityId);
  return ids;
};

/**
 * The names that tell an event's story: its first article's headline and lead, and the names that
 * recur across its merged articles. (A union of every article's names would let one loose merge
 * pull in the next story.)
 */
const storyOf = (c: EventCluster) => {
  const ids = core(c);
  for (const id of c.signature ?? []) ids.add(id);
  const articles = c.mainIn.size;
  for (const [id, n] of c.storyCounts ?? []) if (n >= 2 && n * 3 >= articles) ids.add(id);
  return ids;
};

/**
 * Kinds that one happening is reported as, depending on the writer: a hit-and-run "killed" a
 * woman, was a "crash", left her "dead"; a company's purchase is an "acquisition" and a "deal".
 * Own events of two articles merge within a family, not only within a kind.
 */
const FAMILIES: readonly (readonly EventType[])[] = [
  ['killing', 'shooting', 'death', 'attack', 'injury', 'accident'],
  ['acquisition', 'merger', 'agreement'],
  ['appointment', 'nomination'],
  ['dismissal', 'resignation'],
  // "Court frees a journalist": the ruling is the release.
  ['court_ruling', 'release'],
];
const FAMILY = new Map<EventType, string>(FAMILIES.flatMap((f) => f.map((k) => [k, f[0]!] as const)));
export const familyOf = (kind: EventType): string => FAMILY.get(kind) ?? kind;

const lemmaOf = (c: EventCluster) => c.reports.find((r) => r.mention.lemma)?.mention.lemma ?? null;

/** What agreed when two articles' events merged: "kind", "participants", "place", "date". */
function agreement(a: EventCluster, b: EventCluster): string {
  const fields = [a.type === b.type ? 'kind' : 'kind family'];
  const shared = (x: Map<string, Mention>, y: Map<string, Mention>) => [...x.keys()].some((k) => y.has(k));
  if (shared(a.actors, b.actors) || shared(a.targets, b.targets)) fields.push('participants');
  else if (overlap(storyOf(a), storyOf(b))) fields.push('story names');
  if (shared(a.places, b.places) || shared(a.countries, b.countries)) fields.push('place');
  if (a.date && b.date) fields.push('date');
  return fields.join(', ');
}

/**
 * May two events of one type from different articles be one real event? Written priorities:
 *   1. an event another article only recalls in passing joins an article's own event only when
 *      both are dated (and the dates agree: the caller checks);
 *   2. two events of kind `other` must be reported by the same word;
 *   3. own events must share who or where (a person, an organisation, a place; a country alone is
 *      half the world's news), when both stories name any;
 *   4. both naming whom it was done to, they must share one ("X buys Y" and "X buys Z" are two).
 */
export function sameStory(a: EventCluster, b: EventCluster): boolean {
  const ownA = a.mainIn.size > 0;
  const ownB = b.mainIn.size > 0;
  // Recalled in passing, it links to the reported event only when both texts date it.
  if (ownA !== ownB) return !!(a.date && b.date);
  if (a.type === 'other' && lemmaOf(a) !== lemmaOf(b)) return false;
  if (!ownA) return true;
  const sa = storyOf(a);
  const sb = storyOf(b);
  // A story told by countries alone ("protests in Iran") is matched by the parties and places the
  // caller found shared.
  // Kinds defined by where they happen (protests, quakes, elections) may share only that country.
  const where =
    EVENT_TYPE_INFO[a.type].modifier === 'place' &&
    overlap(new Set(a.countries.keys()), new Set(b.countries.keys())) > 0;
  if (sa.size && sb.size && !overlap(sa, sb) && !where) return false;
  // Stories set in different places are different stories.
  const pa = a.storyPlaces;
  const pb = b.storyPlaces;
  if (pa?.size && pb?.size && !overlap(pa, pb)) return false;
  const ta = new Set([...a.targets.values()].filter((m) => m.kind !== 'country').map((m) => m.entityId));
  const tb = new Set([...b.targets.values()].filter((m) => m.kind !== 'country').map((m) => m.entityId));
  if (ta.size && tb.size && !overlap(ta, tb) && !SYMMETRIC.has(a.type)) return false;
  return true;
}

/**
 * Events of several articles merged: same type, compatible dates, a shared party or place. An
 * event never takes two events of one article.
 */
export function clusterCorpus(perArticle: readonly EventCluster[][], countryOf: CountryOf): EventCluster[] {
  const events: EventCluster[] = [];
  // Events by type and involved entity: only events sharing one can take a cluster.
  const index = new Map<string, Set<EventCluster>>();
  // An own event is found through its story's names too, not only through its reports' parties.
  const reach = (e: EventCluster) => {
    const ids = involved(e, countryOf);
    for (const id of e.signature ?? []) ids.add(id);
    return ids;
  };
  const indexOf = (e: EventCluster) => {
    for (const id of reach(e)) {
      const key = `${familyOf(e.type)}\u0000${id}`;
      let set = index.get(key);
      if (!set) index.set(key, (set = new Set()));
      set.add(e);
    }
  };
  for (const clusters of perArticle) {
    const taken = new Set<EventCluster>();
    for (const c of clusters) {
      const ids = reach(c);
      const parties = withOwners([...c.actors.values(), ...c.targets.values()]);
      let best: EventCluster | null = null;
      let bestScore = 0;
      const candidates = new Set<EventCluster>();
      for (const id of ids)
        for (const e of index.get(`${familyOf(c.type)}\u0000${id}`) ?? []) candidates.add(e);
      for (const e of candidates) {
        if (taken.has(e)) continue;
        if (e.type !== c.type && !(e.mainIn.size && c.mainIn.size)) continue;
        const actors = [...c.actors.values()];
        const candidate = {
          type: c.type,
          date: c.date,
          actors: withOwners(actors),
          actorKinds: actors.map((a) => a.kind),
          parties,
        };
        const tolerance = EVENT_TYPE_INFO[c.type].toleranceDays;
        // Own events are told apart by their story (sameStory), not by who the reports made actor.
        if (e.mainIn.size && c.mainIn.size) {
          if (e.date && c.date && gap(e.date, c.date) > tolerance) continue;
        } else if (contradicts(e, candidate, tolerance)) continue;
        if (!sameStory(c, e)) continue;
        const score = overlap(ids, involved(e, countryOf)) + 2 * overlap(storyOf(c), storyOf(e));
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
      if (best) {
        (best.evidence ??= []).push(agreement(best, c));
        merge(best, c);
        const counts = (best.storyCounts ??= new Map());
        if (!counts.size) for (const id of best.signature ?? []) counts.set(id, 1);
        for (const id of c.signature ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
        for (const id of c.storyPlaces ?? []) (best.storyPlaces ??= new Set()).add(id);
        taken.add(best);
        indexOf(best);
      } else {
        events.push(c);
        taken.add(c);
        indexOf(c);
      }
    }
  }
  return events;
}
