/**
 * A short name for an event, generated from what its reports say, never copied from a headline:
 * who did it, the most telling word the reports used for it, to whom or where ("Russian barrage on
 * Ukraine", "Protests in Iran", "12-day war between Israel and Iran"). At most 80 characters. And
 * a one-line description: type, where, when, figures, and the words the reports used. Pure.
 */
import type { EntityDoc, EventType, FigureDoc } from '../../domain/document.js';
import { COUNTRY_BY_ID } from '../lexicon/countries.js';
import { EVENT_TYPE_INFO, GENERIC_TRIGGERS } from '../lexicon/events.js';
import { WORLD_REGIONS } from '../lexicon/places.js';

const WORLD_REGION_NAMES = new Set(WORLD_REGIONS);
import type { EventCluster } from './cluster.js';
import type { EventMention } from './detect.js';

export const MAX_NAME_LENGTH = 80;

type Lookup = (id: string) => EntityDoc | undefined;

/** "Russian" for Russia, "US" for the United States, the name for anything else. */
function adjective(id: string, lookup: Lookup): string {
  const e = lookup(id);
  if (!e) return '';
  if (e.type === 'Country') {
    const c = COUNTRY_BY_ID.get(id);
    if (c?.code === 'USA') return 'US';
    return c?.demonyms[0] ?? e.name;
  }
  if (e.type === 'Person') {
    const owner = e.roles?.find((r) => r.of && lookup(r.of)?.type === 'Country')?.of;
    return owner ? adjective(owner, lookup) : e.name;
  }
  return e.name;
}

const nameOf = (id: string, lookup: Lookup) => lookup(id)?.name ?? '';

/** The report whose noun names the event: specific words over generic ones, headlines count double. */
function namingReport(c: EventCluster): { mention: EventMention; noun: string } {
  const score = new Map<string, number>();
  // "Plane Crashes on Takeoff" and "the plane crashed": a headline's verb read as a plural noun
  // counts for the singular the body used.
  const used = new Set(c.reports.flatMap((r) => (r.mention.type === c.type ? r.mention.nouns : [])));
  const singular = (noun: string) =>
    [noun.replace(/es$/, ''), noun.replace(/s$/, '')].find((s) => s !== noun && used.has(s)) ?? noun;
  for (const { mention: m } of c.reports) {
    if (m.type !== c.type) continue;
    for (const noun of new Set(m.nouns.map(singular))) {
      // A specific word ("barrage") names the event before any generic one ("attack"), however often.
      const generic = GENERIC_TRIGGERS.has(noun) || (noun.endsWith(' attack') && m.weapon);
      const weight = (m.sentence < 0 ? 2 : 1) * (generic ? 0.01 : 1);
      score.set(noun, (score.get(noun) ?? 0) + weight);
    }
  }
  let best: { mention: EventMention; noun: string } = {
    mention: c.reports[0]!.mention,
    noun: c.reports[0]!.mention.noun,
  };
  let bestScore = -1;
  for (const { mention: m } of c.reports) {
    if (m.type !== c.type) continue;
    for (const noun of m.nouns.map(singular)) {
      const s =
        (score.get(noun) ?? 0) +
        (noun === m.noun && m.roles.specifiers.some((x) => /^\p{Lu}|\d/u.test(x)) ? 0.5 : 0);
      if (s > bestScore) {
        best = { mention: m, noun };
        bestScore = s;
      }
    }
  }
  return best;
}

const POLICY_VERB_NOUNS: Record<string, string> = {
  cut: 'cut',
  cuts: 'cut',
  lowered: 'cut',
  raised: 'hike',
  hiked: 'hike',
  hike: 'hike',
  held: 'hold',
  kept: 'hold',
  left: 'hold',
};

/** "rate cut", "output cut": what a policy changed and which way, from its reports' words. */
function policyNoun(c: EventCluster): string | null {
  const words = c.reports.flatMap((r) =>
    [r.mention.trigger, r.mention.roles.objectPhrase ?? ''].join(' ').toLowerCase().split(/\s+/),
  );
  const direction = words.map((w) => POLICY_VERB_NOUNS[w]).find(Boolean);
  // ("left its benchmark lending rate unchanged": a rate its sentence names, past the object.)
  const object =
    ['rate', 'rates', 'output', 'production', 'tariff', 'tariffs']
      .find((w) => words.includes(w))
      ?.replace(/s$/, '') ?? (c.reports.some((r) => r.mention.evidence('rates') > 0) ? 'rate' : undefined);
  return direction && object ? `${object} ${direction}` : null;
}

export function nameEvent(c: EventCluster, lookup: Lookup): string {
  const info = EVENT_TYPE_INFO[c.type];
  const { mention: report, noun: chosen } = namingReport(c);
  let noun = c.type === 'recall' ? 'recall' : chosen;
  if (c.type === 'policy') noun = policyNoun(c) ?? noun;
  const specifiers = report.roles.specifiers.filter((s) => !noun.toLowerCase().includes(s.toLowerCase()));
  // A storm's name as the body writes it; a headline capitalises the verbs after it too.
  const stormName =
    c.reports.find((r) => r.mention.sentence >= 0 && r.mention.roles.name)?.mention.roles.name ??
    c.reports.find((r) => r.mention.roles.name)?.mention.roles.name;
  const head = stormName ? `${noun} ${stormName}` : [...specifiers, noun].join(' ');
  const actors = [...c.actors.keys()];
  const targets = [...c.targets.keys()];
  // Where: a place in a known country, else a country, else any place ("West Africa" last).
  const places = [...c.places.keys()].map((id) => lookup(id)).filter((e): e is EntityDoc => !!e);
  const where =
    places.find((p) => p.locatedIn)?.name ??
    places.find((p) => !WORLD_REGION_NAMES.has(p.name))?.name ??
    [...c.countries.keys()].map((id) => nameOf(id, lookup)).find(Boolean) ??
    places[0]?.name;
  // A country's own forces striking in it strike no "target" country: "air strike in Sagaing".
  const owners = new Set([...c.actors.values()].map((m) => m.ownerId));
  // (Nor is the actor its own target; an object as the body writes it beats a headline's capitals.)
  const bodyFirst = [...c.reports].sort(
    (a, b) => Number(a.mention.sentence < 0) - Number(b.mention.sentence < 0),
  );
  const phrase = bodyFirst.map((r) => r.mention.roles.objectPhrase).find(Boolean);
  const target =
    targets
      .filter((id) => !owners.has(id) && !c.actors.has(id))
      .map((id) => nameOf(id, lookup))
      .find(Boolean) ?? (targets.length ? undefined : (phrase ?? undefined));
  const actor = actors.map((id) => adjective(id, lookup)).find(Boolean);
  const candidates: string[] = [];
  const own = ownName(c, lookup, where);
  if (own) candidates.push(...own);
  else if (c.type === 'war' || c.type === 'clash' || c.type === 'meeting' || c.type === 'agreement') {
    const parties = [...new Set([...actors, ...targets].map((id) => nameOf(id, lookup)).filter(Boolean))];
    if (actors.length >= 2 || (parties.length >= 2 && c.type !== 'agreement')) {
      candidates.push(`${head} between ${parties[0]} and ${parties[1]}`);
    } else if (actor && target) candidates.push(`${actor} ${head} with ${target}`);
    if (actor) candidates.push(`${actor} ${head}${where ? ` in ${where}` : ''}`, `${actor} ${head}`);
    candidates.push(`${head}${where ? ` in ${where}` : ''}`, head);
  } else if (info.modifier === 'place') {
    // An organisation that did it names it ("Aerolux strike"); a person or a country only when
    // nothing says where ("Ukrainian patriotic holiday").
    const org = actors.map((id) => lookup(id)).find((e) => e?.type === 'Organization')?.name;
    const who = org ?? (where ? undefined : actors.map((id) => adjective(id, lookup)).find(Boolean));
    const place = where ?? (actor && !who ? nameOf(actors[0]!, lookup) : undefined);
    candidates.push(
      `${who ? `${who} ` : ''}${head}${place ? ` in ${place}` : ''}`,
      `${head}${place ? ` in ${place}` : ''}`,
      head,
    );
  } else {
    const prep =
      c.type === 'military_movement'
        ? 'near'
        : c.type === 'court_ruling' || c.type === 'arrest'
          ? 'of'
          : 'on';
    const placeless = c.type === 'recall' || c.type === 'policy' || c.type === 'penalty';
    const tail = target && !placeless ? ` ${prep} ${target}` : where && !placeless ? ` in ${where}` : '';
    // "Conviction of X": a court's judgment is named after whom it concerns.
    if (c.type === 'court_ruling' && target) candidates.push(`${head}${tail}`);
    candidates.push(`${actor ? `${actor} ` : ''}${head}${tail}`, `${actor ? `${actor} ` : ''}${head}`, head);
  }
  const name =
    candidates.map(tidy).find((n) => n.length <= MAX_NAME_LENGTH) ?? tidy(head).slice(0, MAX_NAME_LENGTH);
  return name;
}

/** Kinds named after the person they happened to: "Shooting of X", "Arrest of Y", "Death of Z". */
const OF_PERSON: Partial<Record<EventType, string>> = {
  killing: 'Killing',
  shooting: 'Shooting',
  death: 'Death',
  injury: 'Injury',
  arrest: 'Arrest',
  charge: 'Charges against',
  trial: 'Trial of',
  sentence: 'Sentencing of',
  release: 'Release',
  escape: 'Escape',
  appointment: 'Appointment',
  resignation: 'Resignation',
  dismissal: 'Dismissal',
  nomination: 'Nomination',
  treatment: 'Treatment',
  expulsion: 'Expulsion',
  suspension: 'Suspension',
  award: 'Award to',
};

/** Kinds named as a sentence: "<who> acquires <whom>". */
const VERB_OF: Partial<Record<EventType, string>> = {
  acquisition: 'acquires',
  merger: 'merges with',
  sports_result: 'beats',
  product_launch: 'releases',
};

/** "walk" → "walks", "fly" → "flies", "pass" → "passes". */
const thirdPerson = (verb: string) => {
  const [head, ...rest] = verb.split(' ');
  const w = head!;
  const inflected = /(?:s|sh|ch|x|z)$/.test(w)
    ? `${w}es`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ies`
      : `${w}s`;
  return [inflected, ...rest].join(' ');
};

/** Names for the kinds of people, business and sport: short, of their own, never a headline. */
function ownName(c: EventCluster, lookup: Lookup, where: string | undefined): string[] | null {
  const people = (ids: Iterable<string>) => [...ids].filter((id) => lookup(id)?.type === 'Person');
  const named = (ids: Iterable<string>) => [...ids].map((id) => nameOf(id, lookup)).filter(Boolean);
  const actors = named(c.actors.keys());
  const targets = named([...c.targets.keys()].filter((id) => !c.actors.has(id)));
  const of = OF_PERSON[c.type];
  if (of) {
    const whom = named([...people(c.targets.keys()), ...people(c.actors.keys())])[0];
    const label = of.includes(' ') ? of : `${of} of`;
    const out = whom ? [`${label} ${whom}`] : [];
    return [...out, `${of.split(' ')[0]}${where ? ` in ${where}` : ''}`, of.split(' ')[0]!];
  }
  const verb = VERB_OF[c.type] ?? (c.type === 'other' ? thirdPerson(lemmaOf(c)) : undefined);
  if (!verb) return null;
  const label = c.type === 'other' ? lemmaOf(c) : EVENT_TYPE_INFO[c.type].label;
  const out: string[] = [];
  if (actors[0] && targets[0]) out.push(`${actors[0]} ${verb} ${targets[0]}`);
  if (actors[0]) out.push(`${actors[0]} ${label}`);
  if (where) out.push(`${label} in ${where}`);
  out.push(label);
  return out;
}

const lemmaOf = (c: EventCluster) =>
  c.reports.find((r) => r.mention.lemma)?.mention.lemma ?? c.reports[0]!.mention.noun;

function tidy(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const FIGURE_LABEL: Record<FigureDoc['kind'], string> = {
  killed: 'killed',
  injured: 'injured',
  arrested: 'arrested',
  displaced: 'displaced',
  evacuated: 'evacuated',
  missing: 'missing',
  amount: '',
};

export function describeEvent(
  c: EventCluster,
  date: string | null,
  figures: readonly FigureDoc[],
  lookup: Lookup,
): string {
  const places = [...c.places.keys(), ...c.countries.keys()].map((id) => nameOf(id, lookup)).filter(Boolean);
  const words = [
    ...new Set(c.reports.filter((r) => r.mention.type === c.type).map((r) => r.mention.trigger)),
  ];
  const parts = [
    c.type.replace('_', ' '),
    places.length ? `in ${[...new Set(places)].slice(0, 4).join(', ')}` : '',
    date ? `on ${date}` : '',
    figures.map((f) => (f.kind === 'amount' ? f.text : `${f.value} ${FIGURE_LABEL[f.kind]}`)).join(', '),
    words.length ? `reported as ${words.slice(0, 6).join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}
