/**
 * Multi-word phrases matched on tokens: a trie keyed by token text, longest match first. The
 * gazetteers compile into these once per process; matching an article is one walk per token. Pure.
 */
import { tokenize, type Token } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  /** Token range [start, end). */
  start: number;
  end: number;
  value: T;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map() };

  /**
   * @param caseSensitive names are matched as written ("Turkey" is no "turkey"); cue words and role
   *   nouns are matched in lower case.
   */
  constructor(private readonly caseSensitive: boolean) {}

  add(phrase: string, value: T, keep: 'first' | 'last' = 'first'): void {
    let node = this.root;
    // Lower-case phrases are tokenised as if capitalised, so that "sen." keeps its period as "Sen." does.
    const written = this.caseSensitive
      ? phrase
      : phrase.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
    for (const t of tokenize(written)) {
      const key = this.key(t);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined || keep === 'last') node.value = value;
  }

  private key(t: Token): string {
    return this.caseSensitive ? t.text.replace(/’/g, "'") : t.lower;
  }

  /** The longest phrase starting at token `at` (not running past `limit`), or null. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    // (A caller looking before the first token finds nothing there.)
    if (at < 0) return null;
    for (let i = at; i < Math.min(limit, tokens.length) && node; i++) {
      const t = tokens[i]!;
      // A phrase never runs across a gap wider than one space ("Bank of\n\nEngland").
      if (i > at && t.start - tokens[i - 1]!.end > 1) break;
      node = node.next.get(this.key(t));
      if (node?.value !== undefined) best = { start: at, end: i + 1, value: node.value };
    }
    return best;
  }

  /** Every non-overlapping longest match in a token range, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }
}
