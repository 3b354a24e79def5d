/**
 * From a reader's draft to an ArticleDoc: clean text, cut the dateline, refuse what is not prose, settle
 * the date, check the quotes, give it its identity. Pure. Every format goes through here, so they all behave alike.
 */
import type { ArticleDoc, ProblemDoc } from '../../domain/document.js';
import { dateStampDate, findDate, isoDate } from '../dates.js';
import { cutDateline, type DatelineCut } from './dateline.js';
import { judgeProse, notProseMessage } from './prose.js';
import { type ArticleDraft, error, type ProblemAt, truncate, warning } from './draft.js';
import { articleId, contentHash, normaliseUrl } from './identity.js';
import { DATELINE_REACH, isSectionLabel, isShortLine } from './labels.js';
import { unbalancedQuote, withoutQuotations } from './quotes.js';
import { CONTROL_CHARACTERS, MAX_TITLE_LENGTH } from './text.js';

/** Anything clean() would change: control characters, whitespace other than single spaces, ends. */
const UNCLEAN = /[\u0001-\u001F\u007F]|[^\S ]|\s\s|^\s|\s$/;
/** Whitespace of any kind (tabs, no-break spaces) becomes one space; control characters go. */
const clean = (text: string) =>
  UNCLEAN.test(text) ? text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim() : text;
const controlsIn = (texts: string[]) =>
  texts.reduce((n, t) => (UNCLEAN.test(t) ? n + (t.match(CONTROL_CHARACTERS)?.length ?? 0) : n), 0);

export interface Finished {
  article: ArticleDoc | null;
  problems: ProblemDoc[];
}

export function finishArticle(draft: ArticleDraft): Finished {
  const problems: ProblemDoc[] = [];
  const title = clean(draft.title);
  const at: ProblemAt = {
    file: draft.origin.file,
    line: draft.origin.line,
    ...(draft.record !== undefined ? { record: draft.record } : {}),
    ...(title ? { article: title } : {}),
  };
  if (!title) return { article: null, problems: [error(at, 'no title')] };
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      article: null,
      problems: [error({ ...at, article: truncate(title) }, 'the title is too long to be a headline')],
    };
  }

  const controls = controlsIn([draft.title, ...draft.paragraphs, ...(draft.captions ?? [])]);
  if (controls > 0)
    problems.push(warning(at, `removed ${controls} control character${controls === 1 ? '' : 's'}`));
  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  draft.paragraphs.forEach((raw, i) => {
    const text = clean(raw);
    // ("ABSTRACT.", "FULL TEXT.": a database's labels are no part of the story.)
    if (!text || isSectionLabel(text)) return;
    paragraphs.push(text);
    paragraphLines.push(draft.paragraphLines?.[i] ?? draft.origin.line);
  });
  const captions = (draft.captions ?? []).map(clean).filter(Boolean);
  const subheadings = (draft.subheadings ?? []).map(clean).filter(Boolean);

  let published: string | null = null;
  if (draft.published !== undefined && draft.published !== null && draft.published !== '') {
    published = isoDate(draft.published);
    if (!published)
      problems.push(warning(at, `bad date ${JSON.stringify(draft.published)}: not a date, left out`));
  }

  const year = published ? Number(published.slice(0, 4)) : undefined;
  let cut: DatelineCut | null = null;
  // The dateline opens the story: the first paragraph, or the one after a byline or after a
  // database's abstract ("ABSTRACT." … "FULL TEXT." DATELINE —).
  const labelled = draft.paragraphs.slice(0, DATELINE_REACH).map((p) => isSectionLabel(clean(p)));
  for (let i = 0; i < Math.min(DATELINE_REACH, paragraphs.length) && !cut; i++) {
    if (i > 0 && !isShortLine(paragraphs[i - 1]!) && !labelled.includes(true)) break;
    cut = cutDateline(paragraphs[i]!, year);
    if (!cut) continue;
    if (cut.rest.trim()) paragraphs[i] = cut.rest.trim();
    else {
      paragraphs.splice(i, 1);
      paragraphLines.splice(i, 1);
    }
  }
  // A dateline on a line of its own above the body ("OSLO 2031-05-02") reads like a caption or a
  // subheading.
  for (const lines of [captions, subheadings]) {
    const i = cut ? -1 : lines.findIndex((c) => cutDateline(c, year)?.rest === '');
    if (i >= 0) cut = cutDateline(lines.splice(i, 1)[0]!, year);
  }
  if (paragraphs.length === 0) return { article: null, problems: [...problems, error(at, 'no body text')] };
  const verdict = judgeProse(paragraphs);
  if (!verdict.prose) return { article: null, problems: [...problems, error(at, notProseMessage(verdict))] };
  const dateline = cut?.dateline ?? undefined;

  const quote = unbalancedQuote(paragraphs);
  if (quote) problems.push(warning({ ...at, line: paragraphLines[quote.paragraph]! }, quote.message));

  let url: string | undefined;
  if (draft.url) {
    url = normaliseUrl(draft.url) ?? undefined;
    if (!url)
      problems.push(
        warning(at, `url ${JSON.stringify(truncate(draft.url))} is not an absolute http(s) URL: left out`),
      );
  }
  const source = draft.source ? clean(draft.source) : '';

  const hash = contentHash({ title, paragraphs });
  const article: ArticleDoc = {
    id: articleId({ title, paragraphs, url }, hash),
    title,
    publishedAt:
      published ??
      cut?.date ??
      subheadings.map(dateStampDate).find(Boolean) ??
      findDate(captions) ??
      findDate(paragraphs.slice(0, 3).map(withoutQuotations)),
    captions,
    subheadings,
    paragraphs,
    ...(url ? { url } : {}),
    ...(source ? { source } : {}),
    origin: draft.origin,
    ...(dateline ? { dateline } : {}),
    contentHash: hash,
  };
  return { article, problems };
}
