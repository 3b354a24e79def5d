/** Small text utilities shared by the extraction steps. Pure. */
import { ABBREVIATIONS } from '../gazetteer/titles.js';

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fold for comparing names: lower case, no diacritics, straight apostrophes. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 48);
}

/** A quoted span: offsets of the quote marks, and the text between them. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
}

/** Quotes in a paragraph, straight or curly; an unbalanced quote runs to the end of the paragraph. */
export function findQuotes(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /["“”]/g;
  let open: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const ch = m[0];
    if (open === null) {
      if (ch === '”') continue;
      open = m.index;
    } else if (ch !== '“') {
      spans.push({ start: open, end: m.index + 1, text: paragraph.slice(open + 1, m.index) });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: paragraph.length, text: paragraph.slice(open + 1) });
  return spans;
}

/** Replace quoted text by a filler of the same length, so offsets stay valid while quotes are ignored. */
export function maskQuotes(paragraph: string, quotes: QuoteSpan[]): string {
  let out = paragraph;
  for (const q of quotes) {
    out = out.slice(0, q.start + 1) + '\u2591'.repeat(Math.max(0, q.end - q.start - 2)) + out.slice(q.end - 1);
  }
  return out;
}

const ABBREV = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));

/**
 * Sentence boundaries on quote-masked text: after . ! ? (and a closing quote) when the next word
 * starts with a capital or a quote, except after abbreviations and initials.
 */
export function sentenceSpans(masked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const re = /([.!?])(["”’)]*)\s+(?=["“A-Z0-9\u2591])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked))) {
    const before = masked.slice(start, m.index);
    const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    if (m[1] === '.' && !m[2] && (ABBREV.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /\b[A-Z]\.[A-Z]$/.test(before))) {
      continue;
    }
    const end = m.index + m[1]!.length + m[2]!.length;
    spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < masked.length) spans.push({ start, end: masked.length });
  return spans.filter((s) => masked.slice(s.start, s.end).trim().length > 0);
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Array<boolean>(a.length).fill(false);
  const bMatch = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bMatch[j] || a[i] !== b[j]) continue;
      aMatch[i] = bMatch[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
