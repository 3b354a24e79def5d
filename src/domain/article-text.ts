import type { ArticleDoc } from './document.js';

/** Paragraphs are joined by one blank line in an article's stored text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * An article's full text as stored: its paragraphs joined by a blank line. Statement provenance
 * offsets point into this string, so it must never change shape.
 */
export const articleText = (article: Pick<ArticleDoc, 'paragraphs'>): string =>
  article.paragraphs.join(PARAGRAPH_SEPARATOR);
