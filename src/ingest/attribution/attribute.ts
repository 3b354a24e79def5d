/**
 * Statements of one article: cues found, the grammar applied sentence by sentence, speakers chosen
 * in reading order (so that pronouns see who spoke before), free-standing quotes given to the
 * speaker of their quote run, and what each statement is about. Pure but for the registry's facts.
 */
import type { Stance, StatementKind } from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import type { EntityRegistry } from '../entities/registry.js';
import type { ArticleText } from '../text/article-text.js';
import { aboutOf } from './about.js';
import { attributeSentence, type Attribution } from './clauses.js';
import { Discourse } from './coreference.js';
import { findCues, type CueHit } from './cues.js';
import { publisherSentences } from './editorial.js';
import { ownersOfFreeQuotes, type StatementEnd } from './quote-runs.js';
import { mentionIndex } from './sources.js';
import { chooseSpeaker, type Speaker } from './speaker.js';

export interface Span {
  start: number;
  end: number;
}

export interface StatementDraft {
  speaker: Speaker;
  /** Character ranges in the article text (quote marks excluded), in order. */
  spans: Span[];
  text: string;
  kind: StatementKind;
  cue: string;
  /** The cue is denied ("did not say"): the text is what the speaker is reported NOT to have said. */
  negated: boolean;
  stance: Stance | null;
  medium: string | null;
  paragraph: number;
  aboutIds: string[];
}

export function attributeArticle(
  article: ArticleText,
  mentions: Mention[],
  registry: EntityRegistry,
): StatementDraft[] {
  const mentionAt = mentionIndex(article, mentions);
  const discourse = new Discourse(article, mentions, registry);
  const bySentence = new Map<number, CueHit[]>();
  const publishers = publisherSentences(article);
  for (const c of findCues(article)) {
    if (publishers.has(c.sentence)) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  const resolved = new Map<Attribution, Speaker>();
  const attributions: Attribution[] = [];
  for (const [, cues] of [...bySentence].sort(([a], [b]) => a - b)) {
    for (const a of attributeSentence(article, mentions, mentionAt, cues)) {
      const speaker = chooseSpeaker(a, discourse, resolved);
      resolved.set(a, speaker);
      attributions.push(a);
      for (const id of speaker.entityIds) discourse.noteSpeaker(id, a.cue.tokenStart);
    }
  }

  // Statements, and announcements waiting for their quote ("X put it this way:").
  const drafts: (StatementDraft | null)[] = [];
  const contentOf: [number, number][][] = [];
  const speakers: Speaker[] = [];
  const cues: CueHit[] = [];
  const announcing: boolean[] = [];
  // Statement index → whom it was said of, outside its content ("says of X, "…"").
  const topics = new Map<number, [number, number]>();
  for (const a of attributions) {
    const ranges = a.content.map(([x, y]) => trimRange(article, x, y)).filter(([x, y]) => y > x);
    if (!ranges.length && !a.announces) continue;
    const speaker = resolved.get(a)!;
    const medium = typeof a.medium === 'string' ? a.medium : (a.medium?.text ?? null);
    if (a.topic) topics.set(contentOf.length, a.topic);
    contentOf.push(ranges);
    speakers.push(speaker);
    cues.push(a.cue);
    announcing.push(!ranges.length);
    drafts.push(ranges.length ? draft(article, ranges, speaker, a.cue, medium, a.cue.negated) : null);
  }

  // Quotes the grammar left without an attribution, given to the speaker of their run.
  const coveredBy = new Map<number, number>();
  contentOf.forEach((ranges, si) => {
    for (const [x, y] of ranges)
      for (let i = x; i < y; i++) if (article.quoteAt[i]! >= 0) coveredBy.set(article.quoteAt[i]!, si);
  });
  // A statement's run starts after the sentence that holds it (its own attribution names its speaker).
  const sentenceEnd = (token: number) => article.sentences[article.sentenceAt[token]!]!.tokenEnd - 1;
  const ends: StatementEnd[] = contentOf.map((ranges, i) => ({
    statement: i,
    lastToken: sentenceEnd(ranges.length ? ranges.at(-1)![1] - 1 : cues[i]!.tokenEnd - 1),
    direct: drafts[i]?.kind === 'direct',
    announces: announcing[i]!,
  }));
  const named = (from: number, to: number) =>
    mentions.some(
      (m) => m.tokenStart >= from && m.tokenEnd <= to && !m.quoted && (m.kind === 'person' || m.speaks),
    );
  const owners = ownersOfFreeQuotes(article, coveredBy, ends, named);
  // The statement each free quote opened (a run's statement of its own).
  const opened = new Map<number, number>();
  for (const [qi, owner] of [...owners].sort(([a], [b]) => a - b)) {
    const q = article.quotes[qi]!;
    const range: [number, number] = [q.open, q.last + 1];
    if (owner.merge) {
      const target =
        owner.joins !== undefined ? (opened.get(owner.joins) ?? owner.statement) : owner.statement;
      const ranges = contentOf[target]!;
      ranges.push(range);
      ranges.sort((x, y) => x[0] - y[0]);
      drafts[target] = draft(
        article,
        ranges,
        speakers[target]!,
        cues[target]!,
        drafts[target]?.medium ?? null,
        drafts[target]?.negated ?? false,
      );
      continue;
    }
    contentOf.push([range]);
    // (A quote of its own is what the speaker did say, whatever the cue it continues denied.)
    drafts.push(draft(article, [range], speakers[owner.statement]!, cues[owner.statement]!, null, false));
    speakers.push(speakers[owner.statement]!);
    cues.push(cues[owner.statement]!);
    opened.set(qi, drafts.length - 1);
  }

  // "X added:" closing a paragraph, and no quote after it: a block quotation printed without
  // its marks. The next paragraph is the content when nothing in it is quoted or attributed.
  const claimed = new Set([...owners.values()].map((o) => o.statement));
  announcing.forEach((announces, i) => {
    if (!announces || claimed.has(i)) return;
    const block = blockAfter(article, cues[i]!, attributions);
    if (!block) return;
    contentOf[i] = [block];
    drafts[i] = draft(article, [block], speakers[i]!, cues[i]!, null, cues[i]!.negated);
  });

  const out: StatementDraft[] = [];
  drafts.forEach((d, i) => {
    if (!d) return;
    const topic = topics.get(i);
    d.aboutIds = aboutOf(
      article,
      mentions,
      topic ? [topic, ...contentOf[i]!] : contentOf[i]!,
      d.speaker.entityIds,
      discourse,
    );
    out.push(d);
  });
  return out;
}

/** The paragraph after a cue whose colon closes its own paragraph, if it holds no quote and no cue. */
function blockAfter(
  article: ArticleText,
  cue: CueHit,
  attributions: readonly Attribution[],
): [number, number] | null {
  const t = article.tokens;
  const p = article.sentences[article.sentenceAt[cue.tokenStart]!]!.paragraph;
  const own = article.paragraphs[p]!;
  const next = article.paragraphs[p + 1];
  if (!next || t[own.tokenEnd - 1]?.text !== ':') return null;
  for (let i = next.tokenStart; i < next.tokenEnd; i++) if (article.quoteAt[i]! >= 0) return null;
  if (attributions.some((a) => a.cue.tokenStart >= next.tokenStart && a.cue.tokenStart < next.tokenEnd))
    return null;
  const range = trimRange(article, next.tokenStart, next.tokenEnd);
  return range[1] > range[0] ? range : null;
}

/** Without the commas, dashes, periods and "that" at a content's edges. */
function trimRange(article: ArticleText, a: number, b: number): [number, number] {
  const t = article.tokens;
  while (
    a < b &&
    ((t[a]!.kind === 'punct' && /^[,.;:]$/.test(t[a]!.text)) ||
      t[a]!.kind === 'dash' ||
      t[a]!.lower === 'that')
  )
    a++;
  while (
    b > a &&
    ((t[b - 1]!.kind === 'punct' && /^[,;:]$/.test(t[b - 1]!.text)) || t[b - 1]!.kind === 'dash')
  )
    b--;
  // "(On Monday he said he would go.)": a closing parenthesis the content did not open.
  if (t[b - 1]?.text === ')' && !t.slice(a, b - 1).some((w) => w.text === '(')) b--;
  return [a, b];
}

function draft(
  article: ArticleText,
  ranges: [number, number][],
  speaker: Speaker,
  cue: CueHit,
  medium: string | null,
  negated: boolean,
): StatementDraft {
  const t = article.tokens;
  const spans: Span[] = [];
  let allQuotes = true;
  for (const [a, b] of ranges) {
    const inQuotes = new Set<number>();
    let narrated = false;
    for (let i = a; i < b; i++) {
      const q = article.quoteAt[i]!;
      if (q >= 0) inQuotes.add(q);
      else if (t[i]!.kind === 'word' || t[i]!.kind === 'number') narrated = true;
    }
    if (!narrated && inQuotes.size) {
      for (const q of inQuotes) {
        const quote = article.quotes[q]!;
        spans.push(
          innerSpan(
            article,
            Math.max(quote.innerStart, t[a]!.start),
            Math.min(quote.innerEnd, t[b - 1]!.end),
          ),
        );
      }
      continue;
    }
    allQuotes = false;
    // Reported speech keeps its quotation marks: a partial quote inside it stays balanced.
    spans.push(innerSpan(article, t[a]!.start, t[b - 1]!.end));
  }
  const text = spans.map((s) => article.text.slice(s.start, s.end)).join(' ');
  return {
    speaker,
    spans,
    text,
    kind: allQuotes ? 'direct' : 'reported',
    cue: cue.form,
    negated,
    stance: cue.entry?.stance ?? null,
    medium,
    paragraph: article.sentences[article.sentenceAt[ranges[0]![0]]!]!.paragraph,
    aboutIds: [],
  };
}

/** A span without the whitespace and trailing commas at its edges. */
function innerSpan(article: ArticleText, start: number, end: number): Span {
  const text = article.text;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
