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
import { fold, jaroWinkler } from './text.js';

export interface PersonCluster {
  /** The spelling used most often (the first seen on a tie). */
  name: string;
  variants: Map<string, number>;
  first: string;
  surname: string;
}

const SURNAME_SIMILARITY = 0.9;
const SHARED_PREFIX = 4;

function split(name: string) {
  const parts = fold(name).split(' ');
  return { first: parts[0]!, surname: parts.at(-1)! };
}

export function sameSurname(a: string, b: string): boolean {
  return a === b || (a.slice(0, SHARED_PREFIX) === b.slice(0, SHARED_PREFIX) && jaroWinkler(a, b) >= SURNAME_SIMILARITY);
}

export class PersonIndex {
  readonly clusters: PersonCluster[] = [];

  add(fullName: string) {
    this.resolved.clear();
    const { first, surname } = split(fullName);
    const cluster = this.clusters.find((c) => c.first === first && sameSurname(c.surname, surname));
    if (cluster) cluster.variants.set(fullName, (cluster.variants.get(fullName) ?? 0) + 1);
    else this.clusters.push({ name: fullName, variants: new Map([[fullName, 1]]), first, surname });
  }

  finish() {
    for (const c of this.clusters) {
      let best = c.name;
      for (const [variant, n] of c.variants) if (n > (c.variants.get(best) ?? 0)) best = variant;
      c.name = best;
    }
  }

  private readonly resolved = new Map<string, PersonCluster | null>();

  /** The person a full name or a single surname refers to, or null when unknown or ambiguous. */
  resolve(name: string): PersonCluster | null {
    let cluster = this.resolved.get(name);
    if (cluster === undefined) {
      cluster = this.lookup(name);
      this.resolved.set(name, cluster);
    }
    return cluster;
  }

  private lookup(name: string): PersonCluster | null {
    const folded = fold(name);
    if (folded.includes(' ')) {
      const { first, surname } = split(name);
      return this.clusters.find((c) => c.first === first && sameSurname(c.surname, surname)) ?? null;
    }
    const matches = this.clusters.filter((c) => sameSurname(c.surname, folded));
    if (matches.length) return matches.length === 1 ? matches[0]! : null;
    // Family name first ("Liu Wenjie" ... "Liu told a briefing"): only an exact, unambiguous
    // match of the first word, and only when no surname matches at all.
    const byFirst = this.clusters.filter((c) => c.first === folded);
    return byFirst.length === 1 ? byFirst[0]! : null;
  }
}
