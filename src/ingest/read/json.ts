/**
 * JSON Lines, JSON arrays and single JSON objects of articles to drafts. Pure.
 *
 * A record: `{title, text|body|content, publishedAt|date|published, url|link, source}` (a few more
 * spellings in FIELDS). The text holds paragraphs separated by blank lines or by single newlines,
 * or HTML, or is an array of paragraphs. Every record is read on its own: a broken one is reported
 * with its line (and its position in an array) and costs no other.
 */
import type { ProblemDoc } from '../../domain/document.js';
import { type ArticleDraft, error, type ReadResult, truncate } from './draft.js';
import { bodyFromHtml, looksLikeHtml } from './html-blocks.js';
import { blocksOf, bodyFromBlocks } from './lines.js';
import { normaliseLineEnds } from './text.js';

/** Field spellings, in order of preference. */
const FIELDS = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'articleBody', 'paragraphs'],
  published: ['publishedAt', 'published_at', 'date', 'published', 'datePublished', 'pubDate'],
  url: ['url', 'link', 'canonicalUrl'],
  source: ['source', 'outlet', 'publisher', 'siteName'],
  captions: ['captions'],
} as const;
/** Objects that wrap a list of records rather than being one. */
const WRAPPER_KEYS = ['articles', 'items', 'data'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

const isObject = (value: Json): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field(record: Record_, names: readonly string[]): Json | undefined {
  for (const name of names) if (record[name] !== undefined && record[name] !== null) return record[name];
  return undefined;
}

/** The parser's reason, on one line and short. */
const jsonMessage = (e: unknown) =>
  truncate((e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' '), 100);

interface RecordAt {
  value: Json;
  line: number;
  record?: number;
}

export function readJsonLines(input: string, file: string): ReadResult {
  const problems: ProblemDoc[] = [];
  const records: RecordAt[] = [];
  normaliseLineEnds(input)
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.trim();
      if (text === '') return;
      try {
        records.push({ value: JSON.parse(text) as Json, line: i + 1 });
      } catch (e) {
        problems.push(error({ file, line: i + 1 }, `not JSON (${jsonMessage(e)})`));
      }
    });
  return draftsOf(records, file, problems, 'line');
}

export function readJson(input: string, file: string): ReadResult {
  const text = normaliseLineEnds(input);
  const problems: ProblemDoc[] = [];
  if (text.trim() === '')
    return { drafts: [], problems: [error({ file, line: 1 }, 'empty file: no article in it')] };
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    // A broken array may still hold good records: read its elements one by one.
    const elements = text.trimStart().startsWith('[') ? arrayElements(text) : null;
    if (!elements)
      return { drafts: [], problems: [error({ file, line: 1 }, `not JSON (${jsonMessage(e)})`)] };
    const records: RecordAt[] = [];
    for (const [i, element] of elements.entries()) {
      try {
        records.push({ value: JSON.parse(element.text) as Json, line: element.line, record: i + 1 });
      } catch (inner) {
        problems.push(error({ file, line: element.line, record: i + 1 }, `not JSON (${jsonMessage(inner)})`));
      }
    }
    return draftsOf(records, file, problems, 'record');
  }
  if (isObject(value)) {
    const wrapper = value;
    const key = WRAPPER_KEYS.find((k) => Array.isArray(wrapper[k]));
    if (key && field(wrapper, FIELDS.title) === undefined) value = wrapper[key]!;
  }
  if (!Array.isArray(value)) return draftsOf([{ value, line: 1 }], file, problems, 'line');
  const lines = arrayElements(text)?.map((e) => e.line) ?? [];
  return draftsOf(
    value.map((v, i) => ({ value: v, line: lines[i] ?? 1, record: i + 1 })),
    file,
    problems,
    'record',
  );
}

function draftsOf(
  records: RecordAt[],
  file: string,
  problems: ProblemDoc[],
  unit: 'line' | 'record',
): ReadResult {
  const drafts: ArticleDraft[] = [];
  for (const { value, line, record } of records) {
    const at = { file, line, ...(record !== undefined ? { record } : {}) };
    if (!isObject(value)) {
      problems.push(
        error(at, `not an article object (a JSON ${Array.isArray(value) ? 'array' : typeof value})`),
      );
      continue;
    }
    const draft = draftOf(value, at, problems);
    if (draft) drafts.push(draft);
  }
  if (drafts.length === 0 && problems.length === 0) {
    problems.push(error({ file, line: 1 }, `no article in it (no ${unit === 'line' ? 'lines' : 'records'})`));
  }
  return { drafts, problems };
}

function draftOf(
  record: Record_,
  at: { file: string; line: number; record?: number },
  problems: ProblemDoc[],
): ArticleDraft | null {
  const title = field(record, FIELDS.title);
  if (typeof title !== 'string' || title.trim() === '') {
    problems.push(
      error(
        at,
        title === undefined ? `no title (expected "${FIELDS.title.join('" or "')}")` : 'title is not text',
      ),
    );
    return null;
  }
  const where = { ...at, article: title.trim() };
  const text = field(record, FIELDS.text);
  const body = bodyOf(text);
  if (!body) {
    const expected = `"${FIELDS.text.slice(0, 3).join('", "')}"`;
    problems.push(error(where, text === undefined ? `no text (expected ${expected})` : 'text is not text'));
    return null;
  }
  const url = field(record, FIELDS.url);
  const source = field(record, FIELDS.source);
  const sourceName = isObject(source ?? null) ? (source as Record_).name : source;
  const captions = field(record, FIELDS.captions);
  return {
    title: title.trim(),
    paragraphs: body.paragraphs,
    subheadings: body.subheadings,
    ...(Array.isArray(captions)
      ? { captions: captions.filter((c): c is string => typeof c === 'string') }
      : {}),
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof sourceName === 'string' ? { source: sourceName } : {}),
    published: field(record, FIELDS.published) ?? null,
    origin: { file: at.file, line: at.line },
    ...(at.record !== undefined ? { record: at.record } : {}),
  };
}

function bodyOf(text: Json | undefined): { paragraphs: string[]; subheadings: string[] } | null {
  if (Array.isArray(text)) {
    const paragraphs = text.filter((p): p is string => typeof p === 'string');
    return paragraphs.length > 0 ? { paragraphs, subheadings: [] } : null;
  }
  if (typeof text !== 'string' || text.trim() === '') return null;
  if (looksLikeHtml(text)) return bodyFromHtml(text);
  return bodyFromBlocks(blocksOf(normaliseLineEnds(text)));
}

/**
 * The top-level elements of a JSON array as source text with their first line, found by scanning
 * (strings and nesting respected), so that one broken element does not hide the others. A string
 * broken by a raw newline ends its element there; the next element is the next line that starts
 * with `{` or `[`. Null when the text is not an array.
 */
export function arrayElements(text: string): { text: string; line: number }[] | null {
  const start = text.indexOf('[');
  if (start < 0 || text.slice(0, start).trim() !== '') return null;
  const elements: { text: string; line: number }[] = [];
  let line = 1 + countNewlines(text, 0, start);
  let depth = 0;
  let inString = false;
  let resync = false;
  let elementStart = -1;
  let elementLine = line;
  const close = (end: number) => {
    if (elementStart >= 0) elements.push({ text: text.slice(elementStart, end).trim(), line: elementLine });
    elementStart = -1;
  };
  /** What the line after the newline at `i` starts with, when it starts an element or ends the array. */
  const nextLineStart = (i: number) => /^[ \t]*([{[\]])/.exec(text.slice(i + 1, i + 200))?.[1] ?? null;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (resync) {
      if (c !== '\n') continue;
      const next = nextLineStart(i);
      if (next === ']') return elements;
      if (next) resync = false;
      continue;
    }
    if (inString) {
      if (c === '\\') {
        if (text[i + 1] === '\n') line++;
        i++;
      } else if (c === '"') inString = false;
      else if (c === '\n') {
        // A raw newline cannot be inside a JSON string: the element is broken.
        inString = false;
        depth = 0;
        close(i);
        const next = nextLineStart(i);
        if (next === ']') return elements;
        resync = !next;
      }
      continue;
    }
    if (depth === 0 && (c === ',' || c === ']')) {
      close(i);
      if (c === ']') return elements;
      continue;
    }
    if (elementStart < 0 && !/\s/.test(c)) {
      elementStart = i;
      elementLine = line;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  close(text.length);
  return elements;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}
