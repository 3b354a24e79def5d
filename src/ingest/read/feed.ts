/**
 * RSS 2.0 (and RDF) and Atom feeds to drafts, one per item. Pure.
 *
 * Parsing is @rowanmanning/feed-parser's: maintained, tested against real-world feeds and lenient
 * with them, it reads RSS and Atom alike, `content:encoded` included, and supports Node 20 (its
 * engines field says so; fast-xml-parser underneath, no native code). rss-parser was the other
 * candidate: older xml2js underneath and no engines field. Each item's full content
 * (`content:encoded`, Atom `content`) is used where present, else its description or summary;
 * the HTML in it becomes paragraphs (html-blocks.ts).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import type { ProblemDoc } from '../../domain/document.js';
import { type ArticleDraft, error, type ReadResult } from './draft.js';
import { bodyFromHtml, looksLikeHtml } from './html-blocks.js';
import { blocksOf, bodyFromBlocks } from './lines.js';
import { normaliseLineEnds } from './text.js';

type FeedItem = ReturnType<typeof parseFeed>['items'][number];

/** Elements holding an item's publication date as written, by preference. */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'updated', 'modified'];
const ITEM_START = /<(?:[\w-]+:)?(?:item|entry)[\s>/]/gi;

/** The 1-based line of each item's start tag, in order. */
function itemLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of xml.matchAll(ITEM_START)) {
    for (let i = from; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

function writtenDate(item: FeedItem): string | Date | null {
  for (const name of DATE_ELEMENTS) {
    const text = item.element.findElementWithName(name)?.textContentNormalized;
    if (text) return text;
  }
  return item.published ?? item.updated;
}

function body(content: string): { paragraphs: string[]; subheadings: string[]; captions?: string[] } {
  if (looksLikeHtml(content)) return bodyFromHtml(content);
  return bodyFromBlocks(blocksOf(normaliseLineEnds(content)));
}

export function readFeed(input: string, file: string): ReadResult {
  const xml = normaliseLineEnds(input);
  const problems: ProblemDoc[] = [];
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { drafts: [], problems: [error({ file, line: 1 }, `not an RSS or Atom feed (${reason})`)] };
  }
  const lines = itemLines(xml);
  const drafts: ArticleDraft[] = [];
  const source = feed.title ?? undefined;
  feed.items.forEach((item, i) => {
    const at = { file, line: lines[i] ?? 1, record: i + 1 };
    const title = item.title?.trim();
    if (!title) {
      problems.push(error(at, 'item has no title'));
      return;
    }
    const content = item.content?.trim() || item.description?.trim();
    const parts = content ? body(content) : null;
    if (!parts || parts.paragraphs.length === 0) {
      problems.push(error({ ...at, article: title }, 'item has no content, description or summary'));
      return;
    }
    const published = writtenDate(item);
    drafts.push({
      title,
      paragraphs: parts.paragraphs,
      subheadings: parts.subheadings,
      ...(parts.captions ? { captions: parts.captions } : {}),
      ...(item.url ? { url: item.url } : {}),
      ...(source ? { source } : {}),
      published: published instanceof Date ? published.toISOString() : published,
      origin: { file, line: at.line },
      record: at.record,
    });
  });
  if (drafts.length === 0 && problems.length === 0)
    problems.push(error({ file, line: 1 }, 'the feed has no items'));
  return { drafts, problems };
}
