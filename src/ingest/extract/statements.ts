/**
 * Statements in one paragraph: direct quotes with their attribution (before, after, or in the
 * next sentence), reported speech ("X said that …"), trailing attribution ("…, X said."), and
 * continuations ("…," he added; an unattributed quote after an attributed one). Pure.
 */
import type { StatementKind } from '../../domain/document.js';
import { CUE_FORMS } from '../gazetteer/cues.js';
import type { Mention } from './mentions.js';
import { resolveSpeaker, type Discourse, type EntityRef, type SpeakerRef } from './speakers.js';
import { escapeRegex, findQuotes, maskQuotes, sentenceSpans, type QuoteSpan } from './text.js';

export interface RawStatement {
  speaker: SpeakerRef;
  text: string;
  kind: StatementKind;
  cue: string;
  medium: string | null;
  /** Offsets in the paragraph of what the statement says (for `about`). */
  start: number;
  end: number;
  /** Offsets of the sentence around it: its attribution may name the topic ("on a US intervention"). */
  context: { start: number; end: number };
}

const CUE_RE = new RegExp(`(?<![\\p{L}'’])(?:${CUE_FORMS.map(escapeRegex).join('|')})(?![\\p{L}])`, 'gu');
/** Cue forms that are also nouns ("the reports", "his claims"). */
const NOUN_LIKE = new Set(['reports', 'reported', 'claims', 'states', 'notes', 'say', 'deny', 'warn', 'threaten', 'accuse', 'says']);
const DETERMINER_BEFORE = /\b(?:the|a|an|of|to|in|some|his|her|their|its|these|those|such|and|that|would|could|will|can|may|might|must|not|to)\s+$/i;
const MEDIUM_RE =
  /\b(?:on|via)\s+(Twitter|X|Facebook|Telegram|Instagram|TikTok|YouTube|social media|state television|state TV|television|radio|MSNBC|CNN|BBC|Fox News)\b|\bin an interview (?:on|with)\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)|\btold\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*|state television|state TV|state media)|\baccording to (?:the )?(?:[\p{Ll}]+\s+){0,3}(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)/u;
/** Between a cue and what is said: time, medium, manner. */
const CUE_TAIL =
  /^(?:\s+(?:on|last|early|late|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening)(?:\s+(?:night|morning|evening))?|\s+in\s+(?:an?\s+)?(?:interview|statement|speech|post|video|televised address|news conference|press conference)(?:\s+(?:on|with|to)\s+\p{Lu}[\p{L}&.-]*)?|\s+on\s+(?:Twitter|X|Facebook|Telegram|Instagram|social media|state television|television|MSNBC|CNN|BBC)|\s+(?:in|during)\s+(?:a|an|the)\s+[\p{Ll}\s-]+?(?=\s+(?:that|his|her|its|the|a)\b)|\s+(?:that|,)|\s+also|\s+again)+/iu;

export interface ParagraphResult {
  statements: RawStatement[];
  /** A quote left open at the end of the paragraph: the next paragraph's opening quote continues it. */
  openQuoteSpeaker?: SpeakerRef | undefined;
  /**
   * The speaker of a direct quote that ends the paragraph: a next paragraph that is nothing but a
   * quote, with no attribution, is theirs too (news style for a speaker's second quote).
   */
  closingQuoteSpeaker?: SpeakerRef | undefined;
}

const isEntity = (s: SpeakerRef): s is EntityRef => s.kind === 'person' || s.kind === 'organization' || s.kind === 'country';

export function statementsInParagraph(
  text: string,
  mentions: Mention[],
  discourse: Discourse,
  carriedQuoteSpeaker?: SpeakerRef,
): ParagraphResult {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const out: RawStatement[] = [];
  let lastDirect: SpeakerRef | undefined;

  const remember = (speaker: SpeakerRef, at: number) => {
    if (!isEntity(speaker)) return;
    discourse.lastSpeaker = { ref: speaker, at: discourse.position + at };
    if (speaker.kind !== 'person') discourse.lastOrgSpeaker = speaker;
  };
  let context = { start: 0, end: 0 };
  const emit = (speakers: SpeakerRef[], s: Omit<RawStatement, 'speaker' | 'context'>, at: number) => {
    for (const speaker of speakers) {
      out.push({ ...s, speaker, context });
      remember(speaker, at);
    }
  };

  for (const sentence of sentenceSpans(masked)) {
    const sText = masked.slice(sentence.start, sentence.end);
    context = sentence;
    const sQuotes = quotes.filter((q) => q.start >= sentence.start && q.start < sentence.end);
    trackSubject(text, sentence, mentions, discourse);
    for (const m of mentions) if (m.kind === 'country' && m.start >= sentence.start && m.end <= sentence.end && m.via !== 'demonym') discourse.lastCountry = m.key;

    const cues = [...sText.matchAll(CUE_RE)]
      .map((m) => ({ form: m[0], start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }))
      .filter((c) => !(NOUN_LIKE.has(c.form) && DETERMINER_BEFORE.test(masked.slice(Math.max(sentence.start, c.start - 12), c.start))))
      .filter((c) => !/\b(?:was|were|is|are|be|been|being)\s+$/.test(masked.slice(Math.max(sentence.start, c.start - 8), c.start)))
      // "called it a "…"": a characterisation in quotes; "called on allies" is no statement.
      .filter((c) => c.form !== 'called' || /^\s+(?:it|them|this|that|(?:the|their|his|her|its)\s+[\p{L} -]{1,30}?)\s+(?:an?\s+)?["“]/u.test(masked.slice(c.end, c.end + 50)));

    // A sentence that is only a quote, with no cue: it continues the last direct speaker.
    if (!cues.length) {
      const only = sQuotes.length === 1 && sText.replace(/["“”.\s]|\u2591/g, '') === '' ? sQuotes[0]! : null;
      const speaker = lastDirect ?? (sentence.start === 0 ? carriedQuoteSpeaker : undefined);
      if (only && speaker) emit([speaker], direct(only, 'said', null), sentence.start);
      continue;
    }

    let consumedUntil = sentence.start;
    let previousSpeakers: SpeakerRef[] | null = null;
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k]!;
      if (cue.start < consumedUntil) continue;
      const nextCue = cues[k + 1];
      const medium = mediumNear(text.slice(cue.start, Math.min(sentence.end, cue.end + 100)));

      // (1) "…," SPEAKER said …   or   "…," said SPEAKER …: a quote opening the sentence, then the attribution.
      const quoteBefore = [...sQuotes].reverse().find((q) => q.end <= cue.start);
      if (quoteBefore && masked.slice(sentence.start, quoteBefore.start).trim() === '') {
        const between = masked.slice(quoteBefore.end, cue.start);
        let speakers: SpeakerRef[] | null = null;
        if (/^[\s,]*$/.test(between)) {
          // "…," said Okafor on …
          const after = masked.slice(cue.end, sentence.end);
          const np = /^\s+((?:\p{Lu}[\p{L}'’.-]*|of|for|the)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|de|da|van|von|der|den|del|al|bin|ibn|el|la|le|di|du))*)/u.exec(after)?.[1];
          if (np) speakers = resolveSpeaker(np, cue.end + after.indexOf(np), mentions, discourse);
        } else if (/^[\s,]*[\p{L}\s.,'’-]+$/u.test(between) && between.trim().split(/\s+/).length <= 12) {
          // "…," X said / "…," his lawyer, Y, told reporters: the phrase between quote and cue.
          const phrase = between.replace(/^[\s,]+/, '');
          speakers = phrase.includes(',')
            ? resolveSubject(phrase, cue.start - phrase.length, mentions, discourse)
            : resolveSpeaker(phrase, cue.start - phrase.length, mentions, discourse);
        }
        if (speakers) {
          emit(speakers, direct(quoteBefore, cue.form, medium), cue.start);
          lastDirect = speakers[0];
          consumedUntil = sentence.end;
          continue;
        }
      }

      // (2) Trailing attribution of reported speech: "CONTENT, SPEAKER said."
      const tail = masked.slice(cue.end, sentence.end);
      const comma = masked.lastIndexOf(',', cue.start);
      if (comma > sentence.start && isShortTail(tail) && comma > consumedUntil) {
        const np = masked.slice(comma + 1, cue.start);
        const speakers = /^[\s\p{L}.'’-]+$/u.test(np) ? resolveSpeaker(np, comma + 1, mentions, discourse) : null;
        if (speakers && np.trim().split(/\s+/).length <= 8) {
          const content = trimContent(text, sentence.start, comma, masked);
          emit(speakers, reported(text, content, cue.form, medium), cue.start);
          consumedUntil = sentence.end;
          continue;
        }
      }

      // (3) Forward: "SPEAKER said (that) CONTENT" — also "SPEAKER said: "QUOTE"".
      const subjectText = masked.slice(consumedUntil, cue.start);
      let speakers = resolveSubject(subjectText, consumedUntil, mentions, discourse);
      if (!speakers && previousSpeakers && /^\s*(?:,\s*)?(?:but|and)?\s*(?:also\s+)?$/i.test(subjectText)) speakers = previousSpeakers;
      if (!speakers && /(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?$/i.test(subjectText)) {
        // "The operator did not reveal …, but said …": the subject opens the sentence.
        const opening = /^\s*((?:(?:[Tt]he|[Aa]n?)\s+)?\S+(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(masked.slice(sentence.start, cue.start));
        if (opening) speakers = resolveSpeaker(opening[1]!, sentence.start + opening.index + opening[0].indexOf(opening[1]!), mentions, discourse);
      }
      if (!speakers) continue;
      // "told Reuters in an interview (that) …": skip the addressee first.
      const addressee = /^(?:told|tells)$/.test(cue.form)
        ? (/^\s+(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*|reporters|journalists|parliament|lawmakers|(?:state|local|national|public)\s+(?:television|TV|radio|media)|(?:the|a|an)\s+[\p{Ll}-]+)/u.exec(masked.slice(cue.end, sentence.end))?.[0].length ?? 0)
        : 0;
      const afterCue = cue.end + addressee;
      const contentStart = afterCue + (CUE_TAIL.exec(masked.slice(afterCue, sentence.end))?.[0].length ?? 0);
      let contentEnd = sentence.end;
      if (nextCue) {
        // "denied X but said Y": the first statement stops where the next cue's clause begins.
        const between = masked.slice(contentStart, nextCue.start);
        const join = /(?:,\s*|\s+)(?:but|and|while)\s+(?:also\s+|has\s+|had\s+)?$/i.exec(between);
        if (join) contentEnd = contentStart + join.index;
      }
      const content = trimContent(text, contentStart, contentEnd, masked);
      // "rejected that demand": "that" was a determiner, not the start of a clause.
      const that = /\bthat\s+$/i.exec(masked.slice(afterCue, content.start));
      if (that && isBareObject(text.slice(content.start, content.end))) {
        content.start = afterCue + that.index;
      }
      if (content.end - content.start < 3) continue;
      const quote = sQuotes.find((q) => q.start >= content.start - 2 && q.end >= content.end - 2 && q.start <= content.start + 3);
      const characterised = cue.form === 'called' ? sQuotes.find((q) => q.start > cue.end) : undefined;
      if (characterised) {
        emit(speakers, direct(characterised, cue.form, medium), cue.start);
        lastDirect = speakers[0];
      } else if (quote && /:\s*$/.test(masked.slice(cue.end, quote.start))) {
        emit(speakers, direct(quote, cue.form, medium), cue.start);
        lastDirect = speakers[0];
      } else {
        emit(speakers, reported(text, content, cue.form, medium), cue.start);
      }
      previousSpeakers = speakers;
      // A characterisation ends with its quote: a cue after it ("… failure." Its director told …)
      // still has its own subject.
      consumedUntil = characterised ? characterised.end : contentEnd;
    }
  }

  // A quote still open at the end of the paragraph runs into the next one.
  const last = quotes.at(-1);
  const open = last && last.end === text.length && !/["”]$/.test(text.trim());
  const final = out.at(-1);
  return {
    statements: out,
    openQuoteSpeaker: open ? (lastDirect ?? final?.speaker) : undefined,
    closingQuoteSpeaker: final?.kind === 'direct' && isEntity(final.speaker) ? final.speaker : undefined,
  };
}

function direct(q: QuoteSpan, cue: string, medium: string | null): Omit<RawStatement, 'speaker' | 'context'> {
  const textOut = q.text.replace(/[,\s]+$/, '').trim();
  return { text: textOut, kind: 'direct', cue, medium, start: q.start + 1, end: q.end - 1 };
}

/**
 * A short object with no verb of its own: "rejected the accusation", "denied involvement" report an
 * act, not a clause ("exports fell" is a clause and stays as it is).
 */
const BARE_OBJECT = /^(?:(?:the|a|an|his|her|its|their|this|these|those|any|all|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|[\p{L}-]+)$/iu;
/** Cues that take an object rather than a clause. */
const OBJECT_CUE = /^(?:accus|blam|condemn|critici[sz]|welcom|prais|reject|deni|deny|dismiss|slam|hail)/i;
const AUXILIARY = /\b(?:is|are|was|were|be|been|had|has|have|would|will|could|can|should|must|may|might|did|do|does)\b/i;
const isBareObject = (said: string) => BARE_OBJECT.test(said) && !AUXILIARY.test(said);

function reported(text: string, span: { start: number; end: number }, cue: string, medium: string | null): Omit<RawStatement, 'speaker' | 'context'> {
  let said = text.slice(span.start, span.end).trim().replace(/[.,;:\s]+$/, '');
  // A bare noun phrase ("the accusation") or the object of an act ("accused the government of
  // chaos", "blamed years of neglect") only reads as a statement with its verb.
  if (isBareObject(said) || (OBJECT_CUE.test(cue) && !AUXILIARY.test(said))) said = `${cue} ${said}`;
  return { text: said, kind: 'reported', cue, medium, ...span };
}

/**
 * Clauses the reporter adds after what was said: ", questioning …", ", with the UN citing …",
 * ", which …", " -- a claim the ministry denies". They are the narrator's, not the speaker's.
 */
const NARRATOR_TAIL = /(?:,\s+(?:questioning|prompting|raising|sparking|with|which|where|amid|as|while|in a (?:move|sign))\b|\s+(?:--|—|–)\s+)/i;

function trimContent(text: string, start: number, end: number, masked = text) {
  let s = start;
  while (s < end && /[\s,:]/.test(text[s]!)) s++;
  // "said that …" opens a clause; "rejected that demand" keeps its determiner.
  const lead = /^that\s+/i.exec(text.slice(s, end));
  const rest = lead ? text.slice(s + lead[0].length, end).trim().replace(/[.,;:]+$/, '') : '';
  if (lead && !isBareObject(rest)) s += lead[0].length;
  let e = end;
  const tail = NARRATOR_TAIL.exec(masked.slice(s, end));
  if (tail && tail.index > 20) e = s + tail.index;
  // ", according to the state news agency": where the reporter got it, not what was said.
  const source = /,\s+according to\b/i.exec(masked.slice(s, e));
  if (source && source.index > 0) e = s + source.index;
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** After a trailing cue only time, place or medium may follow: "…, X said on Tuesday." */
function isShortTail(tail: string): boolean {
  // ", raising fears …", ", adding …": the reporter's participle clause after the attribution.
  const t = tail.replace(/,\s+\p{Ll}+ing\b[^]*$/u, '').replace(/[.!?"”\s]+$/, '').trim();
  if (!t) return true;
  return t.split(/\s+/).length <= 6 && /^(?:on|in|at|to|during|after|before|from|via|late|early|last|this|told|when|while|citing)\b/i.test(t);
}

/** The subject of a forward cue: the phrase right before it, skipping appositives and clauses. */
function resolveSubject(before: string, offset: number, mentions: Mention[], discourse: Discourse): SpeakerRef[] | null {
  const trimmed = before.replace(/\s+$/, '');
  if (!trimmed.trim()) return null;
  if (/\u2591/.test(trimmed.slice(-3))) return null; // a quote right before: handled as attribution
  // Split on commas: "Norvolt, Sweden's largest battery maker," → the name before the appositive.
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  for (const piece of trimmed.split(',')) {
    parts.push({ text: piece, start: offset + start });
    start += piece.length + 1;
  }
  const lastPart = parts.at(-1)!;
  if (!lastPart.text.trim() && parts.length >= 3) {
    // "NAME, APPOSITIVE," or "DESCRIPTION, NAME,": the name speaks, not the description.
    // The description is the part that ends in a common noun ("Nigeria's information minister").
    const described = (t: string) => /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(t.trim());
    const pair = [parts.at(-3)!, parts.at(-2)!];
    // "The UN peacekeeping force in Lebanon, UNIFIL," names itself by its acronym.
    const acronym = /^\s*\p{Lu}[\p{Lu}\d&-]{1,7}\s*$/u.test(pair[1]!.text);
    const [name, other] = acronym || (described(pair[0]!.text) && !described(pair[1]!.text)) ? [pair[1]!, pair[0]!] : [pair[0]!, pair[1]!];
    const named = (r: SpeakerRef[] | null) => Boolean(r?.every(isEntity));
    const first = name.text.trim().split(/\s+/).length <= 12 ? resolveSpeaker(name.text, name.start, mentions, discourse) : null;
    if (named(first)) return first;
    const second = resolveSpeaker(other.text, other.start, mentions, discourse);
    if (named(second)) return second;
    const either = first ?? second;
    if (either) return either;
  }
  const candidates = lastPart.text.trim() ? [lastPart] : parts.slice(0, -1).reverse().slice(1, 2);
  // "In Chile, where …, the government said": the last clause names the subject.
  for (const part of candidates) {
    const words = part.text.trim().split(/\s+/);
    if (words.length > 12) {
      // A long clause: take its tail after a subordinating word.
      const tail = /(?:\b(?:which|who|that|where|when|as|after|while|because|and|but)\s+)([^]*)$/i.exec(part.text);
      if (!tail) continue;
      const r = resolveSpeaker(tail[1]!, part.start + part.text.length - tail[1]!.length, mentions, discourse);
      if (r) return r;
      continue;
    }
    const r = resolveSpeaker(part.text, part.start, mentions, discourse);
    if (r) return r;
    // "Washington, which called it …": the antecedent of a relative pronoun.
    if (/^\s*which\s*$/i.test(part.text)) continue;
  }
  const relative = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*),\s+which(?:\s+(?:has|had))?\s*$/u.exec(trimmed);
  if (relative) return resolveSpeaker(relative[1]!, offset + relative.index, mentions, discourse);
  return null;
}

function mediumNear(text: string): string | null {
  const m = MEDIUM_RE.exec(text);
  const medium = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? null) : null;
  return medium ? medium.replace(/\.+$/, '') : null;
}

/** The person a sentence is about, when a named person opens it: the antecedent of a later "he". */
function trackSubject(text: string, sentence: { start: number; end: number }, mentions: Mention[], discourse: Discourse) {
  // "Developing countries, he said": a capitalised first word followed by a common noun is no subject.
  const person = mentions.find(
    (m) => m.kind === 'person' && m.start >= sentence.start && m.start < sentence.end && !(m.single && /^\s+\p{Ll}/u.test(text.slice(m.end))),
  );
  if (!person) return;
  const before = text.slice(sentence.start, person.start);
  if (before.split(/\s+/).length <= 6 && !/["“”]/.test(before)) {
    discourse.lastPersonSubject = {
      ref: { kind: 'person', key: person.key, ...(person.single ? { single: true } : {}) },
      at: discourse.position + person.start,
    };
  }
}
