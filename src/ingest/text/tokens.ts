/**
 * Tokens with their offsets in the article text. Every later step works on tokens, so that offsets
 * stay exact (statement spans point into the article) and no step re-scans characters. Pure.
 */
import { ABBREVIATIONS } from '../lexicon/words.js';

export type TokenKind = 'word' | 'number' | 'quote' | 'punct' | 'dash' | 'possessive';

export interface Token {
  text: string;
  /** Lower case with straight apostrophes, for table lookups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/**
 * One alternative per token shape, tried in order at each position:
 * dotted abbreviations ("U.S.", "a.m."), words with inner apostrophes or hyphens, numbers with
 * separators, quote marks, dashes (a hyphen only between spaces), any other single character.
 */
const TOKEN =
  /(?<dotted>(?:\p{L}\.){2,})|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?)|(?<number>\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s|%)?(?:-\p{L}+)*)|(?<quote>'''|''|["“”„«»])|(?<dash>—|–|―|--|(?<=\s)-(?=\s))|(?<punct>\S)/gu;

const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    const start = offset + m.index!;
    if (g.word !== undefined) {
      pushWord(out, g.word, start);
      continue;
    }
    const kind: TokenKind =
      g.dotted !== undefined
        ? 'word'
        : g.number !== undefined
          ? 'number'
          : g.quote !== undefined
            ? 'quote'
            : g.dash !== undefined
              ? 'dash'
              : 'punct';
    const prev = out.at(-1);
    // "the Democrats’ plan": an apostrophe right after a plural is a possessive, not a quote mark.
    const plural = kind === 'punct' && /['’]/.test(m[0]) && prev?.end === start && /s$/i.test(prev.text);
    out.push(make(m[0], start, plural ? 'possessive' : kind));
  }
  return out;
}

function make(text: string, start: number, kind: TokenKind): Token {
  const first = text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  return {
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    kind,
    cap: ch !== ch.toLowerCase() && ch === ch.toUpperCase(),
  };
}

/** A word, with a trailing period kept only on known abbreviations and a possessive split off. */
function pushWord(out: Token[], raw: string, start: number) {
  let word = raw;
  if (word.endsWith('.')) {
    const bare = word.slice(0, -1);
    // "Sen." and "Jan." keep their period; "Inc." too (FINAL_ABBREVIATIONS decides about sentences).
    if (!ABBREVIATIONS.has(bare)) {
      pushWord(out, bare, start);
      out.push(make('.', start + bare.length, 'punct'));
      return;
    }
  }
  const possessive = POSSESSIVE.exec(word);
  if (possessive && !/^(?:it|let|that|what|there|here|who|he|she)$/i.test(possessive[1]!)) {
    const base = possessive[1]!;
    out.push(make(base, start, 'word'));
    out.push(make(possessive[2]!, start + base.length, 'possessive'));
    return;
  }
  out.push(make(word, start, 'word'));
}

/** True when the token is a word written with capitals only ("NATO", "U.S."). */
export const isAcronym = (t: Token) =>
  t.kind === 'word' && /^(?:\p{Lu}[\p{Lu}\p{N}&]+|(?:\p{Lu}\.){2,})$/u.test(t.text);
