/**
 * Quotations no cue attributes: news style lets a speaker's quotes run on, sentence after sentence
 * and paragraph after paragraph, after one attribution. A quote that stands as its own sentence
 * takes its speaker from, in order of priority:
 *  1. the piece it continues (a quote left open at the end of the paragraph before), or the
 *     attributed piece that continues it in the next paragraph: it joins that statement;
 *  2. an attribution that announced it ("X put it this way:" ending the sentence before);
 *  3. the direct statement right before it (same paragraph, or the paragraph before), when no other
 *     speaker was named in between.
 * Quotes inside a narrator's sentence without a cue ("called it a "disaster"") are left alone. Pure.
 */
import type { ArticleText } from '../text/article-text.js';
import type { Quote } from '../text/quotes.js';

export interface QuoteOwner {
  /** Index of the statement whose speaker the quote takes. */
  statement: number;
  /** The quote continues that statement's quote across a paragraph break: merge into it. */
  merge: boolean;
  /**
   * With `merge`: the quote that opened the statement to merge into, when that statement is one of
   * the run's own (made from a free quote), not `statement` itself.
   */
  joins?: number;
}

export interface StatementEnd {
  statement: number;
  /** Last token of the sentence that holds the statement. */
  lastToken: number;
  direct: boolean;
  /** The attribution ended with a colon and no content: it announces the quote that follows. */
  announces: boolean;
}

export function ownersOfFreeQuotes(
  article: ArticleText,
  /** Quote index → the statement whose content holds it. */
  coveredBy: ReadonlyMap<number, number>,
  statements: readonly StatementEnd[],
  /** A person or a speaking name outside quotes in a token range: a new name breaks a quote run. */
  namedAt: (from: number, to: number) => boolean,
): Map<number, QuoteOwner> {
  const out = new Map<number, QuoteOwner>();
  const ownerOf = new Map(coveredBy);
  // The free quote that opened the run statement a quote belongs to.
  const openedBy = new Map<number, number>();
  const ends = [...statements].sort((a, b) => a.lastToken - b.lastToken);
  for (const [qi, q] of article.quotes.entries()) {
    if (coveredBy.has(qi)) continue;
    const continued = q.continues !== null ? ownerOf.get(q.continues) : undefined;
    if (continued !== undefined) {
      const joins = openedBy.get(q.continues!);
      out.set(qi, { statement: continued, merge: true, ...(joins !== undefined ? { joins } : {}) });
      ownerOf.set(qi, continued);
      if (joins !== undefined) openedBy.set(qi, joins);
      continue;
    }
    // A piece left open whose continuation in the next paragraph is attributed ("…" ¶ "…," said X):
    // one quotation, the attributed statement's.
    // (A piece is only ever continued by the one right after it.)
    const later = article.quotes[qi + 1]?.continues === qi ? coveredBy.get(qi + 1) : undefined;
    if (later !== undefined) {
      out.set(qi, { statement: later, merge: true });
      ownerOf.set(qi, later);
      continue;
    }
    if (!standsAlone(article, q)) continue;
    const before = ends.filter((s) => s.lastToken < q.open).at(-1);
    if (!before) continue;
    const pBefore = article.sentences[article.sentenceAt[before.lastToken]!]!.paragraph;
    if (q.paragraph - pBefore > 1) continue;
    if (!before.direct && !before.announces) continue;
    if (namedAt(before.lastToken + 1, q.open)) continue;
    // An announced quote is the announcement's content; a run's next quote is a statement of its own.
    out.set(qi, { statement: before.statement, merge: before.announces });
    ownerOf.set(qi, before.statement);
    if (!before.announces) openedBy.set(qi, qi);
    ends.push({ statement: before.statement, lastToken: q.last, direct: true, announces: false });
    ends.sort((a, b) => a.lastToken - b.lastToken);
  }
  return out;
}

/** The quote is a sentence of its own (nothing but punctuation outside it in its sentence). */
function standsAlone(article: ArticleText, q: Quote): boolean {
  const s = article.sentences[article.sentenceAt[q.open]!]!;
  const t = article.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (i >= q.open && i <= q.last) continue;
    if (t[i]!.kind === 'word' || t[i]!.kind === 'number') return false;
  }
  return true;
}
