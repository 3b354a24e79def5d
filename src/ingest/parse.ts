/**
 * The corpus parser: plain text in the outlet's format to articles. Pure.
 *
 * The format: a headline; photo captions (often twice, ending in a credit); an outlet marker line
 * (`TT`); the headline and captions again; then body paragraphs separated by blank lines, with
 * short subheadings between them. Articles are separated by two or more blank lines. Articles
 * without captions or marker (headline, then paragraphs) parse too.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc, ProblemDoc } from '../domain/document.js';
import { findDate } from './dates.js';

export const MAX_LINE_LENGTH = 20_000;

interface Block {
  /** 1-based line number of the block's first line. */
  line: number;
  lines: string[];
  /** Blank lines before this block (a large gap separates articles). */
  gapBefore: number;
}

const OUTLET_MARKER = /^[A-Z]{2,4}$/;
/**
 * Credits that end photo captions: "(… via AP)", "(UGC/AFP)", any "(Agency/Photographer)" in
 * parentheses, "EPA/NAME", "Stringer/WANA … via Reuters".
 */
const CAPTION_CREDIT =
  /(\((?:[^()]*\b(?:via|AP|AFP|Reuters|EPA|Getty(?: Images)?|UGC|Anadolu|Xinhua|Press Service|Photo|File)\b[^()]*)\)\s*$)|(\([^()]*\S\/\S[^()]*\)\s*$)|(\b[A-Z]{2,}(?:-[A-Z]+)?\/[A-Z][A-Za-z .'-]+$)|(\bvia (?:AP|AFP|Reuters|Getty Images)\s*$)/;
const CAPTION_START = /^(?:In this (?:photo|image|video|handout)|This (?:photo|image|video grab|handout)|A (?:photo|member|view)\b)/i;

function splitBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      if (current) {
        blocks.push(current);
        current = null;
      }
      gap++;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [], gapBefore: blocks.length === 0 ? Infinity : gap };
      gap = 0;
    }
    current.lines.push(line.trim());
  });
  if (current) blocks.push(current);
  return blocks;
}

export const isCaption = (line: string) => CAPTION_CREDIT.test(line) || CAPTION_START.test(line);

/** A short line without closing punctuation, between paragraphs: "Investors wary". */
function isSubheading(lines: string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0]!;
  const words = line.split(/\s+/).length;
  return words <= 8 && line.length <= 60 && !/[.!?:;"”’,]$/.test(line) && !/^["“]/.test(line);
}

export function articleId(title: string, index: number): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40);
  const hash = createHash('sha1').update(`${title}\n${index}`).digest('hex').slice(0, 8);
  return `art_${slug}_${hash}`;
}

/** Group blocks into articles: a gap of two or more blank lines starts a new article. */
function groupArticles(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    if (block.gapBefore >= 2 || groups.length === 0) groups.push([block]);
    else groups.at(-1)!.push(block);
  }
  return groups;
}

export interface ParseResult {
  articles: ArticleDoc[];
  problems: ProblemDoc[];
}

export function parseCorpus(input: string, file: string, firstIndex = 0): ParseResult {
  const problems: ProblemDoc[] = [];
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) {
    return { articles: [], problems: [{ file, line: 1, message: 'binary data (NUL bytes): not a text file' }] };
  }
  if (text.trim() === '') return { articles: [], problems: [{ file, line: 1, message: 'empty file: no article in it' }] };
  // Control characters other than tab and newline do not occur in articles: another format.
  const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    return { articles: [], problems: [{ file, line, message: `control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}: not article text` }] };
  }
  const longLine = text.split('\n').findIndex((l) => l.length > MAX_LINE_LENGTH);
  if (longLine >= 0) {
    return {
      articles: [],
      problems: [{ file, line: longLine + 1, message: `line longer than ${MAX_LINE_LENGTH} characters: not an article` }],
    };
  }

  const articles: ArticleDoc[] = [];
  for (const group of groupArticles(splitBlocks(text))) {
    const article = parseArticle(group, file, firstIndex + articles.length, problems);
    if (article) articles.push(article);
  }
  if (articles.length === 0 && problems.length === 0) {
    problems.push({ file, line: 1, message: 'no article found (expected a headline followed by paragraphs)' });
  }
  return { articles, problems };
}

function parseArticle(group: Block[], file: string, index: number, problems: ProblemDoc[]): ArticleDoc | null {
  const [head, ...rest] = group;
  if (!head) return null;
  const title = head.lines[0]!;
  const captions: string[] = [];
  const subheadings: string[] = [];
  const paragraphs: string[] = [];
  const seenCaptions = new Set<string>();
  // Lines in the heading block after the title are captions (when the title has no blank after it).
  const pending = [...head.lines.slice(1).map((l) => ({ l, line: head.line }))];
  let body = false;
  const addCaption = (line: string) => {
    if (!seenCaptions.has(line)) {
      seenCaptions.add(line);
      captions.push(line);
    }
  };
  for (const { l } of pending) if (!OUTLET_MARKER.test(l)) addCaption(l);

  for (const block of rest) {
    const lines = block.lines.filter((l) => !OUTLET_MARKER.test(l));
    if (lines.length === 0) continue;
    if (!body) {
      // Before the body: the repeated headline and (repeated) captions; whatever shares a block
      // with the outlet marker belongs to the heading too.
      if (lines.length === 1 && lines[0] === title) continue;
      const withMarker = lines.length < block.lines.length;
      if (withMarker || lines.every((l) => seenCaptions.has(l) || isCaption(l))) {
        lines.forEach(addCaption);
        continue;
      }
      body = true;
    }
    if (lines.every((l) => seenCaptions.has(l))) continue;
    if (isSubheading(lines)) {
      subheadings.push(lines[0]!);
      continue;
    }
    paragraphs.push(lines.join(' '));
  }

  if (paragraphs.length === 0) {
    problems.push({ file, line: head.line, message: `article "${truncate(title)}" has a headline but no body paragraphs` });
    return null;
  }
  const unclosed = unclosedQuote(paragraphs);
  if (unclosed !== null) {
    problems.push({
      file,
      line: head.line,
      message: `article "${truncate(title)}": a quote opened in paragraph ${unclosed + 1} is never closed`,
    });
    return null;
  }
  if (title.length > 300) {
    problems.push({ file, line: head.line, message: 'the first line of an article is too long to be a headline' });
    return null;
  }
  return {
    id: articleId(title, index),
    title,
    publishedAt: findDate(captions) ?? findDate(paragraphs.slice(0, 3)),
    captions,
    subheadings,
    paragraphs,
    source: { file, line: head.line },
  };
}

/**
 * A quote may run across paragraphs (each continued paragraph reopens it), but it must close by
 * the article's end. Returns the paragraph where the unclosed quote opened, or null.
 */
function unclosedQuote(paragraphs: string[]): number | null {
  let openedIn: number | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const open = (p.match(/“/g) ?? []).length > (p.match(/”/g) ?? []).length || (p.match(/"/g) ?? []).length % 2 === 1;
    if (openedIn !== null) {
      // A quote continued into a new paragraph reopens it there; a paragraph that does not left it unclosed.
      if (!/^["“]/.test(p)) return openedIn;
      if (!open) openedIn = null;
    } else if (open) {
      openedIn = i;
    }
  }
  return openedIn;
}

const truncate = (s: string) => (s.length > 60 ? s.slice(0, 57) + '…' : s);
