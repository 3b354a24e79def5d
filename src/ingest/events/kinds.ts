/**
 * The kind of an event word the event lexicon does not know, read from WordNet: the kind of the
 * nearest anchor (lexicon/event-kinds.ts) above one of its first senses. A verb or noun of an
 * eventive lexicographer file that reaches no anchor is kind `other`, with its lemma kept; a word
 * of no eventive sense is no event word. Answers are kept per word, so a process looks each word up
 * once. Pure, apart from reading the dictionary lazily.
 */
import type { EventType } from '../../domain/document.js';
import { EVENTIVE_NOUN_FILES, EVENTIVE_VERB_FILES, KIND_ANCHORS } from '../lexicon/event-kinds.js';
import { ancestors, lemmaOf, senses, synset, type WordNetPos } from '../lexicon/wordnet.js';

export interface WordKind {
  kind: EventType;
  /** WordNet's lemma ("gun_down" written with a space: "gun down"). */
  lemma: string;
  /** How many hypernym steps from the word's sense to the anchor (0: the anchor itself). */
  depth: number;
}

/**
 * Only a word's most frequent senses count: rare senses make every word an event of some kind.
 * Nouns have more senses that are things, not happenings ("market", "fall"): fewer are read.
 */
const SENSES_READ = { v: 3, n: 1 } as const;
/** Anchors further up than this are too general to name the word's kind. */
const MAX_DEPTH = 6;

let anchors: Map<string, EventType> | null = null;

function anchorMap(): Map<string, EventType> {
  if (anchors) return anchors;
  anchors = new Map();
  for (const [kind, list] of Object.entries(KIND_ANCHORS) as [EventType, readonly string[]][]) {
    for (const anchor of list) {
      const [lemma, pos, n] = anchor.split('.') as [string, WordNetPos, string];
      const offset = senses(lemma, pos)[Number(n) - 1];
      if (offset !== undefined && !anchors.has(`${pos}:${offset}`)) anchors.set(`${pos}:${offset}`, kind);
    }
  }
  return anchors;
}

const cache = new Map<string, WordKind | null>();

/** The kind of a written word read as a verb or a noun, or null when it names no event. */
export function kindOfWord(word: string, pos: WordNetPos): WordKind | null {
  const key = `${pos}:${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = classify(word, pos);
  cache.set(key, found);
  return found;
}

function classify(word: string, pos: WordNetPos): WordKind | null {
  const lemma = lemmaOf(word.replace(/ /g, '_'), pos);
  if (!lemma) return null;
  const map = anchorMap();
  const offsets = senses(lemma, pos).slice(0, SENSES_READ[pos]);
  // The sense nearest to an anchor wins; among equally near ones, the more frequent sense.
  let best: WordKind | null = null;
  for (const offset of offsets) {
    const chain = ancestors(offset, pos, MAX_DEPTH);
    // ancestors() lists the synset first, then each level up: the first anchor met is the nearest.
    const depth = chain.findIndex((o) => map.has(`${pos}:${o}`));
    if (depth >= 0 && (!best || depth < best.depth))
      best = { kind: map.get(`${pos}:${chain[depth]}`)!, lemma: lemma.replace(/_/g, ' '), depth };
  }
  if (best) return best;
  const first = synset(offsets[0]!, pos);
  const files = pos === 'v' ? EVENTIVE_VERB_FILES : EVENTIVE_NOUN_FILES;
  return first && files.has(first.lexFile)
    ? { kind: 'other', lemma: lemma.replace(/_/g, ' '), depth: 99 }
    : null;
}

/** verb.competition: "beat", "clinch", "top", "rout" as a game's result. */
const COMPETITION = 33;

/** Does one of the verb's frequent senses report a contest ("clinch", "edge", "top")? */
export function competes(word: string): boolean {
  const lemma = lemmaOf(word, 'v');
  if (!lemma) return false;
  return senses(lemma, 'v')
    .slice(0, 5)
    .some((o) => synset(o, 'v')?.lexFile === COMPETITION);
}
