/**
 * Cues in an article's narration (never inside quotes): speech verbs from the cue table, "according
 * to", and a colon that introduces a quote ("NAME, OUTLET: "…""). Verb forms used as nouns ("the
 * reports", "his claims"), passives ("was told") and infinitives ("refused to say") are no cues. Pure.
 */
import { CUE_FORMS } from '../lexicon/gazetteer.js';
import {
  CALL_PARTICLES,
  CUES,
  MOSTLY_NOUN_FORMS,
  NOUN_LIKE_FORMS,
  SPEECH_NOUNS,
  type CueEntry,
} from '../lexicon/cues.js';
import {
  AUXILIARIES,
  CUE_ADVERBS,
  DETERMINERS,
  LY_NOUNS,
  MODALS,
  NEGATIONS,
  NOT_ONLY,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import type { ArticleText } from '../text/article-text.js';

export type CueShape = 'verb' | 'according-to' | 'colon' | 'signature';

export interface CueHit {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  shape: CueShape;
  entry: CueEntry | null;
  /** The cue as written, in lower case ("said", "according to"). */
  form: string;
  /** ", saying …": a participle whose source is the subject of the clause before. */
  participle: boolean;
  /** "did not say", "never said". */
  negated: boolean;
}

/** What an unknown verb right after a quotation performs: saying it. */
const SAYING = CUES.find((c) => c.lemma === 'say')!;

/**
 * A verb the table does not know, in the position only a speech verb takes: right after a closing
 * quote and its comma, before or after its subject (""…," scoffed NAME" / ""…," she sighed").
 */
function verbAfterQuote(
  article: ArticleText,
  i: number,
  end: number,
): { end: number; value: CueEntry } | null {
  const t = article.tokens;
  const w = t[i]!;
  if (w.cap || !/^\p{Ll}+(?:ed|es|s)$/u.test(w.text) || /(?:ss|us|is)$/.test(w.text)) return null;
  // "And Mr. Christie gloated: "…"", "then leaned in and boomed: "…"", "NAME cracked, "…"": a
  // past-tense verb after a name (or "and"), then a colon or a comma, and a quote.
  const introduces = t[i + 1]?.text === ':' || (t[i + 1]?.text === ',' && t[i - 1]?.cap === true);
  if (
    introduces &&
    t[i + 2]?.kind === 'quote' &&
    /ed$/.test(w.text) &&
    (t[i - 1]?.cap || t[i - 1]?.lower === 'and')
  ) {
    return { end: i + 1, value: SAYING };
  }
  // Either "…," VERB … (the verb right after the quote) or "…," SUBJECT VERB (one to four words between).
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && t[k]!.kind !== 'quote') {
    if (t[k]!.kind !== 'word' && t[k]!.text !== '.' && t[k]!.text !== ',') return null;
    k--;
  }
  if (
    k < 0 ||
    t[k]!.kind !== 'quote' ||
    article.quoteAt[k]! < 0 ||
    article.quotes[article.quoteAt[k]!]!.last !== k
  )
    return null;
  const inner = t[k - 1];
  const closedWithComma = inner?.text === ',' || t[k + 1]?.text === ',';
  if (!closedWithComma && !/^[?!]$/.test(inner?.text ?? '')) return null;
  // ""…," laughs NAME, a farmer who …": right after the quote and before a name, it is the cue.
  const inverted = i - k <= 2 && t[i + 1]?.cap === true;
  if (inverted) return { end: i + 1, value: SAYING };
  // Otherwise no clause of what was said follows (""…," she sighed as she left"); a present-tense
  // form, often a verb of another kind ("works as", "relies on"), only at the very end.
  let j = i + 1;
  while (j < end && j - i <= 8 && t[j]!.kind !== 'quote' && t[j]!.lower !== 'that') j++;
  if (j < end && t[j]!.lower === 'that') return null;
  if (!/ed$/.test(w.text) && end > i + 1) return null;
  return { end: i + 1, value: SAYING };
}

const PERFECT = new Set([
  'has',
  'have',
  'had',
  'having',
  "'ve",
  "'d",
  'not',
  "n't",
  'never',
  'long',
  'always',
  'also',
]);

/** "known", "written", "sworn": a form of the entry that is only ever a past participle. */
function isParticipleOnly(entry: CueEntry, form: string): boolean {
  const [base, , past] = entry.forms;
  return form !== base && form !== past && /(?:en|wn|rn)$/.test(form);
}

/** "with" opening the noun phrase that ends right before token i. */
function withBefore(tokens: ArticleText['tokens'], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 7); k--) {
    const w = tokens[k]!;
    if (w.lower === 'with') return k < i - 1;
    if (w.kind !== 'word' && w.kind !== 'number' && w.kind !== 'possessive') return false;
  }
  return false;
}

/** A dash opening a paragraph, a name after it, and a quotation closing the paragraph before. */
function isSignatureDash(article: ArticleText, i: number): boolean {
  const { tokens, paragraphs, sentences, sentenceAt, quoteAt } = article;
  if (!/^(?:[-–—―]|--)$/.test(tokens[i]!.text) || !tokens[i + 1]?.cap) return false;
  const p = sentences[sentenceAt[i]!]!.paragraph;
  if (paragraphs[p]!.tokenEnd - i > 24) return false;
  // "“…” ― NAME" closing a paragraph that is one quotation.
  if (paragraphs[p]!.tokenStart !== i) {
    const start = paragraphs[p]!.tokenStart;
    const q = quoteAt[start]!;
    return q >= 0 && article.quotes[q]!.open === start && article.quotes[q]!.last === i - 1;
  }
  if (p === 0) return false;
  const before = paragraphs[p - 1]!;
  const last = tokens[before.tokenEnd - 1];
  return Boolean(
    last &&
      before.tokenEnd > before.tokenStart &&
      (last.kind === 'quote' || tokens[before.tokenEnd - 2]?.kind === 'quote'),
  );
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);

/**
 * "did not say", "has not yet publicly said", "would never recommend": a negation among the
 * adverbs and auxiliaries right before the cue denies it ("not only said" does not).
 */
function deniedBefore(article: ArticleText, i: number, floor: number): boolean {
  const t = article.tokens;
  for (let k = i - 1; k >= floor && k >= i - 5; k--) {
    const w = t[k]!;
    if (w.kind !== 'word' || w.cap) return false;
    if (NEGATIONS.has(w.lower) || /n't$/.test(w.lower)) return !NOT_ONLY.has(t[k + 1]!.lower);
    const adverb = CUE_ADVERBS.has(w.lower) || (/ly$/.test(w.lower) && !LY_NOUNS.has(w.lower));
    if (!adverb && !AUXILIARIES.has(w.lower)) return false;
  }
  return false;
}

/** Another cue verb within a few words after token `from`, in the same clause. */
function cueVerbAfter(article: ArticleText, from: number, end: number): boolean {
  const t = article.tokens;
  for (let j = from; j < Math.min(end, from + 6); j++) {
    const w = t[j]!;
    if (w.kind !== 'word' || w.lower === 'that' || article.quoteAt[j]! >= 0) return false;
    if (!w.cap && !NOUN_LIKE_FORMS.has(w.lower) && CUE_FORMS.matchAt(t, j, end)) return true;
  }
  return false;
}

export function findCues(article: ArticleText): CueHit[] {
  const { tokens, sentences, quoteAt } = article;
  const out: CueHit[] = [];
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      // "- NAME." opening the paragraph after a quotation that stands alone, or closing the
      // paragraph that is one: it signs the quote.
      if ((i === s.tokenStart || t.kind === 'dash') && isSignatureDash(article, i)) {
        out.push({
          tokenStart: i,
          tokenEnd: i + 1,
          sentence: si,
          shape: 'signature',
          entry: null,
          form: '-',
          participle: false,
          negated: false,
        });
        continue;
      }
      if (quoteAt[i]! >= 0 || (t.kind !== 'word' && t.text !== ':')) continue;
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && quoteAt[i + 1]! < 0) {
        out.push({
          tokenStart: i,
          tokenEnd: i + 2,
          sentence: si,
          shape: 'according-to',
          entry: null,
          form: 'according to',
          participle: false,
          negated: false,
        });
        i++;
        continue;
      }
      if (t.text === ':') {
        // A colon right before a quote: "NAME, OUTLET: "…"" (a verb before the colon is its own cue).
        const next = tokens[i + 1];
        const prev = tokens[i - 1];
        if (next?.kind === 'quote' && quoteAt[i + 1]! >= 0 && prev && !CUE_FORMS.matchAt(tokens, i - 1, i)) {
          out.push({
            tokenStart: i,
            tokenEnd: i + 1,
            sentence: si,
            shape: 'colon',
            entry: null,
            form: ':',
            participle: false,
            negated: false,
          });
        }
        continue;
      }
      // "the United States has …", "the Daily Report": a capitalised form inside a name is no
      // verb, except in a headline written in title case ("Minister Says Talks Failed").
      if (t.cap && i > s.tokenStart && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'word' && !s.titleCase)
        continue;
      const m = CUE_FORMS.matchAt(tokens, i, s.tokenEnd) ?? verbAfterQuote(article, i, s.tokenEnd);
      if (!m) continue;
      const prev = tokens[i - 1];
      const prevLower = prev?.lower ?? '';
      const form = tokens
        .slice(i, m.end)
        .map((x) => x.lower)
        .join(' ');
      // "the reports", "his claims", "Dahl's comments": a noun, not a verb.
      // ("which said", "that said": relative pronouns, not determiners.)
      // ("in one tweet": a base form after "one" is a noun too.)
      const nounUse =
        (DETERMINERS.has(prevLower) && !/^(?:which|what|that)$/.test(prevLower)) ||
        POSSESSIVE_DETERMINERS.has(prevLower) ||
        prev?.kind === 'possessive' ||
        (prevLower === 'one' && m.value.forms[0] === tokens[i]!.lower);
      // "was told", "is expected", "to say", "reports of": no speaker speaks here.
      const passive = BE.has(prevLower) && !/ing$/.test(form.split(' ')[0]!);
      const infinitive = prevLower === 'to';
      // ("says of X, "…"": a form that is only a verb stays one.)
      const ofAfter =
        tokens[m.end]?.lower === 'of' && /s$/.test(form) && !/ss$/.test(form) && NOUN_LIKE_FORMS.has(form);
      // "secretary of state", "by saying": a cue form after a preposition is a noun or a gerund,
      // unless what was said follows ("by saying, "…"", "by saying that …").
      const saysNext =
        tokens[m.end]?.lower === 'that' ||
        tokens[m.end]?.kind === 'quote' ||
        (tokens[m.end]?.text === ',' && tokens[m.end + 1]?.kind === 'quote');
      const afterPreposition =
        PREPOSITIONS.has(prevLower) &&
        prev?.kind === 'word' &&
        !(prevLower === 'by' && /ing$/.test(form) && saysNext);
      // "Ukraine would blame Moscow": a hypothetical, not an attribution ("would not say" is one).
      // (Only before a base form: in "Ada May said" the "May" is a name.)
      const modal = MODALS.has(prevLower) && m.value.forms[0] === tokens[i]!.lower;
      // "a method known as …", "a letter written by …": a participle with no "have" is an adjective.
      const adjectival = isParticipleOnly(m.value, form) && !PERFECT.has(prevLower);
      // "… in swing states, according to X": a plural noun closing the phrase "according to" names.
      const beforeAccording =
        NOUN_LIKE_FORMS.has(form) && tokens[m.end]?.text === ',' && tokens[m.end + 1]?.lower === 'according';
      const mostlyNoun = MOSTLY_NOUN_FORMS.has(form) && !saysNext && tokens[m.end]?.text !== ':';
      // "Bureau notes released Monday revealed that …": a noun-like form is the subject of the cue
      // that follows it in its clause.
      // "called in to a town hall", "called back": a telephone call, not a characterisation.
      const phoneCall = m.value.lemma === 'call' && CALL_PARTICLES.has(tokens[m.end]?.lower ?? '');
      const subjectOfCue = NOUN_LIKE_FORMS.has(form) && !saysNext && cueVerbAfter(article, m.end, s.tokenEnd);
      if (
        nounUse ||
        passive ||
        infinitive ||
        ofAfter ||
        afterPreposition ||
        modal ||
        adjectival ||
        beforeAccording ||
        mostlyNoun ||
        subjectOfCue ||
        phoneCall
      ) {
        i = m.end - 1;
        continue;
      }
      // "said" after a determiner-less noun is still a verb; "-ing" after a comma is a participle.
      const participle = /ing$/.test(form.split(' ')[0]!) && !BE.has(prevLower);
      // ", adding …" and "…," adding …" (the comma inside the closing quote mark); "by saying, "…"";
      // "released a statement saying, "…"": the subject of the clause says it.
      const afterComma =
        prev?.text === ',' ||
        (prev?.kind === 'quote' && tokens[i - 2]?.text === ',') ||
        (prevLower === 'by' && saysNext) ||
        SPEECH_NOUNS.has(prevLower);
      // "with 50 percent saying …": the noun phrase before the participle says it (an absolute
      // construction), as a subject would.
      const absolute = participle && !afterComma && withBefore(tokens, i, s.tokenStart);
      if (participle && !afterComma && !absolute && !AUXILIARIES.has(prevLower)) {
        i = m.end - 1;
        continue;
      }
      const negated = deniedBefore(article, i, s.tokenStart);
      out.push({
        tokenStart: i,
        tokenEnd: m.end,
        sentence: si,
        shape: 'verb',
        entry: m.value,
        form,
        participle: participle && afterComma,
        negated,
      });
      i = m.end - 1;
    }
  });
  return out;
}
