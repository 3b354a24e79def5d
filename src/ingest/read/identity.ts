/**
 * Article identity. Pure.
 *
 * An article's id comes from its canonical URL when it has one (so that an edited article keeps
 * its id), else from its normalised text; never from where it sits in the input, so that ids
 * survive reordering and reseeding. `contentHash` recognises the same text under another URL.
 * Hashes keep 96 bits: at ten million articles the chance of any collision is about 1e-15.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc } from '../../domain/document.js';

/** Hex digits kept from a SHA-256: 24 = 96 bits. */
const ID_HASH_HEX = 24;
/** Hex digits of a content hash: 32 = 128 bits. */
const CONTENT_HASH_HEX = 32;
const SLUG_LENGTH = 40;

/** Query parameters that track a click, not name a page. Names, or prefixes ending in `_`. */
const TRACKING_PARAMS = [
  'utm_',
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ocid',
  'cmpid',
  'smid',
  'smtyp',
  'ito',
  'taid',
  'ref',
  'ref_src',
  'ref_url',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'spm',
  'CMP',
  'wt_mc',
  'WT.mc_id',
  'sr_share',
];
const isTracking = (name: string) =>
  TRACKING_PARAMS.some((t) =>
    t.endsWith('_') ? name.toLowerCase().startsWith(t) : name.toLowerCase() === t.toLowerCase(),
  );

/**
 * The URL an article is known by: lower-case scheme and host (URL does that), no default port,
 * no fragment, no tracking parameters, the rest sorted, no trailing slash. Null when the value is
 * not an absolute http(s) URL.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const text = url.toString();
  return url.pathname === '/' && !url.search ? text.replace(/\/$/, '') : text;
}

/** Typographic variants that do not make a different text, by what they fold to. */
const FOLDS: Record<string, string> = {
  '"': '“”„‟«»″〝〞＂',
  "'": '‘’‚‛′`´',
  '-': '‐‑‒–—―−',
  '...': '…',
  '': '\u00AD\u200B\u200C\u200D\u2060\uFEFF',
};
const FOLD_OF = new Map(
  Object.entries(FOLDS).flatMap(([to, from]) => [...from].map((c) => [c, to] as const)),
);
/** A folded character, or a run of whitespace that is not already one space. */
const FOLDED = new RegExp(`[${[...FOLD_OF.keys()].join('')}]|[^\\S ]\\s*|\\s{2,}`, 'g');
const NOT_NFKC = /[^\u0000-\u007F]/;

/** Title and paragraphs with case, whitespace, quote and dash styles folded away. One pass each. */
export function normaliseText(article: Pick<ArticleDoc, 'title' | 'paragraphs'>): string {
  let text = [article.title, ...article.paragraphs].join('\n');
  if (NOT_NFKC.test(text)) text = text.normalize('NFKC');
  return text
    .toLowerCase()
    .replace(FOLDED, (m) => FOLD_OF.get(m) ?? ' ')
    .trim();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const contentHash = (article: Pick<ArticleDoc, 'title' | 'paragraphs'>) =>
  sha256(normaliseText(article)).slice(0, CONTENT_HASH_HEX);

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/_$/, '');
}

/** The readable part of a URL: its last path segment that is words, else its host. */
function urlSlug(url: string): string {
  const { hostname, pathname } = new URL(url);
  const segments = pathname
    .split('/')
    .map((s) => decodeURIComponentSafe(s).replace(/\.[a-z0-9]{2,5}$/i, ''))
    .filter((s) => /[a-z]{3}/i.test(s) && !/^(index|default|article|story|amp)$/i.test(s));
  return slug(segments.at(-1) ?? hostname.replace(/^www\./, ''));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * `art_<slug>_<hash>`: from the normalised URL when there is one, else from the content hash.
 * `url` must already be normalised.
 */
export function articleId(
  article: Pick<ArticleDoc, 'title' | 'paragraphs' | 'url'>,
  hash = contentHash(article),
): string {
  if (article.url)
    return `art_${urlSlug(article.url) || 'page'}_${sha256(article.url).slice(0, ID_HASH_HEX)}`;
  return `art_${slug(article.title) || 'untitled'}_${hash.slice(0, ID_HASH_HEX)}`;
}
