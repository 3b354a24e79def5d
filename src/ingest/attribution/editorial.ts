/**
 * Sentences that are the publisher's, not a speaker's, whatever cue they hold: notes about the piece
 * itself ("Correction: …", "An earlier version of this story said …", "This article has been
 * updated"), and headlines of other stories listed in the body ("— Mayor Says Levee Will Hold"),
 * which are written in title case. Pure.
 */
import { CORRECTION_VERBS, EDITORIAL_LABELS, STORY_NOUNS } from '../lexicon/sources.js';
import type { ArticleText } from '../text/article-text.js';

/** Indices of the sentences of the article that hold no statement. */
export function publisherSentences(article: ArticleText): Set<number> {
  const out = new Set<number>();
  const labelled = new Set<number>();
  article.paragraphs.forEach((p, pi) => {
    if (opensWithLabel(article, p.tokenStart, p.tokenEnd)) labelled.add(pi);
  });
  // Headlines in a list: title case, and a dash or a bullet before them or another headline beside.
  const headlines = new Map<number, number>();
  for (const s of article.sentences)
    if (s.titleCase) headlines.set(s.paragraph, (headlines.get(s.paragraph) ?? 0) + 1);
  article.sentences.forEach((s, si) => {
    const listed =
      s.titleCase &&
      ((headlines.get(s.paragraph) ?? 0) > 1 || /^(?:dash|bullet)$/.test(kindAt(article, s.tokenStart)));
    if (labelled.has(s.paragraph) || listed || aboutThePiece(article, s.tokenStart, s.tokenEnd)) out.add(si);
  });
  return out;
}

const kindAt = (article: ArticleText, i: number) => {
  const t = article.tokens[i];
  return t?.kind === 'dash' || t?.text === '-'
    ? 'dash'
    : /^[•·*]$/.test(t?.text ?? '')
      ? 'bullet'
      : (t?.kind ?? '');
};

/** "Correction:", "Editor's note:", "Related:" (after a dash or a bullet, in any case). */
function opensWithLabel(article: ArticleText, from: number, to: number): boolean {
  const t = article.tokens;
  let k = from;
  while (k < to && t[k]!.kind !== 'word') k++;
  const words: string[] = [];
  for (; k < to && words.length <= 3; k++) {
    if (t[k]!.text === ':') return EDITORIAL_LABELS.has(words.join(' ').replace(/ 's\b/, "'s"));
    if (t[k]!.kind === 'word') words.push(t[k]!.lower);
    else if (t[k]!.kind === 'possessive') words.push("'s");
    else return false;
  }
  return false;
}

/**
 * "An earlier version of this story said …", "This article has been updated", "… misstated the
 * date": the piece speaking of itself.
 */
function aboutThePiece(article: ArticleText, from: number, to: number): boolean {
  const t = article.tokens;
  let piece = false;
  let correcting = false;
  for (let k = from; k < to; k++) {
    const w = t[k]!.lower;
    const story = STORY_NOUNS.has(t[k + 1]?.lower ?? '') && article.quoteAt[k]! < 0;
    if (story && (w === 'this' || (w === 'of' && t[k - 1]?.lower === 'version'))) piece = true;
    if (w === 'version' && t[k + 1]?.lower === 'of' && t[k + 2]?.lower === 'this') piece = true;
    if (CORRECTION_VERBS.has(w)) correcting = true;
  }
  return piece && (correcting || versionOf(article, from, to));
}

/** "an earlier version of …": the sentence speaks of an earlier state of the piece. */
function versionOf(article: ArticleText, from: number, to: number): boolean {
  const t = article.tokens;
  for (let k = from; k < to - 1; k++) if (t[k]!.lower === 'version' && t[k + 1]!.lower === 'of') return true;
  return false;
}
