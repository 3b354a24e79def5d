/**
 * Acronyms defined in the text: "the National Emergency Management Agency (NEMA)". An acronym is
 * accepted only when its letters are the initials of the capitalised words before it (function
 * words such as "of" and "the" may be skipped, hyphenated words give one letter per part), so that
 * "(AP)" after a caption or "(2024)" define nothing. Pure.
 */
import { escapeRegex } from './text.js';

export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** Offsets of the expansion in the text. */
  start: number;
  end: number;
}

const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|de|du|des)\s+)*)+)\((\p{Lu}{2,8})\)/gu;
const FUNCTION_WORD = /^(?:of|for|and|the|on|de|du|des)$/;

function initials(words: string[]): string {
  return words
    .filter((w) => !FUNCTION_WORD.test(w))
    .flatMap((w) => w.split('-').filter(Boolean))
    .map((w) => w[0]!)
    .join('');
}

/** Definitions in one paragraph: the shortest tail of the capitalised run whose initials spell the acronym. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const run = m[1]!.trimEnd();
    const acronym = m[2]!;
    const words = run.split(/\s+/);
    for (let k = 1; k <= words.length; k++) {
      const tail = words.slice(words.length - k);
      if (FUNCTION_WORD.test(tail[0]!)) continue;
      if (initials(tail) !== acronym) continue;
      const expansion = tail.join(' ');
      const start = m.index! + run.length - expansion.length;
      out.push({ acronym, expansion, start, end: start + expansion.length });
      break;
    }
  }
  return out;
}

/** A matcher for the acronyms known in a corpus, standing alone in a paragraph. */
export function acronymMatcher(acronyms: Iterable<string>): RegExp | null {
  const list = [...new Set(acronyms)].sort((a, b) => b.length - a.length).map(escapeRegex);
  return list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
}
