/**
 * Lines that are not the article's text: section labels of news databases and archives
 * ("ABSTRACT.", "FULL TEXT.", "LETTERS:"), and the short lines (a byline, a label) that can stand
 * before the dateline. Pure.
 */

/** One to three words in capitals, closed by a period or a colon, and nothing else. */
const LABEL = /^\p{Lu}[\p{Lu}'’&-]*(?:\s+\p{Lu}[\p{Lu}'’&-]*){0,2}\s*[.:]$/u;

export const isSectionLabel = (paragraph: string): boolean => LABEL.test(paragraph.trim());

/** A line too short to be a paragraph of prose: a byline or a label, without a sentence's end. */
export const isShortLine = (paragraph: string): boolean =>
  paragraph.split(/\s+/).length <= 6 && !/[.!?"”]$/.test(paragraph.trim());

/** How far into an article a dateline is looked for, past labels and a byline. */
export const DATELINE_REACH = 4;
