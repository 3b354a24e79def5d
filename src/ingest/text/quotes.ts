/**
 * Quotations in an article, paired across the whole text. News style leaves a quote open at the end
 * of a paragraph and reopens it at the start of the next when one speaker's quote runs on: such
 * pieces are linked, so that they make one statement. A quote that never closes ends with its
 * paragraph and is flagged, never refused. Pure.
 */
import type { Token } from './tokens.js';

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the last token of the paragraph when none closes it. */
  last: number;
  /** Closed by a closing mark. */
  closed: boolean;
  /** Offsets of the marks (end is after the closing mark, or the paragraph's end). */
  start: number;
  end: number;
  /** Offsets of the quoted text, without marks. */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  /** Index (in the article's quotes) of the piece this one continues from the paragraph before. */
  continues: number | null;
  /** Left open at its paragraph's end, and reopened in the next paragraph. */
  continued: boolean;
  /** Never closed, and not reopened in the next paragraph: a typo in the source. */
  unbalanced: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

export interface ParagraphSpan {
  start: number;
  end: number;
  /** Index of the paragraph's first token, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export function findQuotes(tokens: Token[], paragraphs: ParagraphSpan[]): Quote[] {
  const quotes: Quote[] = [];
  paragraphs.forEach((p, pi) => {
    let open: number | null = null;
    const startsWithQuote = (i: number) => tokens[i]?.kind === 'quote' && !CLOSING.has(tokens[i]!.text);
    const begin = (i: number) => {
      open = i;
    };
    const finish = (last: number, closed: boolean) => {
      const o = tokens[open!]!;
      const l = tokens[last]!;
      const previous = quotes.at(-1);
      const continues =
        previous?.continued && previous.paragraph === pi - 1 && open === p.tokenStart
          ? quotes.length - 1
          : null;
      quotes.push({
        open: open!,
        last,
        closed,
        start: o.start,
        end: l.end,
        innerStart: o.end,
        innerEnd: closed ? l.start : l.end,
        paragraph: pi,
        continues,
        continued: false,
        unbalanced: false,
      });
      open = null;
    };
    for (let i = p.tokenStart; i < p.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'quote') continue;
      if (open === null) {
        // A closing curly mark with nothing open is a stray; a straight mark opens.
        if (CLOSING.has(t.text)) continue;
        begin(i);
      } else if (OPENING.has(t.text)) {
        // A second opening mark while one is open: the first was never closed.
        finish(i - 1, false);
        quotes.at(-1)!.unbalanced = true;
        begin(i);
      } else {
        finish(i, true);
      }
    }
    if (open !== null) {
      finish(p.tokenEnd - 1, false);
      const last = quotes.at(-1)!;
      const next = paragraphs[pi + 1];
      if (next && startsWithQuote(next.tokenStart)) last.continued = true;
      else last.unbalanced = true;
    }
  });
  return quotes;
}

/** For each token, the index of the quote holding it (marks included), or -1 outside quotes. */
export function quoteIndexByToken(quotes: Quote[], size: number): Int32Array {
  const inside = new Int32Array(size).fill(-1);
  quotes.forEach((q, qi) => {
    for (let i = q.open; i <= q.last; i++) inside[i] = qi;
  });
  return inside;
}
