/**
 * One person per real-world person across the corpus: full names grouped with their spelling
 * variants, and single surnames resolved to the full name they abbreviate. Pure.
 *
 * The transliteration guard: two full names are one person when their first names fold equal,
 * their surnames share the first four letters, and the surnames' Jaro-Winkler similarity is at
 * least 0.9 (Volkonskiy, Volkonsky, Volkonskyy). Different first names are never merged, so two
 * people who share a surname (the Kennedys) stay apart.
 *
 * A single name resolves to the one person whose surname it matches; failing that, to the one
 * person whose name starts with it (names written family name first).
 */
import { givenNameGender } from '../lexicon/given-names.js';
import { fold, jaroWinkler } from '../text/fold.js';

export interface PersonCluster {
  /** The spelling used most often (the first seen on a tie). */
  name: string;
  variants: Map<string, number>;
  first: string;
  surname: string;
  /** "jr", "sr", "iii", or empty. */
  suffix: string;
  /** Middle initials as written ("h.w."), or empty. */
  initials: string;
  /**
   * Times the corpus names this person: in full, or by a surname alone only they fit ("Mr. Dahl"
   * when one Dahl is a man). Set by the caller; a bare surname nobody fits goes to the one named
   * most by far.
   */
  named: number;
}

const SURNAME_SIMILARITY = 0.9;
const SHARED_PREFIX = 4;

/** Generational suffixes are no surname: "Harry B. Harris Jr." is a Harris. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/;

function split(name: string) {
  const all = fold(name).split(' ');
  const suffix = all.length > 2 && SUFFIX.test(all.at(-1)!) ? all.at(-1)!.replace(/\.$/, '') : '';
  const parts = suffix ? all.slice(0, -1) : all;
  // Middle initials ("h.w.", "w."): two people may share first name and surname (a father and son).
  const initials = parts
    .slice(1, -1)
    .filter((p) => /^(?:\p{L}\.)+$/u.test(p))
    .join('');
  return { first: parts[0]!, surname: parts.at(-1)!, suffix, initials };
}

/**
 * Same first name and surname, and still two people: "Jr." against none or "Sr." (unless both
 * write the same middle initials: a formal name adds the suffix its short form leaves out), or two
 * different middle initials ("H.W." and "W."). A missing initial agrees with any.
 */
const distinct = (a: { suffix: string; initials: string }, b: { suffix: string; initials: string }) => {
  const bothInitials = a.initials !== '' && b.initials !== '';
  if (bothInitials && a.initials !== b.initials) return true;
  if (a.suffix === b.suffix) return false;
  return !(bothInitials && (a.suffix === '' || b.suffix === ''));
};

/**
 * Two spellings of one surname (Volkonskiy, Volkonsky), not two surnames: "Harris" and
 * "Harrison", or "Franco" and "Francis", differ by an ending that makes another name.
 */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.slice(0, SHARED_PREFIX) !== b.slice(0, SHARED_PREFIX) || Math.abs(a.length - b.length) > 2)
    return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && /^(?:s|es|on|son|sen|er|ez|i|a|o)$/.test(long.slice(short.length)))
    return false;
  return jaroWinkler(a, b) >= SURNAME_SIMILARITY && a.at(-1) !== undefined && similarEnding(a, b);
}

/** Transliterations differ in their last letters' spelling (-iy/-y/-yy), not in whole endings. */
function similarEnding(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/(?:iy|yy|ii|y|i)$/, '');
  return strip(a) === strip(b) || jaroWinkler(strip(a), strip(b)) >= 0.95;
}

export class PersonIndex {
  readonly clusters: PersonCluster[] = [];
  /** Clusters by the first letters of their surname, and by their first name. */
  private readonly bySurname = new Map<string, PersonCluster[]>();
  private readonly byFirst = new Map<string, PersonCluster[]>();
  private readonly resolved = new Map<string, PersonCluster | null>();
  /** Two-word names that are the end of one longer name, and its person. */
  private readonly tails = new Map<string, PersonCluster>();
  /** Names that are another person's full name after a descriptor, and that person. */
  private readonly prefixed = new Map<string, PersonCluster>();

  private drop(cluster: PersonCluster) {
    const without = (list: PersonCluster[] | undefined) => (list ?? []).filter((c) => c !== cluster);
    this.clusters.splice(this.clusters.indexOf(cluster), 1);
    const prefix = cluster.surname.slice(0, SHARED_PREFIX);
    this.bySurname.set(prefix, without(this.bySurname.get(prefix)));
    this.byFirst.set(cluster.first, without(this.byFirst.get(cluster.first)));
  }

  add(fullName: string): PersonCluster {
    this.resolved.clear();
    const parts = split(fullName);
    const { first, surname, suffix, initials } = parts;
    const bucket = this.bySurname.get(surname.slice(0, SHARED_PREFIX)) ?? [];
    let cluster = bucket.find(
      (c) => c.first === first && sameSurname(c.surname, surname) && !distinct(c, parts),
    );
    if (cluster) {
      cluster.variants.set(fullName, (cluster.variants.get(fullName) ?? 0) + 1);
      if (!cluster.initials) cluster.initials = initials;
    } else {
      cluster = {
        name: fullName,
        variants: new Map([[fullName, 1]]),
        first,
        surname,
        suffix,
        initials,
        named: 0,
      };
      this.clusters.push(cluster);
      bucket.push(cluster);
      this.bySurname.set(surname.slice(0, SHARED_PREFIX), bucket);
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), cluster]);
    }
    return cluster;
  }

  finish() {
    // "Peña Moreno" after "Luis Peña Moreno": two words that end exactly one longer name are that
    // person written by a double surname (or by the end of a long name), not a new person.
    // (Each longer name's last two words, once: the people whose names end with them.)
    const endingIn = new Map<string, Set<PersonCluster>>();
    for (const c of this.clusters)
      for (const v of c.variants.keys()) {
        const words = fold(v).split(' ');
        if (words.length < 3) continue;
        const tail = words.slice(-2).join(' ');
        endingIn.set(tail, (endingIn.get(tail) ?? new Set()).add(c));
      }
    for (const short of [...this.clusters]) {
      const words = fold(short.name).split(' ');
      if (words.length !== 2 || short.initials || short.suffix) continue;
      const longer = [...(endingIn.get(words.join(' ')) ?? [])].filter((c) => c !== short);
      if (longer.length !== 1) continue;
      const into = longer[0]!;
      // ("Pageant Ana Lima": a word before a given name is a descriptor; the short name is the name.)
      const descriptorFirst = givenNameGender(short.first) && !givenNameGender(into.first);
      for (const [v, n] of short.variants)
        into.variants.set(v, (into.variants.get(v) ?? 0) + n + (descriptorFirst ? 1 : 0));
      this.tails.set(words.join(' '), into);
      this.drop(short);
    }
    // "Vermonter Ada Lind", "Govs. Ada Lind": a word that is no given name before another person's
    // full name describes that person.
    const byName = new Map<string, PersonCluster>();
    for (const c of this.clusters) for (const v of c.variants.keys()) byName.set(fold(v), c);
    for (const long of [...this.clusters]) {
      const words = fold(long.name).split(' ');
      if (words.length < 3 || givenNameGender(long.name.split(' ')[0]!) || /^\p{L}\.?$/u.test(words[0]!))
        continue;
      const into = byName.get(words.slice(1).join(' '));
      if (!into || into === long) continue;
      for (const v of long.variants.keys()) this.prefixed.set(fold(v), into);
      this.drop(long);
    }
    for (const c of this.clusters) {
      let best = c.name;
      for (const [variant, n] of c.variants) if (n > (c.variants.get(best) ?? 0)) best = variant;
      c.name = best;
    }
  }

  /** The person a full name denotes, or null. */
  resolveFull(name: string): PersonCluster | null {
    const tail = this.tails.get(fold(name)) ?? this.prefixed.get(fold(name));
    if (tail) return tail;
    const parts = split(name);
    const { first, surname } = parts;
    return (
      (this.bySurname.get(surname.slice(0, SHARED_PREFIX)) ?? []).find(
        (c) => c.first === first && sameSurname(c.surname, surname) && !distinct(c, parts),
      ) ?? null
    );
  }

  /**
   * The person a single name denotes: among the people the article names in full first (the one
   * named most there if several share the surname), else the only one in the corpus with that
   * surname, else the one the corpus names most often by far; then, within the article, a first
   * name alone. Null when unknown or ambiguous.
   */
  resolveShort(
    word: string,
    inArticle?: ReadonlyMap<PersonCluster, number>,
    /** "Mr. Dahl": a gender the text gives rules out the people of the other. */
    fits: (c: PersonCluster) => boolean = () => true,
  ): PersonCluster | null {
    const folded = fold(word);
    const sharing = (this.bySurname.get(folded.slice(0, SHARED_PREFIX)) ?? []).filter(
      (c) => sameSurname(c.surname, folded) && fits(c),
    );
    if (inArticle) {
      const local = sharing.filter((c) => inArticle.has(c));
      const best = mostNamed(local, (c) => inArticle.get(c)!);
      if (best) return best;
      if (local.length) return null;
    }
    if (sharing.length === 1) return sharing[0]!;
    if (sharing.length > 1) return mostNamed(sharing, total, 1.5);
    // Family name first ("Liu Wenjie" … "Liu told a briefing"), or a first name alone in the article.
    const byFirst = this.byFirst.get(folded) ?? [];
    if (inArticle) {
      const local = byFirst.filter((c) => inArticle.has(c));
      if (local.length === 1) return local[0]!;
    }
    return byFirst.length === 1 && !inArticle ? byFirst[0]! : null;
  }

  /** Does any person (of the corpus, or of the article when given) have this word as surname or first name? */
  shares(word: string, inArticle?: ReadonlyMap<PersonCluster, number>): boolean {
    const folded = fold(word);
    const here = (c: PersonCluster) => !inArticle || inArticle.has(c);
    return (
      (this.bySurname.get(folded.slice(0, SHARED_PREFIX)) ?? []).some(
        (c) => sameSurname(c.surname, folded) && here(c),
      ) || (this.byFirst.get(folded) ?? []).some(here)
    );
  }

  /** Does anyone of the corpus have this word as surname? */
  hasSurname(word: string): boolean {
    const folded = fold(word);
    return (this.bySurname.get(folded.slice(0, SHARED_PREFIX)) ?? []).some((c) => c.surname === folded);
  }

  /** A full name or a single name, without article context (cached). */
  resolve(name: string): PersonCluster | null {
    let cluster = this.resolved.get(name);
    if (cluster === undefined) {
      cluster = fold(name).includes(' ') ? this.resolveFull(name) : this.resolveShort(name);
      this.resolved.set(name, cluster);
    }
    return cluster;
  }
}

const total = (c: PersonCluster) => c.named || [...c.variants.values()].reduce((a, b) => a + b, 0);

/** The candidate with the highest count, if it leads the next one by `factor` (ties: none). */
function mostNamed(
  cands: PersonCluster[],
  count: (c: PersonCluster) => number,
  factor = 1,
): PersonCluster | null {
  if (!cands.length) return null;
  const sorted = [...cands].sort((a, b) => count(b) - count(a));
  if (sorted.length === 1) return sorted[0]!;
  return count(sorted[0]!) >= factor * count(sorted[1]!) && count(sorted[0]!) > count(sorted[1]!)
    ? sorted[0]!
    : null;
}
