/**
 * A statement's source passage with its spans marked: the paragraphs of the article's text that
 * hold the spans, HTML-escaped, each span in a <mark>. Pure, so that it can be tested without a
 * browser.
 */
import type { TextSpan } from '../../domain/document.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const PARAGRAPH_BREAK = '\n\n';

export function highlightSpans(text: string, spans: readonly TextSpan[]): string {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  if (!valid.length) return '';
  // From the start of the first span's paragraph to the end of the last span's.
  const from = text.lastIndexOf(PARAGRAPH_BREAK, valid[0]!.start);
  const start = from < 0 ? 0 : from + PARAGRAPH_BREAK.length;
  const to = text.indexOf(PARAGRAPH_BREAK, valid.at(-1)!.end);
  const end = to < 0 ? text.length : to;
  let html = '';
  let at = start;
  for (const span of valid) {
    if (span.start < at) continue;
    const marked = escape(text.slice(span.start, span.end));
    html += escape(text.slice(at, span.start)) + `<mark data-testid="span">${marked}</mark>`;
    at = span.end;
  }
  html += escape(text.slice(at, end));
  return html.split(PARAGRAPH_BREAK).join('<br><br>');
}
