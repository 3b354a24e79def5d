/**
 * An HTML article page to a draft. Pure.
 *
 * The main text comes from Mozilla's Readability (the Firefox Reader View engine) running on a
 * linkedom document: a small DOM without a browser, enough for Readability. Before it runs,
 * page furniture (navigation, ads, share buttons, cookie banners, "related stories", footers) is
 * removed by tag, role and class, so that it can never become a paragraph even when Readability
 * keeps a container around it. Title, date, canonical URL and outlet come from the page's
 * metadata: Open Graph and article meta tags, JSON-LD, `<time>`, `<link rel=canonical>`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ProblemDoc } from '../../domain/document.js';
import { error, type ReadResult } from './draft.js';
import { bodyFromElement, type HtmlBody } from './html-blocks.js';
import { normaliseLineEnds } from './text.js';

/** Elements that are page furniture, never article text. */
const FURNITURE_SELECTORS = [
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'dialog',
  'noscript',
  'template',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  '[hidden]',
  '[aria-hidden="true"]',
];
/** Words in a class or id that mark furniture ("ad-slot", "shareButtons", "related_stories"). */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'newsletter',
  'subscribe',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'comment',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
  'popular',
  'trending',
  'paywall',
  'modal',
  'popup',
  'toolbar',
  'byline',
  'sidebar',
  'rail',
  'masthead',
  'navbar',
  'menu',
  'footer',
  'tags',
]);
/** Never removed: what holds the article itself. */
const CONTENT_SELECTOR = 'article, main, [role="main"], [itemprop="articleBody"]';
/** A furniture-looking element holding more than this share of the page's text is the article. */
const CONTENT_SHARE = 0.5;
const ARTICLE_TYPES = /(?:^|[^a-z])(?:\w*Article|BlogPosting|Report)$/i;
const READABILITY_CHAR_THRESHOLD = 200;

const wordsOf = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

function removeFurniture(document: Document) {
  const total = Math.max(1, textLength(document.body ?? document.documentElement));
  const isContent = (el: Element) =>
    el.matches(CONTENT_SELECTOR) ||
    el.querySelector(CONTENT_SELECTOR) !== null ||
    textLength(el) > CONTENT_SHARE * total;
  for (const el of Array.from(document.querySelectorAll(FURNITURE_SELECTORS.join(',')))) {
    if (el.isConnected && !isContent(el)) el.remove();
  }
  // A site header (logo, menu), but not an article's own header with its headline.
  for (const el of Array.from(document.querySelectorAll('header'))) {
    if (el.isConnected && !el.closest(CONTENT_SELECTOR) && !isContent(el)) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el === document.body) continue;
    const words = wordsOf(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (words.some((w) => FURNITURE_WORDS.has(w)) && !isContent(el)) el.remove();
  }
}

type JsonLd = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks (arrays and @graph flattened). */
function jsonLdObjects(document: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as JsonLd);
      const graph = (value as JsonLd)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block only loses its metadata; the page's other sources remain.
    }
  }
  return out;
}

const str = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object')
    return str((value as JsonLd).name ?? (value as JsonLd)['@id'] ?? (value as JsonLd).url);
  return undefined;
};

interface PageMetadata {
  title?: string;
  published?: string;
  url?: string;
  source?: string;
}

function pageMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(
        `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
      );
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld.find((o) => o.headline);
  const time = document.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  const heading = document.querySelector('article h1, main h1, h1');
  const source = meta('og:site_name') ?? str(article?.publisher) ?? meta('application-name');
  const rawTitle =
    meta('og:title') ??
    str(article?.headline) ??
    meta('twitter:title') ??
    heading?.textContent?.trim() ??
    document.querySelector('title')?.textContent?.trim();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const ogUrl = meta('og:url');
  return {
    title: rawTitle ? withoutSiteName(rawTitle.replace(/\s+/g, ' '), source) : undefined,
    published:
      meta('article:published_time') ??
      str(article?.datePublished) ??
      meta('datePublished') ??
      time?.getAttribute('datetime') ??
      meta('date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.date', 'parsely-pub-date'),
    url: absolute(canonical, ogUrl) ?? ogUrl ?? str(article?.url) ?? str(article?.mainEntityOfPage),
    source,
  };
}

/** "Bridge reopens | The Valley Courier" → "Bridge reopens". */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (title.endsWith(`${sep}${site}`)) return title.slice(0, -(sep.length + site.length)).trim();
  }
  return title;
}

/** A canonical href made absolute against the page's own URL when it is relative. */
function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}

/**
 * The article's body: Readability's pick of the main text, else (a page too short for it, or
 * not laid out as an article) the article element or the body. Photo captions come from the
 * cleaned page, since Readability drops figures without text of their own.
 */
function mainText(html: string, cleaned: Document): HtmlBody {
  const captions = Array.from(cleaned.querySelectorAll('figcaption'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const { document } = parseHTML(html);
  removeFurniture(document);
  try {
    const parsed = new Readability(document, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
    if (parsed?.content) {
      const body = bodyFromElement(
        parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body,
      );
      if (body.paragraphs.length > 0) return { ...body, captions: unique([...captions, ...body.captions]) };
    }
  } catch {
    // Readability gives up on some pages; the fallback below reads them.
  }
  const root =
    cleaned.querySelector('[itemprop="articleBody"], article, main, [role="main"]') ?? cleaned.body;
  if (!root) return { paragraphs: [], subheadings: [], captions };
  const body = bodyFromElement(root);
  return { ...body, captions: unique([...captions, ...body.captions]) };
}

const unique = (texts: string[]) => [...new Set(texts)];

export function readHtml(input: string, file: string): ReadResult {
  const html = normaliseLineEnds(input);
  const problems: ProblemDoc[] = [];
  if (html.trim() === '')
    return { drafts: [], problems: [error({ file, line: 1 }, 'empty file: no article in it')] };
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document);
  const title = metadata.title;
  if (!title) {
    problems.push(error({ file, line: 1 }, 'no title (no og:title, JSON-LD headline, <h1> or <title>)'));
    return { drafts: [], problems };
  }
  removeFurniture(document);
  const body = mainText(html, document);
  const notTitle = (text: string) => text !== title;
  if (body.paragraphs.filter(notTitle).length === 0) {
    problems.push(error({ file, line: 1, article: title }, 'no article text found in the page'));
    return { drafts: [], problems };
  }
  return {
    drafts: [
      {
        title,
        paragraphs: body.paragraphs.filter(notTitle),
        subheadings: body.subheadings.filter(notTitle),
        captions: body.captions,
        ...(metadata.url ? { url: metadata.url } : {}),
        ...(metadata.source ? { source: metadata.source } : {}),
        published: metadata.published ?? null,
        origin: { file, line: 1 },
      },
    ],
    problems,
  };
}
