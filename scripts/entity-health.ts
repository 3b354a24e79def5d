/**
 * npm run health:entities [-- dev|train|FILE.json]: how well entity resolution holds up on real
 * news. Extracts PolNeAR (third-party, read from ../shared/eval/polnear/, never copied here; skips
 * cleanly where it is absent), or reads an ExtractionDocument given as JSON, and reports:
 *   - split people: person nodes sharing a surname, one of them a bare surname or the full name of
 *     the other with words in front (one real person, several nodes);
 *   - alias owners: nodes whose aliases include another node's name (two nodes claim one name);
 *   - junk: entities that look like no name (capitals-only markers, single letters, time zones,
 *     party words, weekdays and the like).
 * A study tool: it prints counts and examples to find general causes; it gates nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityDoc, ExtractionDocument } from '../src/domain/document.js';
import { ingest } from '../src/ingest/index.js';
import { NEVER_NAMES, TIME_ZONES } from '../src/ingest/lexicon/words.js';
import { fold } from '../src/ingest/text/fold.js';
import { sharedPath } from './shared.js';

const arg = process.argv[2] ?? 'dev';
const EXAMPLES = Number(process.env.KG_HEALTH_EXAMPLES ?? 12);

async function load(): Promise<ExtractionDocument | null> {
  if (arg.endsWith('.json')) return JSON.parse(readFileSync(arg, 'utf8')) as ExtractionDocument;
  const file = join(sharedPath('eval', 'polnear'), arg, 'articles.txt');
  if (!existsSync(file)) {
    process.stdout.write(`health:entities: no PolNeAR at ${file}; skipped\n`);
    return null;
  }
  return ingest(file);
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
const words = (name: string) => fold(name).replace(/\./g, '').split(/\s+/).filter(Boolean);
const surnameOf = (name: string) =>
  words(name)
    .filter((w) => !SUFFIX.test(w))
    .at(-1) ?? '';

/** Person nodes that are probably one person: a bare surname, or a name ending in another's full name. */
export function splitPeople(people: readonly EntityDoc[]): string[][] {
  const bySurname = new Map<string, EntityDoc[]>();
  for (const p of people) {
    const s = surnameOf(p.name);
    if (s.length > 1) bySurname.set(s, [...(bySurname.get(s) ?? []), p]);
  }
  const groups: string[][] = [];
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const full = group.filter((p) => words(p.name).length > 1);
    const suffixed = (p: EntityDoc) => SUFFIX.test(words(p.name).at(-1)!);
    const joined = group.filter(
      (p) =>
        words(p.name).length === 1 ||
        full.some(
          (q) =>
            q !== p &&
            !suffixed(q) &&
            !suffixed(p) &&
            words(p.name).length > words(q.name).length &&
            fold(p.name).endsWith(` ${fold(q.name)}`),
        ),
    );
    if (joined.length) groups.push(group.map((p) => p.name));
  }
  return groups;
}

/** Why an entity's name looks like no name, or null. */
export function junkReason(e: EntityDoc, lowerWords: ReadonlySet<string>): string | null {
  const w = words(e.name);
  if (e.name.length <= 1 || (w.length === 1 && w[0]!.length === 1)) return 'single letter';
  if (TIME_ZONES.has(e.name)) return 'time zone';
  if (e.name.split(/\s+/).every((x) => NEVER_NAMES.has(x))) return 'word that is no name alone';
  // ("TEXT", "WASHINGTON": a word in capitals that the articles also write in lower case or in
  // title case is a marker or a dateline, not an acronym.)
  if (!/\p{Ll}/u.test(e.name) && e.name.length > 3 && lowerWords.has(fold(e.name))) return 'word in capitals';
  if (e.type === 'Person' && /(?<!^M[a]?c)\p{Ll}\p{Lu}\p{Ll}{0,2}\.?$/u.test(e.name.split(/\s+/).at(-1)!))
    return 'glued word';
  return null;
}

const doc = await load();
if (doc) {
  const people = doc.entities.filter((e) => e.type === 'Person');
  const split = splitPeople(people);
  const owners = new Map<string, EntityDoc>();
  for (const e of doc.entities) owners.set(fold(e.name), e);
  const claimed: string[] = [];
  for (const e of doc.entities)
    for (const a of e.aliases) {
      const other = owners.get(fold(a));
      // (A country's capital as its alias is a metonym by design: "Moscow said".)
      if (other && other !== e && !(e.type === 'Country' && other.type === 'Place'))
        claimed.push(`${e.type} "${e.name}" has alias "${a}" = ${other.type} node`);
    }
  const lowerWords = new Set<string>();
  for (const a of doc.articles)
    for (const p of a.paragraphs)
      for (const w of p.match(/\p{L}+/gu) ?? []) if (/\p{Ll}/u.test(w)) lowerWords.add(fold(w));
  const junk = doc.entities
    .map((e) => ({ e, why: junkReason(e, lowerWords) }))
    .filter((j): j is { e: EntityDoc; why: string } => j.why !== null);
  const mentioned = new Map<string, number>();
  for (const m of doc.mentions) mentioned.set(m.entityId, (mentioned.get(m.entityId) ?? 0) + 1);
  const out = process.stdout;
  out.write(
    `entities ${doc.entities.length} (people ${people.length}) in ${doc.articles.length} articles\n` +
      `HEALTH split_people=${split.length} alias_owned_by_other=${claimed.length} junk=${junk.length}\n`,
  );
  out.write(`\n## split people (surname groups with a bare surname or a prefixed full name)\n`);
  for (const g of split.slice(0, EXAMPLES)) out.write(`- ${g.join(' | ')}\n`);
  out.write(`\n## aliases that are another node's name\n`);
  for (const c of claimed.slice(0, EXAMPLES)) out.write(`- ${c}\n`);
  out.write(`\n## junk-looking entities\n`);
  for (const { e, why } of junk
    .sort((a, b) => (mentioned.get(b.e.id) ?? 0) - (mentioned.get(a.e.id) ?? 0))
    .slice(0, EXAMPLES * 2))
    out.write(`- ${e.type} "${e.name}": ${why} (${mentioned.get(e.id) ?? 0} articles)\n`);
}
