/**
 * HTML to paragraphs: every block element (p, li, blockquote, div with text…) is a block of text,
 * `<br>` breaks lines inside it, headings are subheadings, figure captions are captions. The blocks
 * then follow the same rules as plain text (lines.ts). Blocks that are mostly link text (menus,
 * "related stories" lists) and stock phrases ("Advertisement") are never paragraphs. Pure.
 */
import { parseHTML } from 'linkedom';
import { bodyFromBlocks, type Line } from './lines.js';

export interface HtmlBody {
  paragraphs: string[];
  subheadings: string[];
  captions: string[];
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Never article text: code, media, form controls, metadata, and page furniture. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'head',
  'title',
  'meta',
  'link',
  'map',
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
]);
/** Everything inside is caption text (the credit and caption of a photo). */
const CAPTION_TAGS = new Set(['figure', 'figcaption', 'caption']);
const HEADING = /^h[1-6]$/;
/** A block this much link text, and this short, is navigation, not prose. */
const LINK_SHARE = 0.8;
const LINK_BLOCK_WORDS = 25;
/** Stock lines of web pages and feeds that are never part of an article. */
const STOCK_LINES = [
  /^advertisement$/i,
  /^(?:continue|keep) reading\b/i,
  /^read (?:more|next|the full (?:story|article))\b/i,
  /^share (?:this|on)\b/i,
  /^(?:sign up|subscribe)\b.{0,80}$/i,
  /^the post .{1,300} appeared first on .{1,120}$/i,
  /^(?:related|more)(?: stories| articles| coverage)?:?$/i,
];

const MARKUP =
  /<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|span|a|em|strong|b|i|article|section)\b[^>]*>/i;

/** A string holds HTML markup (rather than text that mentions a "<"). */
export const looksLikeHtml = (text: string) => MARKUP.test(text);

interface Unit {
  text: string;
  linkChars: number;
}

class Collector {
  readonly blocks: Line[][] = [];
  readonly headings: string[] = [];
  readonly captions: string[] = [];
  private order = 0;

  add(unit: Unit, kind: 'paragraph' | 'caption') {
    const text = unit.text.replace(/[ \t\r\f\u00A0]+/g, ' ');
    const lines = text.split('\n').map((l) => l.trim());
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words === 0) return;
    if (unit.linkChars >= LINK_SHARE * text.replace(/\s+/g, '').length && words < LINK_BLOCK_WORDS) return;
    if (kind === 'caption') {
      this.captions.push(lines.filter(Boolean).join(' '));
      return;
    }
    // A blank line (two <br>s) separates blocks, as in plain text.
    let block: Line[] = [];
    for (const line of lines) {
      if (line === '') {
        if (block.length) this.blocks.push(block);
        block = [];
      } else if (!STOCK_LINES.some((re) => re.test(line))) {
        block.push({ text: line, line: ++this.order });
      }
    }
    if (block.length) this.blocks.push(block);
  }
}

const tagOf = (node: Node) => (node as Element).tagName?.toLowerCase() ?? '';

/** Inline content's text: `<br>` as a line break, whitespace folded (kept in `<pre>`). */
function inline(node: Node, pre: boolean, unit: Unit, inLink: boolean) {
  if (node.nodeType === 3) {
    const text = pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/g, ' ');
    unit.text += text;
    if (inLink) unit.linkChars += text.replace(/\s+/g, '').length;
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = tagOf(node);
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'br') {
    unit.text += '\n';
    return;
  }
  for (const child of Array.from(node.childNodes))
    inline(child, pre || tag === 'pre', unit, inLink || tag === 'a');
}

function walk(element: Element, out: Collector, kind: 'paragraph' | 'caption') {
  let unit: Unit = { text: '', linkChars: 0 };
  const flush = () => {
    out.add(unit, kind);
    unit = { text: '', linkChars: 0 };
  };
  for (const node of Array.from(element.childNodes)) {
    const tag = tagOf(node);
    if (node.nodeType === 1 && SKIP_TAGS.has(tag)) continue;
    if (node.nodeType === 1 && HEADING.test(tag)) {
      flush();
      const heading: Unit = { text: '', linkChars: 0 };
      inline(node, false, heading, false);
      const text = heading.text.replace(/\s+/g, ' ').trim();
      if (text) out.headings.push(text);
    } else if (node.nodeType === 1 && CAPTION_TAGS.has(tag)) {
      flush();
      walk(node as Element, out, 'caption');
    } else if (node.nodeType === 1 && BLOCK_TAGS.has(tag)) {
      flush();
      walk(node as Element, out, kind);
    } else {
      inline(node, tag === 'pre', unit, tag === 'a');
    }
  }
  flush();
}

/** The body of an element: paragraphs, subheadings and captions in document order. */
export function bodyFromElement(root: Element): HtmlBody {
  const out = new Collector();
  walk(root, out, 'paragraph');
  const body = bodyFromBlocks(out.blocks);
  return {
    paragraphs: body.paragraphs,
    subheadings: [...out.headings, ...body.subheadings],
    captions: out.captions,
  };
}

/** An HTML fragment (a feed item's content, a JSON record's HTML text) to its body. */
export function bodyFromHtml(html: string): HtmlBody {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return bodyFromElement(document.body);
}
