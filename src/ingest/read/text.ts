/**
 * Plain text to article drafts. Pure.
 *
 * Articles are separated by two or more blank lines. Each starts with its headline. The outlet's
 * format follows it with photo captions (often twice, ending in a credit), an outlet marker line
 * (`TT`), the headline and captions again, then body paragraphs one per block with short
 * subheadings between them. Plainer text has the headline, then paragraphs: one per block, or
 * one per line with no blank lines at all (see lines.ts for how the two are told apart).
 */
import type { ProblemDoc } from '../../domain/document.js';
import { type ArticleDraft, error, type ReadResult } from './draft.js';
import { bodyFromBlocks, type Line } from './lines.js';
import { PHOTO_AGENCIES } from '../lexicon/organizations.js';

/** Longer lines are not article text (a minified file, a data dump). */
export const MAX_LINE_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 300;
/** Above this share of control characters a file is some other format, not text with a few strays. */
const CONTROL_SHARE = 0.01;

interface Block {
  lines: Line[];
  /** Blank lines before this block (a large gap separates articles). */
  gapBefore: number;
}

const OUTLET_MARKER = /^[A-Z]{2,4}$/;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Credits that end photo captions: "(… via AP)", "(UGC/AFP)", any "(Agency/Photographer)" in
 * parentheses, "EPA/NAME", "Stringer/WANA … via Reuters".
 */
const CREDIT_WORDS = [...PHOTO_AGENCIES, 'via', 'Press Service', 'Photo', 'File'].map(escapeRegex).join('|');
const CAPTION_CREDIT = new RegExp(
  `(\\((?:[^()]*\\b(?:${CREDIT_WORDS})\\b[^()]*)\\)\\s*$)|(\\([^()]*\\S\\/\\S[^()]*\\)\\s*$)|` +
    `(\\b[A-Z]{2,}(?:-[A-Z]+)?\\/[A-Z][A-Za-z .'-]+$)|(\\bvia (?:${PHOTO_AGENCIES.map(escapeRegex).join('|')})\\s*$)`,
);
const CAPTION_START =
  /^(?:In this (?:photo|image|video|handout)|This (?:photo|image|video grab|handout)|A (?:photo|member|view)\b)/i;
export const CONTROL_CHARACTERS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const isCaption = (line: string) => CAPTION_CREDIT.test(line) || CAPTION_START.test(line);

/** Normalise line ends and drop a byte-order mark. */
export const normaliseLineEnds = (input: string) => input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let gap = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      if (current) blocks.push(current);
      current = null;
      gap++;
      return;
    }
    if (!current) {
      current = { lines: [], gapBefore: blocks.length === 0 ? Infinity : gap };
      gap = 0;
    }
    current.lines.push({ text: line, line: i + 1 });
  });
  if (current) blocks.push(current);
  return blocks;
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

/** Problems that make the whole file unreadable as text, or null. */
function fileProblem(text: string, file: string): ProblemDoc | null {
  if (text.includes('\u0000')) return error({ file, line: 1 }, 'binary data (NUL bytes): not a text file');
  if (text.trim() === '') return error({ file, line: 1 }, 'empty file: no article in it');
  const controls = text.match(CONTROL_CHARACTERS) ?? [];
  if (controls.length > Math.max(1, text.length * CONTROL_SHARE)) {
    const at = text.search(CONTROL_CHARACTERS);
    const code = controls[0]!.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
    return error(
      { file, line: text.slice(0, at).split('\n').length },
      `${controls.length} control characters (the first U+${code}): not article text`,
    );
  }
  return null;
}

export function readText(input: string, file: string): ReadResult {
  const text = normaliseLineEnds(input);
  const refused = fileProblem(text, file);
  if (refused) return { drafts: [], problems: [refused] };
  const problems: ProblemDoc[] = [];
  const drafts: ArticleDraft[] = [];
  for (const group of groupArticles(splitBlocks(text))) {
    const draft = readArticle(group, file, problems);
    if (draft) drafts.push(draft);
  }
  if (drafts.length === 0 && problems.length === 0) {
    problems.push(error({ file, line: 1 }, 'no article found (expected a headline followed by paragraphs)'));
  }
  return { drafts, problems };
}

function readArticle(group: Block[], file: string, problems: ProblemDoc[]): ArticleDraft | null {
  const [head, ...rest] = group;
  if (!head) return null;
  const title = head.lines[0]!;
  const at = { file, line: title.line, article: title.text };
  const long = group.flatMap((b) => b.lines).find((l) => l.text.length > MAX_LINE_LENGTH);
  if (long) {
    problems.push(
      error({ ...at, line: long.line }, `line longer than ${MAX_LINE_LENGTH} characters: not an article`),
    );
    return null;
  }
  if (title.text.length > MAX_TITLE_LENGTH) {
    problems.push(
      error({ file, line: title.line }, 'the first line of an article is too long to be a headline'),
    );
    return null;
  }

  const captions: string[] = [];
  const seenCaptions = new Set<string>();
  const addCaption = (line: string) => {
    if (!seenCaptions.has(line)) {
      seenCaptions.add(line);
      captions.push(line);
    }
  };
  const isMarker = (l: Line) => OUTLET_MARKER.test(l.text);

  // Lines under the headline in its own block: captions when the block holds the outlet marker,
  // when they read as captions or when they are repeated in the heading; else the start of the
  // body (text with one paragraph per line and no blank lines).
  const markerAt = head.lines.findIndex(isMarker);
  const headHasMarker = markerAt > 0;
  // A heading with no blank line before the body ("headline, captions, TT, headline, captions,
  // body…" in one block): after the marker, the first line that is neither the headline again nor
  // a caption starts the body.
  let afterMarker: Line[] = [];
  if (headHasMarker) {
    const tail = head.lines.slice(markerAt + 1);
    const firstBody = tail.findIndex(
      (l) =>
        l.text !== title.text &&
        !head.lines.slice(1, markerAt).some((c) => c.text === l.text) &&
        !isCaption(l.text),
    );
    if (firstBody >= 0) afterMarker = tail.slice(firstBody);
  }
  const headLines = head.lines
    .slice(1, afterMarker.length ? head.lines.length - afterMarker.length : undefined)
    .filter((l) => !isMarker(l) && l.text !== title.text);
  headLines.forEach((l) => addCaption(l.text));
  const repeated = new Set<string>();

  // Before the body: the repeated headline and (repeated) captions; whatever shares a block with
  // the outlet marker belongs to the heading too.
  let bodyStart = rest.length;
  for (const [i, block] of rest.entries()) {
    const lines = block.lines.filter((l) => !isMarker(l));
    if (lines.length === 0) continue;
    if (lines.length === 1 && lines[0]!.text === title.text) continue;
    const withMarker = lines.length < block.lines.length;
    if (withMarker || lines.every((l) => seenCaptions.has(l.text) || isCaption(l.text))) {
      lines.forEach((l) => (seenCaptions.has(l.text) ? repeated.add(l.text) : addCaption(l.text)));
      continue;
    }
    bodyStart = i;
    break;
  }
  const blocks = rest.slice(bodyStart).map((b) => b.lines.filter((l) => !isMarker(l)));
  if (afterMarker.length) blocks.unshift(afterMarker);
  if (!headHasMarker) {
    const bodyLines = headLines.filter((l) => !isCaption(l.text) && !repeated.has(l.text));
    const moved = new Set(bodyLines.map((l) => l.text));
    captions.splice(0, captions.length, ...captions.filter((c) => !moved.has(c)));
    moved.forEach((text) => seenCaptions.delete(text));
    if (bodyLines.length > 0) blocks.unshift(bodyLines);
  }
  const body = bodyFromBlocks(blocks, (text) => seenCaptions.has(text));

  if (body.paragraphs.length === 0) {
    problems.push(error(at, 'has a headline but no body paragraphs'));
    return null;
  }
  return {
    title: title.text,
    captions,
    subheadings: body.subheadings,
    paragraphs: body.paragraphs,
    paragraphLines: body.paragraphLines,
    origin: { file, line: title.line },
  };
}
