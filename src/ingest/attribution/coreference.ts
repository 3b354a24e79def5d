/**
 * Coreference for speakers and topics: who "he", "she", "they", "it" and definite descriptions
 * ("the senator", "the company", "the newspaper") refer to. Candidates are the entities the article
 * named before the reference; each is scored from explicit features with the weights below, after
 * hard filters (gender, number, kind). Where nothing fits, the caller keeps the description. Pure
 * but for the history it keeps while an article is read in order.
 */
import type { Mention } from '../entities/mentions.js';
import type { EntityRegistry } from '../entities/registry.js';
import {
  INSTITUTION_WORDS,
  KNOWN_ORGANIZATIONS,
  MEDIA_NAME_WORDS,
  ORG_NOUNS,
  type OrgClass,
} from '../lexicon/organizations.js';
import { ROLE_BY_FORM, ROLE_MODIFIERS, type Gender } from '../lexicon/roles.js';
import { PREPOSITIONS, PRONOUNS, SUBORDINATORS } from '../lexicon/words.js';
import type { ArticleText } from '../text/article-text.js';

/** The written-down priorities of pronoun resolution. */
export const SALIENCE = {
  /** Per sentence between the candidate's last mention and the reference: the nearest fitting one. */
  perSentence: -16,
  /** The same, for an organisation named by its class noun ("the ministry"): the noun is the evidence. */
  perSentenceClassNoun: -3,
  /** The candidate was the speaker of the latest statement before the reference. */
  lastSpeaker: 30,
  /** The candidate spoke earlier in the article (less than being the subject nearer the reference). */
  speaker: 8,
  /** The candidate's mention opens its sentence (a subject). */
  subject: 45,
  /** Mentioned in the reference's own sentence, before it. */
  sameSentence: 10,
  /** Mentioned in the reference's own paragraph, before it. */
  sameParagraph: 30,
  /** Only mentioned inside quotes: rarely what the narrator's pronoun means. */
  quotedOnly: -30,
  /** The candidate's last mention is a possessive modifier ("Murphy's work"): no subject. */
  possessive: -15,
  /** The reference closes a quotation (""…," he said"): the quote is likely the last speaker's. */
  closesQuote: 25,
  /** Gender unknown while the pronoun has one. */
  unknownGender: -10,
  /** Named in the very words attributed to the reference: people rarely name themselves. */
  namedInContent: -45,
  /** Per further mention in the article, up to five. */
  mentionCount: 1,
  /** Below this score nobody is chosen. */
  threshold: 20,
} as const;

const MAX_SENTENCES_BACK = 8;
/** Pronouns that, after a name in its sentence, are nearly always that person's own. */
const OWN_PRONOUNS: ReadonlySet<string> = new Set(['his', 'himself', 'herself']);
/** How far back "the ministry" may find its organisation: the article's main bodies recur late. */
const ORG_SENTENCES_BACK = 40;

const KNOWN_ORG_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.map((o) => o.name));

interface Candidate {
  entityId: string;
  kind: Mention['kind'];
  lastSentence: number;
  lastParagraph: number;
  lastToken: number;
  subject: boolean;
  possessive: boolean;
  quotedOnly: boolean;
  count: number;
}

export class Discourse {
  private readonly speakers: { entityId: string; token: number }[] = [];
  /** Gender the article's own pronouns give a person the registry knows none for. */
  private readonly genderInText: Map<string, Gender>;

  constructor(
    readonly article: ArticleText,
    private readonly mentions: Mention[],
    private readonly registry: EntityRegistry,
  ) {
    this.genderInText = pronounGenders(article, mentions);
  }

  /** The person's gender: the registry's, else what the article's pronouns say. */
  private genderOf(id: string): Gender | null {
    return this.registry.gender(id) ?? this.genderInText.get(id) ?? null;
  }

  /** Record who spoke at a token, so that later pronouns prefer them. */
  noteSpeaker(entityId: string, token: number): void {
    this.speakers.push({ entityId, token });
  }

  /** Candidates: entities named before token `at`, with their salience features. */
  private candidates(at: number, back = MAX_SENTENCES_BACK): Candidate[] {
    const { sentenceAt, tokens } = this.article;
    const here = sentenceAt[Math.min(at, tokens.length - 1)]!;
    const byId = new Map<string, Candidate>();
    for (const m of this.mentions) {
      if (m.tokenStart >= at) break;
      if (here - m.sentence > back && !byId.has(m.entityId)) continue;
      const c = byId.get(m.entityId) ?? {
        entityId: m.entityId,
        kind: m.kind,
        lastSentence: m.sentence,
        lastParagraph: this.article.sentences[m.sentence]!.paragraph,
        lastToken: m.tokenStart,
        subject: false,
        possessive: false,
        quotedOnly: true,
        count: 0,
      };
      byId.set(m.entityId, c);
      // Names inside quotations are the speaker's words: they place no one in the narration.
      if (m.quoted) continue;
      c.count++;
      c.quotedOnly = false;
      c.lastSentence = m.sentence;
      c.lastParagraph = this.article.sentences[m.sentence]!.paragraph;
      c.lastToken = m.tokenStart;
      c.subject = this.opensSentence(m);
      c.possessive = this.article.tokens[m.tokenEnd]?.kind === 'possessive';
    }
    return [...byId.values()].filter((c) => here - c.lastSentence <= back);
  }

  /**
   * The mention is its sentence's subject: nothing but an opening phrase ("On Monday,"), a
   * conjunction, an article, titles and other names stand before it ("Tull campaign manager
   * Robby Mook released …").
   */
  private opensSentence(m: Mention): boolean {
    const s = this.article.sentences[m.sentence]!;
    const t = this.article.tokens;
    let k = s.tokenStart;
    while (k < m.tokenStart && t[k]!.kind === 'quote') k++;
    const first = t[k];
    // "On Monday, NAME …", "When NAME …", "Growing up in X, NAME …": an opening phrase, then the subject.
    const participle =
      first?.kind === 'word' && k < m.tokenStart && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text);
    if (
      first &&
      first.kind === 'word' &&
      (PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || participle)
    ) {
      const comma = t.slice(k, Math.min(k + 12, m.tokenStart)).findIndex((w) => w.text === ',');
      if (comma >= 0) k += comma + 1;
    }
    while (k < m.tokenStart) {
      const w = t[k]!;
      // "Tull's campaign manager, Ivo Brandt, appeared …": titles, role words and the commas of
      // an apposition stand before the subject's name.
      const skippable =
        w.kind !== 'word'
          ? w.text === ',' || w.kind === 'possessive'
          : w.cap ||
            /^(?:the|a|an|and|but|so|yet|then|still|now|meanwhile|his|her|its|their)$/.test(w.lower) ||
            ROLE_BY_FORM.has(w.lower) ||
            ORG_NOUNS.has(w.lower) ||
            ROLE_MODIFIERS.has(w.lower);
      if (!skippable) return false;
      k++;
    }
    return m.tokenStart - s.tokenStart <= 16;
  }

  private score(
    c: Candidate,
    at: number,
    gender: Gender | null,
    closesQuote = false,
    inContent?: ReadonlySet<string>,
    perSentence: number = SALIENCE.perSentence,
  ): number | null {
    const here = this.article.sentenceAt[Math.min(at, this.article.tokens.length - 1)]!;
    let score = 100 + perSentence * (here - c.lastSentence);
    const known = this.genderOf(c.entityId);
    if (gender && known && known !== gender) return null;
    if (gender && !known) score += SALIENCE.unknownGender;
    const last = this.speakers.at(-1);
    const paragraph = this.article.sentences[here]!.paragraph;
    const lastParagraph = last ? this.article.sentences[this.article.sentenceAt[last.token]!]!.paragraph : -1;
    // The last speaker holds the floor into the next paragraph, not beyond.
    if (last?.entityId === c.entityId && paragraph - lastParagraph <= 1) {
      // A quote run: the last speaker spoke in the sentence before, or this one.
      const recent = here - this.article.sentenceAt[last.token]! <= 1;
      score += SALIENCE.lastSpeaker + (closesQuote && recent ? SALIENCE.closesQuote : 0);
    } else if (this.speakers.some((s) => s.entityId === c.entityId)) score += SALIENCE.speaker;
    if (c.subject) score += SALIENCE.subject;
    if (c.lastSentence === here) score += SALIENCE.sameSentence;
    if (c.lastParagraph === this.article.sentences[here]!.paragraph && !c.quotedOnly)
      score += SALIENCE.sameParagraph;
    if (c.quotedOnly) score += SALIENCE.quotedOnly;
    if (c.possessive) score += SALIENCE.possessive;
    if (inContent?.has(c.entityId)) score += SALIENCE.namedInContent;
    score += SALIENCE.mentionCount * Math.min(5, c.count - 1);
    return score;
  }

  private best(
    cands: Candidate[],
    at: number,
    gender: Gender | null,
    closesQuote = false,
    inContent?: ReadonlySet<string>,
    perSentence: number = SALIENCE.perSentence,
  ): string | null {
    let best: { id: string; score: number } | null = null;
    for (const c of cands) {
      const s = this.score(c, at, gender, closesQuote, inContent, perSentence);
      if (s === null || s < SALIENCE.threshold) continue;
      if (!best || s > best.score) best = { id: c.entityId, score: s };
    }
    return best?.id ?? null;
  }

  /**
   * "he", "she", "they", "it" at token `at`: the entity meant, or null. `content`: the token ranges
   * of what the reference is said to have said, whose names are unlikely to be the speaker.
   */
  resolvePronoun(
    word: string,
    at: number,
    content: readonly (readonly [number, number])[] = [],
  ): string | null {
    const p = PRONOUNS[word];
    if (!p) return null;
    const cands = this.candidates(at);
    const inContent = new Set<string>();
    for (const m of this.mentions)
      if (content.some(([a, b]) => m.tokenStart >= a && m.tokenEnd <= b)) inContent.add(m.entityId);
    const t = this.article.tokens;
    const before = t[at - 1]?.text === ',' ? at - 2 : at - 1;
    const closesQuote = t[before]?.kind === 'quote' || t[at - 1]?.kind === 'quote';
    if (p.gender === 'male' || p.gender === 'female') {
      return this.best(
        cands.filter((c) => c.kind === 'person'),
        at,
        p.gender,
        closesQuote,
        inContent,
      );
    }
    if (p.gender === 'neuter') {
      return this.best(
        cands.filter((c) => c.kind === 'organization' || c.kind === 'country'),
        at,
        null,
      );
    }
    // "they": an organisation or a country (a campaign, a party, a government); people only as a group.
    return this.best(
      cands.filter((c) => c.kind === 'organization' || c.kind === 'country'),
      at,
      null,
    );
  }

  /**
   * "…, the country's transport minister said" before the text names him ("Transport Minister X"):
   * the first person named later in the next paragraphs with a role of that noun.
   */
  laterHolder(noun: string, at: number): string | null {
    const paragraph = this.article.sentences[this.article.sentenceAt[at]!]!.paragraph;
    for (const m of this.mentions) {
      if (m.tokenStart <= at || m.kind !== 'person' || !m.role) continue;
      if (this.article.sentences[m.sentence]!.paragraph - paragraph > 2) break;
      if (titleHas(m.role.title, noun)) return m.entityId;
    }
    return null;
  }

  /**
   * "Brandt could have resigned, he can still do so": the latest person of the pronoun's gender named
   * in the same passage before it (tokens from `from` to `at`), if any.
   */
  antecedentWithin(word: string, from: number, at: number): string | null {
    const p = PRONOUNS[word];
    if (!p || (p.gender !== 'male' && p.gender !== 'female')) return null;
    let found: string | null = null;
    for (const m of this.mentions) {
      if (m.tokenStart >= at) break;
      if (m.tokenStart < from || m.kind !== 'person') continue;
      const g = this.genderOf(m.entityId);
      if (!g || g === p.gender) found = m.entityId;
    }
    return found;
  }

  /**
   * "Britain's competition regulator said …" before the text names it: the first organisation of
   * that class named after token `at`, within the next paragraphs.
   */
  laterOrganization(noun: string, at: number): string | null {
    const cls: OrgClass | undefined = ORG_NOUNS.get(noun);
    if (!cls) return null;
    const paragraph = this.article.sentences[this.article.sentenceAt[at]!]!.paragraph;
    for (const m of this.mentions) {
      if (m.tokenStart <= at || m.kind !== 'organization') continue;
      if (this.article.sentences[m.sentence]!.paragraph - paragraph > 2) break;
      // (Known to be of that class: called so, or headed by a noun of it.)
      const name = this.registry.entities.get(m.entityId)?.name ?? '';
      const known =
        this.registry.facts.get(m.entityId)?.orgClasses.has(cls) ||
        ORG_NOUNS.get(headNoun(name) ?? '') === cls;
      if (known && this.fitsClass(m.entityId, m.kind, noun, cls)) return m.entityId;
    }
    return null;
  }

  /** "the Wisconsin Republican": the most salient person, whatever the gender. */
  resolvePerson(at: number, content: readonly (readonly [number, number])[] = []): string | null {
    const inContent = new Set<string>();
    for (const m of this.mentions)
      if (content.some(([a, b]) => m.tokenStart >= a && m.tokenEnd <= b)) inContent.add(m.entityId);
    return this.best(
      this.candidates(at).filter((c) => c.kind === 'person'),
      at,
      null,
      false,
      inContent,
    );
  }

  isPerson(id: string): boolean {
    return this.registry.entities.get(id)?.type === 'Person';
  }

  /** The campaign organisation of a candidate ("the Tull campaign"). */
  campaignOf(personId: string): string {
    return this.registry.campaign(personId);
  }

  /**
   * "the UN human rights chief", "Russia's foreign minister": the person the article names, before
   * or after, with a role of that owner (the one whose title has the noun, else the first one).
   */
  holderOf(ownerId: string, noun: string): string | null {
    let first: string | null = null;
    for (const m of this.mentions) {
      if (m.kind !== 'person' || m.role?.ownerId !== ownerId) continue;
      if (titleHas(m.role.title, noun)) return m.entityId;
      if (m.role.category === 'office' || m.role.category === 'executive') first ??= m.entityId;
    }
    return first;
  }

  /**
   * "the senator", "the company", "the newspaper": the most salient entity the text has called by
   * this role or class, or whose name ends in it ("the ministry" → "… Defense Ministry").
   */
  resolveDescription(noun: string, at: number): string | null {
    const role = ROLE_BY_FORM.get(noun);
    if (role) {
      const fits = this.candidates(at).filter((c) => {
        if (c.kind !== 'person') return false;
        const facts = this.registry.facts.get(c.entityId);
        return Boolean(facts && (facts.roleNouns.has(noun) || facts.roleNouns.has(role.title.toLowerCase())));
      });
      return this.best(fits, at, role.gender ?? null);
    }
    const cls: OrgClass | undefined = ORG_NOUNS.get(noun);
    if (!cls) return null;
    // "the ministry", "the company": an organisation stays the one meant for a whole article.
    const fits = this.candidates(at, ORG_SENTENCES_BACK).filter((c) =>
      this.fitsClass(c.entityId, c.kind, noun, cls),
    );
    return this.best(fits, at, null, false, undefined, SALIENCE.perSentenceClassNoun);
  }

  /**
   * "Korvex cut 300 jobs, the company said": the organisation that opens the content at token
   * `start`, when the class noun fits it. A body reporting its own acts names itself first.
   */
  subjectOfContent(noun: string, start: number): string | null {
    const cls: OrgClass | undefined = ORG_NOUNS.get(noun);
    if (!cls) return null;
    const from = this.article.tokens[start]?.lower === 'the' ? start + 1 : start;
    const m = this.mentions.find((x) => x.tokenStart === from);
    if (!m || m.kind !== 'organization') return null;
    // Opening the content is evidence enough, unless the name is headed by another body's noun.
    return anotherBody(this.registry.entities.get(m.entityId)?.name, noun) ? null : m.entityId;
  }

  private fitsClass(id: string, kind: Mention['kind'], noun: string, cls: OrgClass): boolean {
    if (cls === 'government' && /^(?:government|administration|cabinet)$/.test(noun))
      return kind === 'country';
    if (kind !== 'organization') return false;
    const e = this.registry.entities.get(id);
    const facts = this.registry.facts.get(id);
    if (anotherBody(e?.name, noun)) return false;
    const last = e ? headNoun(e.name) : undefined;
    // An organisation of no known class can be any ("Toyota …, the automaker said").
    // (A well-known organisation has a known kind: the UN is no "union".)
    const unknown =
      !facts?.orgClasses.size &&
      cls !== 'media' &&
      cls !== 'government' &&
      !KNOWN_ORG_NAMES.has(e?.name ?? '');
    return Boolean(
      facts?.orgClasses.has(cls) || last === noun || unknown || (cls === 'media' && isMedia(e?.name)),
    );
  }
}

/**
 * "the commission" is no "… Office": a name headed by another body's noun is another body. ("the
 * regulator", "the federation" are said of bodies whatever their head.)
 */
function anotherBody(name: string | undefined, noun: string): boolean {
  const last = name ? headNoun(name) : undefined;
  return Boolean(last && last !== noun && INSTITUTION_WORDS.has(last) && INSTITUTION_WORDS.has(noun));
}

/** "Transport Minister", "deputy-minister": the title has the noun among its words. */
const titleHas = (title: string, noun: string) =>
  title
    .toLowerCase()
    .split(/[\s-]+/)
    .includes(noun);

/** A name's head: "Defense Ministry" → ministry, "Commission on Public Hearings" → commission. */
function headNoun(name: string): string | undefined {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|on|for)$/.test(w));
  return (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase();
}

function isMedia(name: string | undefined): boolean {
  return Boolean(name?.split(/\s+/).some((w) => MEDIA_NAME_WORDS.has(w)));
}

/**
 * "NAME, 33, finds herself …", "NAME lost his seat": the first "his", "himself" or "herself" after a
 * person's mention in its sentence, before anyone else is named, is that person's; a name whose
 * gender the registry does not know takes it when the article never says otherwise. ("he", "she",
 * "her" often mean someone else: "NAME said she …" is as often about a rival.)
 */
function pronounGenders(article: ArticleText, mentions: readonly Mention[]): Map<string, Gender> {
  const votes = new Map<string, Gender | null>();
  const t = article.tokens;
  mentions.forEach((m, i) => {
    if (m.kind !== 'person' || m.quoted) return;
    const end = article.sentences[m.sentence]!.tokenEnd;
    const other = mentions.find((n, j) => j > i && n.kind === 'person' && n.entityId !== m.entityId);
    const stop = Math.min(end, other?.tokenStart ?? end);
    for (let k = m.tokenEnd; k < stop; k++) {
      if (article.quoteAt[k]! >= 0 || !OWN_PRONOUNS.has(t[k]!.lower)) continue;
      const gender = PRONOUNS[t[k]!.lower]!.gender as Gender;
      const seen = votes.get(m.entityId);
      votes.set(m.entityId, seen === undefined || seen === gender ? gender : null);
      break;
    }
  });
  const out = new Map<string, Gender>();
  for (const [id, gender] of votes) if (gender) out.set(id, gender);
  return out;
}
