/**
 * Disputes: statements that contradict each other. Two statements dispute when
 *
 * 1. their stances oppose (the table below, the one place that says which do),
 * 2. different known speakers made them (a speaker does not dispute itself; anonymous speakers
 *    cannot be told apart, so they take no part), and
 * 3. they meet on a topic: both are about the same entity or event, or one is about the other's
 *    speaker (an accused answering the accusation: "X accused Y …" / "Y denied …").
 *
 * Pure: the store reads the candidate statements, this pairs them.
 */
import type { Stance } from './document.js';

/**
 * Stances that answer each other, each pair once (the relation is symmetric): an accusation and a
 * denial, a claim and its rejection (rejecting cues perform `deny`), support and opposition
 * (praise and criticism), and praise against an accusation.
 */
export const OPPOSED_STANCES: readonly (readonly [Stance, Stance])[] = [
  ['accuse', 'deny'],
  ['claim', 'deny'],
  ['praise', 'criticise'],
  ['praise', 'accuse'],
];

const OPPOSITES = new Map<Stance, Set<Stance>>();
for (const [a, b] of OPPOSED_STANCES) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!OPPOSITES.has(x)) OPPOSITES.set(x, new Set());
    OPPOSITES.get(x)!.add(y);
  }
}

/** Stances that some other stance opposes: the only statements worth reading for disputes. */
export const DISPUTABLE_STANCES: readonly Stance[] = [...OPPOSITES.keys()];

export const opposed = (a: Stance | null, b: Stance | null): boolean =>
  Boolean(a && b && OPPOSITES.get(a)?.has(b));

/** What pairing needs of a statement. */
export interface DisputeCandidate {
  id: string;
  speakerId: string | null;
  stance: Stance | null;
  /** Entities and events it is about. */
  subjects: string[];
  /** Its place in time (the store's sort key): newer is greater, see `newestFirst`. */
  sortKey: string;
}

/** Whether `b` disputes `a` (symmetric). */
export function disputes(a: DisputeCandidate, b: DisputeCandidate): boolean {
  if (!a.speakerId || !b.speakerId || a.speakerId === b.speakerId || a.id === b.id) return false;
  if (!opposed(a.stance, b.stance)) return false;
  return (
    a.subjects.some((x) => b.subjects.includes(x)) ||
    a.subjects.includes(b.speakerId) ||
    b.subjects.includes(a.speakerId)
  );
}

/** How a statement relates to a topic: it is about it, or the topic itself says it. */
const concerns = (s: DisputeCandidate, topic: string) => s.subjects.includes(topic) || s.speakerId === topic;

/**
 * The disputed statements among `candidates` and who disputes each, both newest first. With
 * topics, a disputed statement must be about each topic, and its disputer about it or said by it.
 * Candidates are indexed by subject and speaker, so a statement is only compared with those it
 * can meet.
 */
export function pairDisputes(
  candidates: readonly DisputeCandidate[],
  topics: readonly string[] = [],
  undated: string,
): { statement: DisputeCandidate; disputedBy: DisputeCandidate[] }[] {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  const bySubject = new Map<string, DisputeCandidate[]>();
  const bySpeaker = new Map<string, DisputeCandidate[]>();
  const index = (map: Map<string, DisputeCandidate[]>, key: string, c: DisputeCandidate) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of unique) {
    for (const x of c.subjects) index(bySubject, x, c);
    if (c.speakerId) index(bySpeaker, c.speakerId, c);
  }
  const order = newestFirst(undated);
  const out: { statement: DisputeCandidate; disputedBy: DisputeCandidate[] }[] = [];
  for (const a of unique) {
    if (!topics.every((t) => a.subjects.includes(t))) continue;
    const near = new Set<DisputeCandidate>();
    for (const x of a.subjects) {
      for (const b of bySubject.get(x) ?? []) near.add(b);
      for (const b of bySpeaker.get(x) ?? []) near.add(b);
    }
    for (const b of a.speakerId ? (bySubject.get(a.speakerId) ?? []) : []) near.add(b);
    const disputedBy = [...near].filter((b) => disputes(a, b) && topics.every((t) => concerns(b, t)));
    if (disputedBy.length) out.push({ statement: a, disputedBy: disputedBy.sort(order) });
  }
  return out.sort((x, y) => order(x.statement, y.statement));
}

/**
 * Newest first by sort key, undated statements last (their keys start with `undated`, after every
 * date), ties impossible (sort keys are unique).
 */
export function newestFirst(undated: string) {
  return (a: { sortKey: string }, b: { sortKey: string }): number => {
    const ua = a.sortKey >= undated;
    const ub = b.sortKey >= undated;
    if (ua !== ub) return ua ? 1 : -1;
    return a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0;
  };
}
