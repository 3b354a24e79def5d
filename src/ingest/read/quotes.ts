/**
 * Quote balance across paragraphs. Pure.
 *
 * News style leaves a quote open at a paragraph's end and reopens it at the start of the next:
 * that is balanced. A quote that is never closed, a paragraph that neither closes nor reopens the
 * quote left open before it, or a closing mark with no opening one is unbalanced: the article
 * still loads, with a warning, and extraction does what it can with it.
 */

/** Each quotation style counts on its own; a straight quote both opens and closes. */
const STYLES = [
  { name: 'curly', open: '“', close: '”' },
  { name: 'guillemet', open: '«', close: '»' },
  { name: 'straight', open: '"', close: '"' },
] as const;
type Style = (typeof STYLES)[number];

const MARKS = /[“”«»"]/g;
const STARTS_WITH_OPENER = new RegExp(`^\\s*[${STYLES.map((s) => s.open).join('')}]`);

/** How often each quotation mark occurs in a paragraph: one scan. */
function marks(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [mark] of text.matchAll(MARKS)) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  return counts;
}

/** Quotes left open at the end of a paragraph (> 0), or closing marks without an opening (< 0). */
function balance(counts: Map<string, number>, carried: number, style: Style): number {
  const opens = counts.get(style.open) ?? 0;
  if (style.open === style.close) return (carried + opens) % 2;
  return carried + opens - (counts.get(style.close) ?? 0);
}

export interface QuoteIssue {
  /** 0-based paragraph the issue is in. */
  paragraph: number;
  message: string;
}

/** The first unbalanced quote in an article's paragraphs, or null. */
export function unbalancedQuote(paragraphs: string[]): QuoteIssue | null {
  const counted = paragraphs.map(marks);
  if (counted.every((c) => c.size === 0)) return null;
  for (const style of STYLES) {
    let openedIn: number | null = null;
    let carried = 0;
    for (const [i, text] of paragraphs.entries()) {
      const counts = counted[i]!;
      let open: number;
      if (carried > 0 && STARTS_WITH_OPENER.test(text)) {
        // Reopened: the paragraph is read afresh.
        open = balance(counts, 0, style);
      } else {
        open = balance(counts, carried, style);
        if (carried > 0 && open >= carried && !counts.get(style.close)) {
          return {
            paragraph: openedIn!,
            message:
              `a quote opened in paragraph ${openedIn! + 1} is neither closed nor reopened ` +
              `in paragraph ${i + 1}`,
          };
        }
      }
      if (open < 0) {
        return {
          paragraph: i,
          message: `paragraph ${i + 1} closes a quote (${style.close}) that was never opened`,
        };
      }
      if (open > 0 && carried === 0) openedIn = i;
      carried = open;
    }
    if (carried > 0) {
      return {
        paragraph: openedIn!,
        message: `a quote opened in paragraph ${openedIn! + 1} is never closed`,
      };
    }
  }
  return null;
}

/** Quoted passages ("…", “…”, «…») blanked out: what someone else wrote is not the article's own. */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”?|«[^»]*»?|"[^"]*"?/g, (q) => ' '.repeat(q.length));
}
