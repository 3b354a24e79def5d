/**
 * An article read once into the structures every extraction step shares: its text (paragraphs
 * joined by a blank line, the text that statement spans point into), tokens, paragraphs,
 * quotations and sentences. Pure.
 */
import { findQuotes, quoteIndexByToken, type ParagraphSpan, type Quote } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ArticleText {
  text: string;
  tokens: Token[];
  paragraphs: ParagraphSpan[];
  quotes: Quote[];
  /** For each token, the index of the quote holding it, or -1. */
  quoteAt: Int32Array;
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceAt: Int32Array;
}

export function readArticleText(paragraphTexts: readonly string[]): ArticleText {
  const text = paragraphTexts.join(PARAGRAPH_SEPARATOR);
  const tokens: Token[] = [];
  const paragraphs: ParagraphSpan[] = [];
  let offset = 0;
  for (const p of paragraphTexts) {
    const tokenStart = tokens.length;
    for (const t of tokenize(p, offset)) tokens.push(t);
    paragraphs.push({ start: offset, end: offset + p.length, tokenStart, tokenEnd: tokens.length });
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  const quotes = findQuotes(tokens, paragraphs);
  const quoteAt = quoteIndexByToken(quotes, tokens.length);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(tokens, p.tokenStart, p.tokenEnd, i, quoteAt, quotes)) sentences.push(s);
  });
  const sentenceAt = new Int32Array(tokens.length);
  sentences.forEach((s, si) => sentenceAt.fill(si, s.tokenStart, s.tokenEnd));
  return { text, tokens, paragraphs, quotes, quoteAt, sentences, sentenceAt };
}
