/**
 * Which reader a file (or an HTTP body) needs: by its extension or content type first, then by
 * its content, which wins where it is unmistakable (a `.txt` holding JSON Lines is JSON Lines).
 * Pure.
 */
import { extname } from 'node:path';

export const FORMATS = ['text', 'jsonl', 'json', 'html', 'feed'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const FORMAT_BY_CONTENT_TYPE: Readonly<Record<string, Format>> = {
  'text/plain': 'text',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/json': 'json',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

export const formatOfName = (name: string): Format | null =>
  FORMAT_BY_EXTENSION[extname(name).toLowerCase()] ?? null;

export const formatOfContentType = (type: string): Format | null =>
  FORMAT_BY_CONTENT_TYPE[type.split(';')[0]!.trim().toLowerCase()] ?? null;

/** The content type a format is sent with (the first listed for it). */
export const contentTypeOf = (format: Format): string =>
  Object.keys(FORMAT_BY_CONTENT_TYPE).find((type) => FORMAT_BY_CONTENT_TYPE[type] === format)!;

const FEED_ROOT = /<(?:rss|feed|rdf:rdf)[\s>]/i;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h1|meta|title)[\s>/]/i;
/** Comments and declarations before the root element. */
const PROLOGUE = /^(?:\s*(?:<\?[^>]*\?>|<!--[\s\S]*?-->|<!doctype\s+(?!html)[^>]*>))*\s*/i;

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The format the content unmistakably has, or null (then it is plain text). */
export function sniffFormat(content: string): Format | null {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    const root = text.replace(PROLOGUE, '');
    if (FEED_ROOT.test(root.slice(0, 200))) return 'feed';
    if (HTML_START.test(root)) return 'html';
    return null;
  }
  if (text.startsWith('[')) return /^\[\s*[{\]]/.test(text) || parses(text) ? 'json' : null;
  if (text.startsWith('{')) {
    // One object per line: the first line is a whole object, or several lines start an object.
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 1 && (parses(lines[0]!) || lines.filter((l) => l.startsWith('{')).length > 1))
      return 'jsonl';
    return /^\{\s*("|})/.test(text) ? 'json' : null;
  }
  return null;
}

/** The format of a named input: what its content shows, else what its name (or type) says, else text. */
export function detectFormat(
  name: string,
  content: string,
  declared: Format | null = formatOfName(name),
): Format {
  const sniffed = sniffFormat(content);
  if (sniffed) return sniffed;
  return declared ?? 'text';
}
