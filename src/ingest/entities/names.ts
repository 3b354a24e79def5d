/**
 * Names in an article and the evidence around each: where capitalised words form a name, which
 * parts of that run are a title, an owner or the name itself, and what the words around it say
 * about what it is. Nothing is decided here (see classify.ts); this step only collects. Pure.
 */
import { givenNameGender } from '../lexicon/given-names.js';
import { AFFILIATION_WORDS, DOCUMENT_NAME_HEADS, NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/names.js';
import { NOUN_LIKE_FORMS } from '../lexicon/cues.js';
import {
  NAMES,
  ROLES,
  INSTITUTIONS,
  CUE_FORMS,
  FACILITIES,
  type GazetteerEntry,
} from '../lexicon/gazetteer.js';
import {
  INSTITUTION_WORDS,
  ORG_NAME_HEADS,
  ORG_NAME_OPENING_HEADS,
  ORG_NOUNS,
  isOrgNameHead,
  type OrgClass,
} from '../lexicon/organizations.js';
import {
  CITY_FACILITIES,
  COMPASS_WORDS,
  SITE_NAME_HEADS,
  DISTANCE_UNITS,
  DIVISION_NOUNS,
  FACILITY_PLURALS,
  MOTION_WORDS,
  PLACE_NAME_HEADS,
  PLACE_NAME_OPENERS,
  PLACE_NOUNS,
  STORM_WORDS,
} from '../lexicon/places.js';
import {
  HONORIFICS,
  PORTFOLIOS,
  ROLE_BY_FORM,
  ROLE_MODIFIERS,
  type Gender,
  type RoleNoun,
} from '../lexicon/roles.js';
import {
  AUXILIARIES,
  DETERMINERS,
  MONTHS,
  NEVER_NAMES,
  NON_NAME_WORDS,
  TIME_ZONES,
  PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  SENTENCE_OPENERS,
  WEEKDAYS,
} from '../lexicon/words.js';
import type { ArticleText } from '../text/article-text.js';
import { fold } from '../text/fold.js';
import { isAcronym, tokenize, type Token } from '../text/tokens.js';
import { expansionOf } from './acronyms.js';
import type { EvidenceReason } from './evidence.js';

/** Something a role belongs to, as written before the title or after "of"/"for". */
export type OwnerRef =
  | { kind: 'gazetteer'; entry: GazetteerEntry; text: string }
  | { kind: 'name'; candidate: number }
  /** "his campaign", "the party": an owner the text does not name. */
  | { kind: 'unnamed'; text: string };

export interface RoleAttachment {
  /** The title as written, normalised ("Foreign Minister", "spokeswoman"). */
  title: string;
  role: RoleNoun;
  owner: OwnerRef | null;
}

export interface NameCandidate {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** Folded text: every occurrence with the same key shares one decision. */
  key: string;
  gazetteer?: GazetteerEntry;
  /** "the defense ministry": an institution named by its head, owned by a country or by context. */
  institution?: { head: string; ownerCountry: string | null };
  reasons: Set<EvidenceReason>;
  role?: RoleAttachment;
  gender?: Gender;
  /** A cue follows the name (perhaps after an apposition): it speaks. */
  speaks: boolean;
  /** Written inside a quotation. */
  quoted: boolean;
  /** "National Emergency Management Agency (NEMA)": the acronym the text defines for this name. */
  acronym?: string;
  /** "Iran-backed": the name is a modifier inside a compound word. */
  compound?: boolean;
  /** "Amnesty Asia": the regional branch of a known organisation, by its canonical name. */
  branch?: string;
  /** A second role: one written before the name's run when the run holds a title too. */
  otherRole?: RoleAttachment;
  /** "the Kipevu oil terminal": a facility noun follows; the facility's name as written, its kind. */
  facility?: { text: string; kind: string };
  /** "Colombia's Cauca province", "Leipzig, Germany": the country the text puts a place in. */
  countryHint?: string;
}

/** Lower-case words the corpus uses: a capitalised sentence opener among them is no name. */
/**
 * How the corpus writes each word: in lower case, or capitalised inside a sentence. A capitalised
 * word opening a sentence is a common word when the corpus writes it in lower case more often than
 * capitalised ("Military analysts say"), and a name otherwise ("Dahl said").
 */
export interface CommonWords {
  lower: ReadonlyMap<string, number>;
  capitalised: ReadonlyMap<string, number>;
}

export function commonWords(articles: readonly ArticleText[]): CommonWords {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const a of articles) {
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== 'word') continue;
      if (!w.cap) lower.set(w.lower, (lower.get(w.lower) ?? 0) + 1);
      else if (i > 0 && t[i - 1]!.kind === 'word' && a.sentenceAt[i - 1] === a.sentenceAt[i]) {
        capitalised.set(w.lower, (capitalised.get(w.lower) ?? 0) + 1);
      }
    }
  }
  return { lower, capitalised };
}

const isCommon = (common: CommonWords, lower: string) =>
  (common.lower.get(lower) ?? 0) > (common.capitalised.get(lower) ?? 0);

/** Offices whose owner is a town, a state or a province: "Riverton mayor", "Ohio governor". */
const LOCAL_OFFICES = new Set(['Mayor', 'Governor', 'Deputy Mayor', 'Lieutenant Governor', 'police chief']);

/** Classes of organisation whose ", the X said" after a sentence describes the sentence's subject. */
const SELF_REPORTING: ReadonlySet<OrgClass> = new Set([
  'company',
  'media',
  'club',
  'school',
  'group',
  'union',
  'party',
]);

const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'to', 'the', '&']);
/** Titles a portfolio word can open: "Education minister", "Health secretary". */
const PORTFOLIO_OFFICES = /^(?:minister|secretary|commissioner|director)$/i;

/** Heads after which "in PLACE" stays in the name: "UN Verification Mission in Colombia". */
const MISSION_HEADS = new Set(['Mission', 'Office', 'Embassy', 'Delegation', 'Representation', 'Consulate']);
const LOCATIVES = new Set([
  'in',
  'near',
  'outside',
  'around',
  'across',
  'into',
  'toward',
  'towards',
  'from',
  'at',
]);

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const BASED = /^\p{Lu}[\p{L}.]*-based$/u;
/** "in central X", "in downtown X": words for a part of a place, between a locative and its name. */
const PLACE_PARTS = new RegExp(
  '^(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|' +
    'south-?western|greater|old|coastal|rural|suburban|outer|inner)$',
);
/** "southwestern", "coastal": words between a country's possessive and its place's name. */
const DIRECTIONAL =
  /^(?:(?:north|south)?(?:east|west)?(?:ern)?|north|south|central|northern|southern|coastal|remote|rural|restive)$/;

export function findNames(article: ArticleText, common: CommonWords): NameCandidate[] {
  const { tokens, sentences } = article;
  const out: NameCandidate[] = [];
  const opensSentence = (i: number, sentenceStart: number) => {
    let j = i - 1;
    while (
      j >= sentenceStart &&
      (tokens[j]!.kind === 'quote' || tokens[j]!.text === '(' || tokens[j]!.kind === 'dash')
    )
      j--;
    if (j < sentenceStart) return true;
    // After a period that ends an initial ("Paul R. Pillar"), no new sentence starts.
    if (tokens[j]!.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '')) return false;
    return /^[:.!?;]$/.test(tokens[j]!.text);
  };

  /** A finite cue verb ("Says", "Warned"), not a form that is as often a noun ("Reports"). */
  const isVerbCue = (i: number) => {
    const m = CUE_FORMS.matchAt(tokens, i);
    return Boolean(m) && m!.value.forms[0] !== tokens[i]!.lower && !NOUN_LIKE_FORMS.has(tokens[i]!.lower);
  };

  /** "of", "and", "van": a connector or particle inside a name, never one in capitals ("NATO AND EU"). */
  const joinsName = (j: number) =>
    (CONNECTORS.has(tokens[j]!.lower) || NAME_PARTICLES.has(tokens[j]!.lower)) &&
    !/^\p{Lu}{2,}$/u.test(tokens[j]!.text);

  /** A word in a run of words in capitals that holds a function word: "TO USE THE MONEY WELL". */
  const inHeading = (i: number): boolean => {
    const caps = (k: number) => tokens[k]?.kind === 'word' && /^\p{Lu}{2,}$/u.test(tokens[k]!.text);
    const fn = (k: number) => NON_NAME_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'the';
    for (let k = i - 1; caps(k); k--) if (fn(k)) return true;
    for (let k = i + 1; caps(k); k++) if (fn(k)) return true;
    return false;
  };

  /** Can token i be part of a name? */
  const nameWord = (i: number, sentenceStart: number, continuing = false): boolean => {
    const t = tokens[i];
    if (!isWord(t)) return false;
    if (WEEKDAYS.has(t.text) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/.test(t.text))
      return false;
    // "10 a.m. EDT": a time zone is no name.
    if (TIME_ZONES.has(t.text)) return false;
    // "Ada May said", "Lena June": a month right after a name's word is its surname, unless a day
    // or a year follows ("in May 2016", "on May 5").
    if (
      MONTHS.has(t.text) &&
      (!continuing || tokens[i + 1]?.kind === 'number' || /^\d/.test(tokens[i + 1]?.text ?? ''))
    ) {
      return false;
    }
    if (t.cap) {
      const bare = t.text.replace(/['’].*$/, '');
      if (bare === 'I') return false;
      // "If Dahl", "Is X", "OF LIFE": a function word opens no name, inside one only a verb or
      // "not" is none ("Dahl Is Not", but "Hoi An"); in capitals, like a common word, it is in
      // none. Unless a known name starts with it; "Bank Of X" keeps its connector.
      const upper = /^\p{Lu}{2,}$/u.test(t.text);
      const connector = continuing && CONNECTORS.has(t.lower);
      const verbLike =
        (AUXILIARIES.has(t.lower) && t.lower !== 'will' && t.lower !== 'may') || t.lower === 'not';
      const titleCased = /^\p{Lu}\p{Ll}*$/u.test(t.text);
      const functionWord =
        (NON_NAME_WORDS.has(t.lower) && !connector && (upper || (titleCased && (!continuing || verbLike)))) ||
        (upper && t.lower === 'the');
      const shouted =
        upper && ((isCommon(common, t.lower) && (common.lower.get(t.lower) ?? 0) >= 3) || inHeading(i));
      if ((functionWord || shouted) && !NAMES.matchAt(tokens, i)) return false;
      if (opensSentence(i, sentenceStart)) {
        // "There's", "And", "Military analysts say", "Sometimes I'm": a capitalised common word
        // opening a sentence.
        if (SENTENCE_OPENERS.has(bare)) return false;
        const capAt = (k: number) => tokens[k]?.cap === true && tokens[k]!.kind === 'word';
        // "Bank of Norway …" is not alone: a connector joins it to the next capitalised word.
        const alone = !capAt(i + 1) && !(CONNECTORS.has(tokens[i + 1]?.lower ?? '') && capAt(i + 2));
        const singular = t.lower.replace(/(?:ies)$/, 'y').replace(/s$/, '');
        const commonNoun =
          ROLE_BY_FORM.has(t.lower) ||
          ROLE_BY_FORM.has(singular) ||
          ORG_NOUNS.has(singular) ||
          ROLE_MODIFIERS.has(t.lower);
        const usual = isCommon(common, t.lower);
        if (alone && (usual || commonNoun)) return false;
        if (
          usual &&
          (common.lower.get(t.lower) ?? 0) >= 3 &&
          !givenNameGender(t.text) &&
          !NAMES.matchAt(tokens, i)
        )
          return false;
      }
      // "Minister Says Talks Failed": in a title-case headline a cue is the verb, not a name.
      if (article.sentences[article.sentenceAt[i]!]!.titleCase && isVerbCue(i)) return false;
      // "HOW CASINOS ARE TRYING": a heading in capitals.
      if (
        /^\p{Lu}{2,}$/u.test(t.text) &&
        /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '') &&
        /^\p{Lu}{2,}$/u.test(tokens[i + 2]?.text ?? '')
      )
        return false;
      // "West said", "Mr. Black": a word that is no name alone may be a surname that speaks.
      const speaksOrTitled =
        Boolean(CUE_FORMS.matchAt(tokens, i + 1)) || HONORIFICS.has(tokens[i - 1]?.lower ?? '');
      return (
        continuing ||
        !NEVER_NAMES.has(t.text) ||
        speaksOrTitled ||
        (tokens[i + 1]?.cap === true && tokens[i + 1]!.kind === 'word')
      );
    }
    // "al-Assad", "bin Salman": lower-case particles glued to a capitalised name.
    return /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|ul)-\p{Lu}/u.test(t.text);
  };

  sentences.forEach((sentence, si) => {
    const s = sentence.tokenStart;
    const e = sentence.tokenEnd;
    for (let i = s; i < e; i++) {
      // Institutions named by a lower-case head: "Russia's defense ministry", "the air force".
      const inst = !tokens[i]!.cap ? (INSTITUTIONS.matchAt(tokens, i, e) ?? ownedInstitutionAt(i, e)) : null;
      if (inst && !nameWord(inst.end, s)) {
        const owner = ownerBefore(tokens, inst.start, s);
        if (owner || tokens[inst.start - 1]?.lower === 'the') {
          const start = owner?.tokenStart ?? inst.start;
          push(out, article, si, start, inst.end, {
            institution: { head: inst.value, ownerCountry: owner?.countryId ?? null },
          });
          i = inst.end - 1;
          continue;
        }
      }
      // "Iran-backed", "Kremlin-linked": the name before the hyphen is mentioned.
      const compound = /^(\p{Lu}[\p{L}.]*)-\p{Ll}+$/u.exec(tokens[i]!.text);
      if (compound) {
        const prefix = compound[1]!;
        const entry = NAMES.matchAt(tokenize(prefix, tokens[i]!.start), 0);
        if (entry && entry.end === 1) {
          const c = push(out, article, si, i, i + 1, { gazetteer: entry.value, compound: true });
          c.end = c.start + prefix.length;
          c.text = prefix;
        } else if (BASED.test(tokens[i]!.text)) pushBased(i, i + 1, si);
        continue;
      }
      if (!nameWord(i, s)) continue;
      // A known name written partly in lower case ("UN rights office") is taken whole.
      const known = NAMES.matchAt(tokens, i, e);
      if (known && known.end > i + 1 && !tokens[known.end - 1]!.cap && !nameWord(known.end, s)) {
        push(out, article, si, i, known.end, { gazetteer: known.value });
        i = known.end - 1;
        continue;
      }
      // A run of capitalised words, with connectors and particles between them.
      let j = i + 1;
      while (j < e) {
        if (nameWord(j, s, true) && tokens[j]!.start - tokens[j - 1]!.end <= 1) j++;
        else if (
          tokens[j]!.text === '.' &&
          /^\p{Lu}$/u.test(tokens[j - 1]!.text) &&
          j + 1 < e &&
          nameWord(j + 1, s)
        )
          j++;
        else if (joinsName(j) && nameWord(j + 1, s) && !opensSentence(j + 1, s)) j += 2;
        else if (
          NAME_PARTICLES.has(tokens[j]!.lower) &&
          NAME_PARTICLES.has(tokens[j + 1]?.lower ?? '') &&
          nameWord(j + 2, s)
        )
          j += 3;
        else if (NAME_SUFFIXES.has(tokens[j]!.text) && tokens[j - 1]!.cap) j++;
        else if (possessiveInsideName(j)) j++;
        else if (
          tokens[j]!.lower === 'in' &&
          MISSION_HEADS.has(tokens[j - 1]!.text) &&
          NAMES.matchAt(tokens, j + 1)
        )
          j += 2;
        else break;
      }
      // "a Sao Paulo-based company": the name before "-based" is a place.
      if (j > i + 1 && BASED.test(tokens[j - 1]!.text) && !known) {
        pushBased(i, j, si);
        i = j - 1;
        continue;
      }
      // A known name longer than the run ("Organization for Security and Co-operation in Europe").
      if (known && known.end > j) {
        push(out, article, si, i, known.end, { gazetteer: known.value });
        i = known.end - 1;
        continue;
      }
      // A lone capital letter is an initial or a label ("on X", "Plan B"), never a name by itself.
      if (j > i + 1 || !/^\p{Lu}\.?$/u.test(tokens[i]!.text)) analyseRun(i, j, si, s);
      i = j - 1;
    }
  });

  /** The name before "-based" in tokens [a, b): a place, the suffix cut off. */
  function pushBased(a: number, b: number, si: number) {
    const c = push(out, article, si, a, b, {});
    c.text = c.text.replace(/-based$/, '');
    c.end = c.start + c.text.length;
    c.key = fold(c.text.replace(/^the\s+/i, ''));
    c.reasons.add('basedIn');
  }

  /**
   * "Mexico's civil protection agency", "Iraq's oil ministry": one or two lower-case words and an
   * institution's head, right after a country that owns it.
   */
  function ownedInstitutionAt(i: number, e: number): { start: number; end: number; value: string } | null {
    // (The head first: most words have no institution after them, and the owner costs more to find.)
    let head = -1;
    for (let k = i + 1; k < Math.min(i + 5, e) && head < 0; k++)
      if (INSTITUTION_WORDS.has(tokens[k]!.lower)) head = k;
    if (head < 0 || !ownerBefore(tokens, i, article.sentences[article.sentenceAt[i]!]!.tokenStart))
      return null;
    // ("Spain's agriculture and fisheries ministry": joined portfolios may make it longer.)
    const portfolios = (k: number) =>
      tokens.slice(i, k).every((x) => PORTFOLIOS.has(x.lower) || x.lower === 'and');
    for (let k = i; k < Math.min(i + 5, e); k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word' || w.cap) return null;
      if (k > i && INSTITUTION_WORDS.has(w.lower) && (k < i + 3 || portfolios(k))) {
        return {
          start: i,
          end: k + 1,
          value: tokens
            .slice(i, k + 1)
            .map((x) => x.lower)
            .join(' '),
        };
      }
    }
    return null;
  }

  /**
   * "Dockers' Union", "People's Defence Force", "Royal Children's Hospital": a possessive inside an
   * organisation's name (the words after it end in a head), not an owner ("Ukraine's Defense Minister").
   */
  function possessiveInsideName(j: number): boolean {
    const t = tokens[j]!;
    if (t.kind !== 'possessive') return false;
    const before = tokens[j - 1]!;
    if (!before.cap || NAMES.matchAt(tokens, j - 1, j)) return false;
    // "Prime Minister's Office", "Attorney General's Office": an office named after its holder.
    const holder =
      ROLE_BY_FORM.has(before.lower) &&
      /^(?:Office|Department|Bureau|Secretariat|Cabinet)$/.test(tokens[j + 1]?.text ?? '');
    if (!holder && !/s$/.test(before.text) && !/^(?:People|Children)$|men$/.test(before.text)) return false;
    // Capitalised words up to the head; "Pensioners' and Workers' Alliance" joins two possessives.
    let k = j + 1;
    while (
      tokens[k] &&
      ((tokens[k]!.kind === 'word' && tokens[k]!.cap) ||
        tokens[k]!.kind === 'possessive' ||
        (tokens[k]!.lower === 'and' && tokens[k + 1]?.cap))
    )
      k++;
    return k > j + 1 && isOrgNameHead(tokens[k - 1]!.text);
  }

  /** Split a run into owner, title and name, and record each piece with its evidence. */
  /**
   * "Democrat Ada Lind", "Crooked Ada", "Hammering Lind", "Secretary of State Ada Lind" (whose
   * "State" is left over): a word describing the person before their name is no part of it. The
   * word is a party or faith word, a verb form in -ing/-ed, or a word the corpus writes in lower
   * case; what follows must read as a person's name: a given name first, or (after a party word or
   * a verb form) one word the corpus does not write in lower case. Never a given name itself
   * ("Rose Ada Lind"), a title (titles are read below), or the start of a gazetteer name.
   */
  function describesName(a: number, b: number): boolean {
    if (b - a < 2) return false;
    const w = tokens[a]!;
    const next = tokens[a + 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || givenNameGender(w.text) || ROLE_BY_FORM.has(w.lower))
      return false;
    const affiliation = AFFILIATION_WORDS.has(w.text);
    const verbForm = w.text.length >= 6 && /(?:ing|ed)$/.test(w.lower);
    const lowerWord = isCommon(common, w.lower) && (common.lower.get(w.lower) ?? 0) >= 2;
    if (!affiliation && !verbForm && !lowerWord) return false;
    if (NAMES.matchAt(tokens, a, b) || titleAt(a, b)) return false;
    if (givenNameGender(next.text) && next.cap && /\p{Ll}/u.test(next.text)) return true;
    return (
      b - a === 2 &&
      (affiliation || verbForm) &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !(common.lower.get(next.lower) ?? 0) &&
      !ORG_NAME_HEADS.has(next.text) &&
      !PLACE_NAME_HEADS.has(next.text) &&
      !NAMES.matchAt(tokens, a + 1, b)
    );
  }

  function analyseRun(a: number, b: number, si: number, sentenceStart: number) {
    for (const [x, y] of splitRun(tokens, a, b)) analysePiece(x, y, si, sentenceStart);
  }

  function analysePiece(a: number, b: number, si: number, sentenceStart: number) {
    if (describesName(a, b)) {
      analysePiece(a + 1, b, si, sentenceStart);
      return;
    }
    // "Rival Korvex said": a class noun opening the sentence, capitalised only for being first.
    // ("Committee Chairman NAME": a title after it makes the noun the title's owner.)
    const classNoun = ORG_NOUNS.has(tokens[a]!.lower) && !ROLE_BY_FORM.has(tokens[a]!.lower);
    if (
      b - a > 1 &&
      opensSentence(a, sentenceStart) &&
      classNoun &&
      tokens[a + 1]!.cap &&
      !titleAt(a + 1, b)
    ) {
      const c = push(out, article, si, a + 1, b, {});
      // ("Rival Mara Quill said": a given name after it makes it a person's rival, not a company's.)
      if (!givenNameGender(tokens[a + 1]!.text) || b - a < 3) c.reasons.add('classNounBefore');
      contextEvidence(c, sentenceStart, false);
      return;
    }
    // "Argentina's Senate": a government body right after its country's possessive.
    if (tokens[a - 1]?.kind === 'possessive' && isGovernmentInstitution(a, b)) {
      const owner = lastCandidateEndingAt(a - 1);
      if (owner?.kind === 'gazetteer' && (owner.entry.type === 'country' || owner.entry.type === 'capital')) {
        push(out, article, si, a, b, {
          institution: { head: fold(textOf(a, b)), ownerCountry: owner.entry.countryId },
        });
        return;
      }
    }
    // "Bank Indonesia", "Air Moldova": an organisation's head word, then a country's name.
    const after = NAMES.matchAt(tokens, a + 1, b);
    if (ORG_NAME_OPENING_HEADS.has(tokens[a]!.text) && after?.value.type === 'country' && after.end === b) {
      const c = push(out, article, si, a, b, {});
      c.reasons.add('organizationHead');
      return;
    }
    // The whole piece is a gazetteer name.
    const whole = NAMES.matchAt(tokens, a, b);
    if (whole && whole.end === b) {
      pushGazetteer(a, b, si, whole.value);
      return;
    }
    // A leading gazetteer name (owner or demonym), then a title, an institution or a name.
    let owner: OwnerRef | null = null;
    let at = a;
    if (
      whole?.value.type === 'organization' &&
      NAMES.matchAt(tokens, whole.end, b)?.value.type === 'region' &&
      NAMES.matchAt(tokens, whole.end, b)!.end === b
    ) {
      // "Greenpeace Africa": a known organisation's regional branch is one of its own.
      const org = (whole.value as { org: { name: string } }).org;
      push(out, article, si, a, b, { branch: `${org.name} ${textOf(whole.end, b)}` });
      return;
    }
    if (whole) {
      const restIsName = !titleAt(whole.end, b) && !endsWithHead(whole.end, b);
      if ((whole.value.type === 'capital' || whole.value.type === 'region') && restIsName) {
        // "Sofia Marchetti", "Georgia Tech": a capital or a region opening a longer name.
        at = a;
      } else if (
        (whole.value.type === 'capital' || whole.value.type === 'region') &&
        endsWithHead(whole.end, b, ORG_NAME_HEADS) &&
        !titleAt(whole.end, b)
      ) {
        // "Georgetown University", "Islamabad Policy Institute": a place opening an organisation's name.
        const c = push(out, article, si, a, b, {});
        c.reasons.add('organizationHead');
        contextEvidence(c, sentenceStart, false);
        return;
      } else if (
        (whole.value.type === 'demonym' || whole.value.type === 'country') &&
        orgShaped(whole.end, b) &&
        !titleAt(whole.end, b)
      ) {
        const owner = whole.value.countryId;
        // "Russian Defense Ministry", "US Commerce Department" are a country's institutions;
        // "Ghana Police Service", with the country's name, is a proper name as written.
        const adjectival =
          whole.value.type === 'demonym' || /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(tokens[a]!.text);
        if (adjectival && isGovernmentInstitution(whole.end, b)) {
          // "Russian Defense Ministry", "US Commerce Department": a country's own institution.
          const c = push(out, article, si, a, b, {
            institution: { head: fold(textOf(whole.end, b)), ownerCountry: owner },
          });
          c.reasons.add('organizationHead');
          return;
        }
        if (/^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(tokens[a]!.text) && whole.end === a + 1) {
          // "US National Hurricane Center": an abbreviated country before a name of its own.
          pushGazetteer(a, whole.end, si, whole.value);
          const c = push(out, article, si, whole.end, b, {});
          c.reasons.add('organizationHead');
          contextEvidence(c, sentenceStart, false);
          return;
        }
        // "Kenya Wildlife Service", "American Civil Liberties Union": the country is part of the name.
        const c = push(out, article, si, a, b, {});
        c.reasons.add('organizationHead');
        contextEvidence(c, sentenceStart, false);
        return;
      } else if (
        whole.value.type === 'organization' &&
        !titleAt(whole.end, b) &&
        !titleWithin(whole.end, b) &&
        !givenNameGender(tokens[whole.end]!.text)
      ) {
        // "Bloomberg Politics", "Reuters Institute": a known organisation's name opening a longer one.
        const c = push(out, article, si, a, b, {});
        c.reasons.add('organizationHead');
        contextEvidence(c, sentenceStart, false);
        return;
      } else {
        owner = { kind: 'gazetteer', entry: whole.value, text: textOf(a, whole.end) };
        pushGazetteer(a, whole.end, si, whole.value);
        at = whole.end;
      }
    }
    // Honorifics and titles.
    let gender: Gender | undefined;
    const honorific = HONORIFICS.get(tokens[at]!.lower);
    if (honorific !== undefined && at + 1 < b) {
      if (honorific) gender = honorific;
      at++;
    }
    let role: RoleAttachment | undefined;
    // The title may follow its owner inside the run: "Senate Majority Leader NAME",
    // "Bank of Korea Governor NAME" (the words before the title own it).
    let titleStart = at;
    let title = titleAt(at, b);
    // "secretary of State NAME": a title written in lower case up to its last word, which opens the run.
    const lowerTitle =
      at === a && tokens[a - 1]?.lower === 'of' ? ROLES.matchAt(tokens, a - 2, b) : undefined;
    if (!title && lowerTitle && lowerTitle.end > a) {
      title = { text: textOf(a - 2, lowerTitle.end), role: lowerTitle.value, end: lowerTitle.end };
    }
    for (let p = at + 1; !isTitleBeforeName(title, b) && p < b - 1 && honorific === undefined; p++) {
      const found = titleAt(p, b);
      if (isTitleBeforeName(found, b)) {
        title = found;
        titleStart = p;
      }
    }
    if (title && !owner && titleStart === a && tokens[a - 1]?.kind === 'possessive') {
      // "Ukraine's Defense Minister NAME": the possessive owns the title.
      owner = lastCandidateEndingAt(a - 1);
    }
    const portfolioTitle = title && PORTFOLIO_OFFICES.test(tokens[title.end - 1]!.text);
    if (
      isTitleBeforeName(title, b) &&
      titleStart > at &&
      !owner &&
      portfolioTitle &&
      portfolioWords(at, titleStart)
    ) {
      // "Emergency Preparedness Minister NAME": capitalised words before an office are its portfolio.
      title = { ...title, text: textOf(at, title.end) };
      titleStart = at;
    }
    if (isTitleBeforeName(title, b)) {
      // ("Committee Chairman NAME" opening a sentence: a class noun alone owns nothing we can name.)
      const bareClassNoun =
        titleStart === at + 1 &&
        opensSentence(at, sentenceStart) &&
        ORG_NOUNS.has(tokens[at]!.lower) &&
        !INSTITUTION_WORDS.has(tokens[at]!.lower);
      if (titleStart > at && !owner && !bareClassNoun) {
        const c = analyseOwner(at, titleStart, si, sentenceStart);
        owner = { kind: 'name', candidate: c };
      }
      role = { title: title.text, role: title.role, owner };
      if (title.role.gender) gender = title.role.gender;
      at = title.end;
      // "Committee Chairman Rep. NAME", "Majority Leader Sen. NAME": a second title or an honorific.
      for (;;) {
        const second = titleAt(at, b);
        if (HONORIFICS.has(tokens[at]!.lower) && at + 1 < b) at++;
        else if (isTitleBeforeName(second, b)) at = second.end;
        else break;
      }
    } else if (at > a && honorific === undefined && !owner) {
      at = a;
    }
    if (at >= b) return;
    const c = push(out, article, si, at, b, {});
    if (honorific !== undefined) c.reasons.add('honorific');
    if (gender) c.gender = gender;
    if (role) {
      c.role = role;
      c.reasons.add('titleBefore');
      // "Israeli military spokesperson Brig. Gen. NAME": the role written before the run too.
      const before = roleEndingAt(a);
      if (before && before.role.title !== role.role.title)
        c.otherRole = { title: before.text, role: before.role, owner: before.owner };
    }
    contextEvidence(c, sentenceStart, at === a && !role && honorific === undefined);
  }

  function analyseOwner(a: number, b: number, si: number, sentenceStart: number): number {
    const whole = NAMES.matchAt(tokens, a, b);
    if (whole && whole.end === b) pushGazetteer(a, b, si, whole.value);
    else {
      const c = push(out, article, si, a, b, {});
      contextEvidence(c, sentenceStart, false);
      const title = titleAt(b, b + 4);
      c.reasons.add(title && LOCAL_OFFICES.has(title.role.title) ? 'placeNoun' : 'roleOwner');
    }
    return out.length - 1;
  }

  function pushGazetteer(a: number, b: number, si: number, entry: GazetteerEntry) {
    const c = push(out, article, si, a, b, { gazetteer: entry });
    // "in Kyiv" is the place; "from Kyiv's allies" is the government again.
    // "in Kyiv", "to Kampala and Kigali", "the capital, Khartoum", "Tallinn, Estonia": the city.
    const country = tokens[b]?.text === ',' ? NAMES.matchAt(tokens, b + 1) : null;
    const closes = !tokens[country?.end ?? 0] || tokens[country?.end ?? 0]!.kind === 'punct';
    const countryAfter = country?.value.type === 'country' && closes;
    // ("Lisbon airport": a capital's port or airport is the city.)
    const cityFacility = CITY_FACILITIES.has(FACILITIES.matchAt(tokens, b)?.value ?? '');
    const asPlace =
      isLocative(a) ||
      isLocative(listStart(a)) ||
      placeApposedBefore(a, b) ||
      countryAfter ||
      citiesOfFacilities(a, b) ||
      cityFacility;
    if (entry.type === 'capital' && asPlace && tokens[b]?.kind !== 'possessive')
      c.reasons.add('capitalAsPlace');
    return c;
  }

  /** A title followed, inside the run, by a name (not by an organisation's head: "General Motors"). */
  function isTitleBeforeName(
    title: { end: number } | null,
    limit: number,
  ): title is { text: string; role: RoleNoun; end: number } {
    if (!title) return false;
    const next = tokens[title.end];
    // ("Martin Luther King Jr.": a suffix after the word makes it a surname, not a title.)
    const suffix = NAME_SUFFIXES.has(next?.text ?? '');
    return Boolean(
      next &&
        next.kind === 'word' &&
        next.cap &&
        !ORG_NAME_HEADS.has(next.text) &&
        !suffix &&
        title.end < limit,
    );
  }

  /** A title before a name somewhere in [i, limit): "… Commission Chairperson NAME". */
  function titleWithin(i: number, limit: number): boolean {
    for (let p = i; p < limit - 1; p++) if (isTitleBeforeName(titleAt(p, limit), limit)) return true;
    return false;
  }

  /** The title starting at token i (inside a run), if any: a role noun, or a portfolio and its office. */
  function titleAt(i: number, limit: number): { text: string; role: RoleNoun; end: number } | null {
    let k = i;
    while (
      k < limit &&
      ROLE_MODIFIERS.has(tokens[k]!.lower) &&
      (ROLES.matchAt(tokens, k + 1, limit) || ROLE_MODIFIERS.has(tokens[k + 1]?.lower ?? ''))
    )
      k++;
    if (PORTFOLIOS.has(tokens[k]?.lower ?? '') && k + 1 < limit) {
      const office = ROLE_BY_FORM.get(tokens[k + 1]!.lower);
      if (office && /^(?:minister|secretary|director|commissioner|chief)$/.test(tokens[k + 1]!.lower)) {
        return { text: textOf(i, k + 2), role: office, end: k + 2 };
      }
    }
    const m = ROLES.matchAt(tokens, k, limit);
    if (!m) return null;
    return { text: textOf(i, m.end), role: m.value, end: m.end };
  }

  /** Words that name a portfolio, not an owner: no gazetteer name, no organisation head among them. */
  function portfolioWords(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const w = tokens[k]!;
      if (!w.cap || ORG_NAME_HEADS.has(w.text) || NAMES.matchAt(tokens, k, b)) return false;
    }
    return true;
  }

  /** An organisation's name: it ends in a head, or a head is joined by "of"/"for" ("Bank of X"). */
  function orgShaped(a: number, b: number): boolean {
    if (endsWithHead(a, b)) return true;
    for (let k = a; k < b - 1; k++)
      if (ORG_NAME_HEADS.has(tokens[k]!.text) && /^(?:of|for|to|on)$/.test(tokens[k + 1]!.text)) return true;
    return false;
  }

  /** "Defense Ministry", "Commerce Department", "Army", "Ministry of Justice": portfolios and a head. */
  function isGovernmentInstitution(a: number, b: number): boolean {
    // "Ministry of Justice", "Department of Agriculture and Fisheries".
    if (b - a >= 3 && INSTITUTION_WORDS.has(tokens[a]!.lower) && tokens[a + 1]!.lower === 'of') {
      return tokens.slice(a + 2, b).every((w) => PORTFOLIOS.has(w.lower) || w.lower === 'and');
    }
    if (!INSTITUTION_WORDS.has(tokens[b - 1]!.lower)) return false;
    for (let k = a; k < b - 1; k++)
      if (!PORTFOLIOS.has(tokens[k]!.lower) && !INSTITUTION_WORDS.has(tokens[k]!.lower)) return false;
    return true;
  }

  function endsWithHead(a: number, b: number, heads: ReadonlySet<string> = ORG_NAME_HEADS): boolean {
    return b > a && heads.has(tokens[b - 1]!.text);
  }

  function textOf(a: number, b: number) {
    return article.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  }

  function isLocative(a: number): boolean {
    let j = a - 1;
    // "in central Tbilisi", "in the northern Ostrena": a part of the place is still the place.
    while (j > 0 && tokens[j]!.kind === 'word' && !tokens[j]!.cap && PLACE_PARTS.test(tokens[j]!.lower)) j--;
    if (tokens[j]?.lower === 'the') j--;
    if (tokens[j]?.lower === 'to') return isDestination(j);
    // "50 km north of Kyiv": where, not who.
    if (tokens[j]?.lower === 'of' && COMPASS_WORDS.has(tokens[j - 1]?.lower ?? '')) return true;
    return LOCATIVES.has(tokens[j]?.lower ?? '') && tokens[j]!.lower !== 'at';
  }

  /** "to" at token j names where someone goes: after a word of travel, or in "from X to Y". */
  function isDestination(j: number): boolean {
    const from = Math.max(article.sentences[article.sentenceAt[j]!]!.tokenStart, j - 8);
    for (let k = j - 1; k >= from; k--) {
      const w = tokens[k]!;
      if (w.kind === 'punct' && w.text !== ',') return false;
      if (MOTION_WORDS.has(w.lower) || (w.lower === 'from' && k < j - 1)) return true;
    }
    return false;
  }

  /**
   * The first token of the list a name ends ("Morogoro, Pwani and Lindi", "Kampala and Kigali"):
   * what stands before a list is said of every name in it. The name's own start when in no list.
   */
  function listStart(a: number): number {
    let start = a;
    let joined = false;
    for (let k = a; k > 0; ) {
      const sep = tokens[k - 1]!;
      const and = sep.lower === 'and' || sep.lower === 'or';
      if (!and && (sep.text !== ',' || !(joined || listGoesOn(a)))) break;
      let r = k - 2;
      if (!tokens[r]?.cap || tokens[r]!.kind !== 'word') break;
      while (r > 0 && tokens[r - 1]!.cap && tokens[r - 1]!.kind === 'word') r--;
      start = r;
      k = r;
      joined = true;
    }
    return start;
  }

  /** A name followed by ", Name … and Name": a middle item of a list. */
  function listGoesOn(a: number): boolean {
    const end = listEnd(a);
    for (let k = a; k < end; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') return true;
    return false;
  }

  /** The token after the list a name (starting at a) opens or continues. */
  function listEnd(a: number): number {
    let k = a;
    while (tokens[k]?.cap && tokens[k]!.kind === 'word') k++;
    for (let items = 0; items < 6; items++) {
      let n = k;
      if (tokens[n]?.text === ',') n++;
      if (tokens[n]?.lower === 'and' || tokens[n]?.lower === 'or') n++;
      if (n === k || !tokens[n]?.cap || tokens[n]!.kind !== 'word' || CUE_FORMS.matchAt(tokens, n)) break;
      while (tokens[n]?.cap && tokens[n]!.kind === 'word') n++;
      k = n;
    }
    return k;
  }

  /** "at Lisbon and Porto airports": the cities of a list before a plural facility noun. */
  function citiesOfFacilities(a: number, b: number): boolean {
    const end = listEnd(a);
    const after = tokens[end];
    const inList = end > b || listStart(a) < a;
    return inList && after?.kind === 'word' && !after.cap && FACILITY_PLURALS.has(after.lower);
  }

  /** "Tandiari, about 40 km east of …": a distance and a direction from somewhere else. */
  function distanceAfter(b: number): boolean {
    if (tokens[b]?.text !== ',') return false;
    let k = b + 1;
    if (/^(?:about|some|around|nearly|roughly|almost|just|over)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.kind !== 'number') return false;
    k++;
    if (!DISTANCE_UNITS.has(tokens[k]?.lower ?? '')) return false;
    k++;
    return COMPASS_WORDS.has(tokens[k]?.lower ?? '') || /^(?:from|outside)$/.test(tokens[k]?.lower ?? '');
  }

  /** "Russia's Rostov region", "in Colombia's southwestern Cauca province": the owning country. */
  function countryBefore(a: number): string | null {
    let k = a - 1;
    while (k > 0 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && DIRECTIONAL.test(tokens[k]!.lower)) k--;
    if (tokens[k]?.kind !== 'possessive') return null;
    const owner = lastCandidateEndingAt(k);
    return owner?.kind === 'gazetteer' && owner.entry.type === 'country' ? owner.entry.countryId : null;
  }

  /** ", the company said": a determiner, a class noun and a cue. */
  function trailingSource(i: number): boolean {
    if (!DETERMINERS.has(tokens[i]?.lower ?? '')) return false;
    for (let k = i + 1; k < i + 5 && tokens[k]; k++) if (CUE_FORMS.matchAt(tokens, k)) return true;
    return false;
  }

  /** "the capital, Khartoum.": the name in apposition to a place noun before it. */
  function placeApposedBefore(a: number, b: number): boolean {
    const noun = tokens[a - 2];
    if (tokens[a - 1]?.text !== ',' || !noun || noun.cap || !PLACE_NOUNS.has(noun.lower)) return false;
    if (!DETERMINERS.has(tokens[a - 3]?.lower ?? '') && tokens[a - 3]?.kind !== 'possessive') return false;
    const next = tokens[b];
    return !next || next.kind === 'punct' || /^(?:and|in|on|where|which)$/.test(next.lower);
  }

  /** "Karnataka, the state whose capital is …": a place noun in apposition after the name. */
  function placeApposedAfter(b: number): boolean {
    if (tokens[b]?.text !== ',' || !DETERMINERS.has(tokens[b + 1]?.lower ?? '')) return false;
    for (let k = b + 2; k < b + 5 && tokens[k]; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word' || w.cap) return false;
      if (PLACE_NOUNS.has(w.lower)) {
        return /^(?:,|\.|whose|where|of|in|which|that|on)$/.test(tokens[k + 1]?.lower ?? '.');
      }
    }
    return false;
  }

  /** The words around a name: what they say about it. */
  function contextEvidence(c: NameCandidate, sentenceStart: number, bare: boolean) {
    const a = c.tokenStart;
    const b = c.tokenEnd;
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const prev = tokens[a - 1];
    const next = tokens[b];
    const n = b - a;
    if (STORM_WORDS.has(first.text) && n > 1) c.reasons.add('storm');
    if (isOrgNameHead(last.text) && n > 1) c.reasons.add('organizationHead');
    // "Committee to Protect Journalists", "Bank of Korea": a head before a connector inside the name.
    for (let k = a; k < b - 1; k++) {
      if (ORG_NAME_HEADS.has(tokens[k]!.text) && /^(?:of|for|to|on|and)$/.test(tokens[k + 1]!.text))
        c.reasons.add('organizationHead');
    }
    if (PLACE_NAME_HEADS.has(last.text) && n > 1) c.reasons.add('placeHead');
    if (SITE_NAME_HEADS.has(last.text) && n > 1) c.reasons.add('siteHead');
    if (DOCUMENT_NAME_HEADS.has(last.text) && n > 1) c.reasons.add('documentHead');
    if (PLACE_NAME_OPENERS.has(first.text) && n > 1) c.reasons.add('placeHead');
    if (ORG_NAME_OPENING_HEADS.has(first.text) && n > 1) c.reasons.add('organizationHead');
    if (n === 1 && isAcronym(first)) c.reasons.add('acronym');
    // "MarAfrica", "PayPal": a capital inside a word makes a brand ("McDonald", "DeSantis" excepted).
    if (
      tokens
        .slice(a, b)
        .some(
          (w) =>
            w.kind === 'word' &&
            /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(w.text) &&
            !/^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O)\p{Lu}/u.test(w.text),
        )
    ) {
      c.reasons.add('innerCapital');
    }
    // "the Freedom and Progress party", "the Civic Renewal movement": a political group's noun after it.
    if (
      next?.kind === 'word' &&
      !next.cap &&
      /^(?:party|movement|alliance|coalition|bloc)$/.test(next.lower) &&
      !givenNameGender(first.text)
    ) {
      c.reasons.add('classNounAfter');
    }
    // "TAP Air Portugal", "BBC World Service": a word in capitals inside a name (not initials).
    if (
      n > 1 &&
      tokens
        .slice(a, b)
        .some(
          (w) => isAcronym(w) && !w.text.includes('.') && w.text.length >= 2 && !NAME_SUFFIXES.has(w.text),
        )
    )
      c.reasons.add('acronymInside');
    const adjectival = /(?:an|ian|ese|ish|ic|i)$/.test(first.text) || isAcronym(first);
    // ("in Mumbai after the ruling": a preposition or a conjunction after it modifies nothing.)
    const functionWord =
      next?.kind === 'word' && (PREPOSITIONS.has(next.lower) || /^(?:and|or|but)$/.test(next.lower));
    if (
      n === 1 &&
      adjectival &&
      next?.kind === 'word' &&
      !next.cap &&
      !CUE_FORMS.matchAt(tokens, b) &&
      !AUXILIARIES.has(next.lower) &&
      !functionWord &&
      !(DIVISION_NOUNS.has(next.lower) && tokens[b + 1]?.lower !== 'of')
    ) {
      c.reasons.add('adjective');
    }
    if (givenNameGender(first.text) && !isAcronym(first) && (n > 1 || !opensSentence(a, sentenceStart)))
      c.reasons.add('givenName');
    // "the Wyoming Republican", "Jewish": a description by affiliation, faith or origin.
    if (AFFILIATION_WORDS.has(last.text) && NAMES.matchAt(tokens, a, b)?.end !== b)
      c.reasons.add('affiliation');
    // "the Great Recession", "the Agreement": words the corpus writes in lower case, every one.
    const everyCommon = tokens
      .slice(a, b)
      .every((w) => w.kind === 'word' && isCommon(common, w.lower) && (common.lower.get(w.lower) ?? 0) >= 3);
    if (everyCommon && !givenNameGender(first.text)) c.reasons.add('commonWordsOnly');
    // "the HP Way", "Purple Heart": a common word inside makes a bare name shape no person's name.
    if (
      n > 1 &&
      tokens
        .slice(a + 1, b)
        .some((w) => w.kind === 'word' && isCommon(common, w.lower) && (common.lower.get(w.lower) ?? 0) >= 3)
    ) {
      c.reasons.add('commonWordInside');
    }
    const knownAs = next?.text === ',' && tokens[b + 1]?.lower === 'known' && tokens[b + 2]?.lower === 'as';
    const acronymAt = knownAs ? (tokens[b + 3]?.lower === 'the' ? b + 4 : b + 3) : b + 1;
    if (
      ((next?.text === '(' && tokens[b + 2]?.text === ')') || knownAs) &&
      tokens[acronymAt] &&
      isAcronym(tokens[acronymAt]!)
    ) {
      const acronym = tokens[acronymAt]!.text;
      if (expansionOf(c.text, acronym) === c.text) {
        c.acronym = acronym;
        c.reasons.add('acronym');
      }
    }
    // Before the name.
    if (bare && prev) {
      const role = roleEndingAt(a);
      if (role) {
        c.role = { title: role.text, role: role.role, owner: role.owner };
        c.reasons.add('titleBefore');
        if (role.role.gender) c.gender = role.role.gender;
      } else if (ORG_NOUNS.has(prev.lower) && !prev.cap) {
        c.reasons.add('classNounBefore');
      } else if (
        prev.text === ',' &&
        ORG_NOUNS.has(tokens[a - 2]?.lower ?? '') &&
        !tokens[a - 2]!.cap &&
        endsApposition(b)
      ) {
        // "The largest platform, Zestro, declined": a name in apposition to a class noun.
        c.reasons.add('classNounBefore');
      } else if (prev.lower === 'the' && !prev.cap) {
        c.reasons.add('definiteArticle');
        // "the Harbour Free Press reported", "(the Harbour Post)": "the" before a whole noun phrase,
        // no modifier of a noun after it ("the Tull campaign").
        const ends = !next || (next.kind !== 'word' && next.kind !== 'number') || next.cap;
        if (ends || speaksAfter(b)) c.reasons.add('definiteArticleWhole');
      }
      // "the Denver Nuggets", "The Harbour Rangers": "the" and a plural last word make a team or a
      // group, never one person.
      if (prev.lower === 'the' && n > 1 && /\p{Ll}[^su]s$/u.test(last.text) && !givenNameGender(first.text)) {
        c.reasons.add('pluralAfterArticle');
      }
      // What stands before a list is said of each name in it: "in Iwate and Miyagi".
      const listFrom = listStart(a);
      if (isLocative(a) || isLocative(listFrom)) c.reasons.add('locative');
      if (/^(?:at|with)$/.test(prev.lower) && ROLE_BY_FORM.has(tokens[a - 2]?.lower ?? ''))
        c.reasons.add('workplace');
      const ofPlaceNoun =
        tokens[listFrom - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[listFrom - 2]?.lower ?? '');
      if (ofPlaceNoun) c.reasons.add('placeNoun');
      if (placeApposedBefore(a, b)) c.reasons.add('placeNoun');
    }
    // "Norvik is cutting jobs, the company said": the sentence's subject is what the description names.
    // ("Dock workers walked out, the union said": a word before a lower-case noun only modifies it.)
    const modifier =
      next?.kind === 'word' &&
      !next.cap &&
      !speaksAfter(b) &&
      !AUXILIARIES.has(next.lower) &&
      !/(?:ed|s)$/.test(next.lower);
    // ("Dock workers in Oslo walked", "Port workers have …": a plural noun, then its clause.)
    const then = tokens[b + 1];
    const clauseAfter =
      then?.kind === 'word' &&
      (PREPOSITIONS.has(then.lower) || AUXILIARIES.has(then.lower) || /ed$/.test(then.lower));
    const nounAfter =
      next?.kind === 'word' &&
      !next.cap &&
      /[^s]s$/.test(next.lower) &&
      !AUXILIARIES.has(next.lower) &&
      clauseAfter;
    if (
      n === 1 &&
      opensSentence(a, sentenceStart) &&
      !modifier &&
      !nounAfter &&
      describedLaterAsOrganization(b)
    ) {
      c.reasons.add('appositionOrganization');
    }
    // After the name.
    if (next) {
      // "Cauca province", "the Morogoro, Pwani and Lindi regions".
      const end = listEnd(a);
      const after = tokens[end];
      // ("the Andean region of Arequipa": an adjective before the noun, the region named after it.)
      const describes = n === 1 && /(?:an|ese|ish|ic)$/.test(first.text) && tokens[end + 1]?.lower === 'of';
      const division = after?.kind === 'word' && !after.cap && DIVISION_NOUNS.has(after.lower) && !describes;
      if (division) c.reasons.add('divisionNoun');
      if (citiesOfFacilities(a, b)) c.reasons.add('placeNoun');
      if (distanceAfter(b)) c.reasons.add('placeNoun');
      c.countryHint ??= countryBefore(a) ?? undefined;
      // "the Kipevu oil terminal": a facility, named with its noun (classify.ts decides it).
      const facility = !next.cap ? FACILITIES.matchAt(tokens, b) : null;
      if (facility && !nameWord(facility.end, sentenceStart)) {
        c.facility = { text: textOf(a, facility.end).replace(/^the\s+/i, ''), kind: facility.value };
      }
      if (placeApposedAfter(b)) c.reasons.add('placeNoun');
      if (next.text === ',') {
        const after = tokens[b + 1];
        const apposition = appositionAt(b + 1, sentenceStart);
        // ("in Leipzig, the company said": a source after the clause, no apposition.)
        if (apposition === 'organization') {
          if (!isLocative(a) || !trailingSource(b + 1)) c.reasons.add('appositionOrganization');
        } else if (apposition) {
          c.reasons.add('appositionRole');
          if (!c.role) c.role = apposition;
          if (apposition.role.gender) c.gender = apposition.role.gender;
        } else if (after?.lower === 'who') c.reasons.add('relativeWho');
        else if (after?.lower === 'which') c.reasons.add('relativeWhich');
        else if (
          after &&
          (NAMES.matchAt(tokens, b + 1)?.value.type === 'country' ||
            NAMES.matchAt(tokens, b + 1)?.value.type === 'region')
        ) {
          const m = NAMES.matchAt(tokens, b + 1)!;
          const afterMatch = tokens[m.end];
          if (!afterMatch || afterMatch.kind === 'punct' || afterMatch.kind === 'dash') {
            c.reasons.add('placeBeforeCountry');
            if (m.value.type === 'country') c.countryHint = m.value.countryId;
          }
        }
      }
      // "Palmeiras striker NAME", "Stein spokeswoman NAME": the name owns the role of the next name.
      if (!next.cap && n <= 4) {
        const role = ROLES.matchAt(tokens, b);
        if (
          role &&
          role.value.category !== 'standing' &&
          role.value.category !== 'family' &&
          nameStartsAt(role.end)
        ) {
          // "Riverton mayor NAME": a town; "Palmeiras striker NAME": a club; "Education minister
          // NAME": a portfolio, part of the title, no owner.
          const portfolio =
            tokens.slice(a, b).every((w) => PORTFOLIOS.has(w.lower)) &&
            PORTFOLIO_OFFICES.test(role.value.title);
          c.reasons.add(
            portfolio ? 'portfolio' : LOCAL_OFFICES.has(role.value.title) ? 'placeNoun' : 'roleOwner',
          );
        }
      }
      // "according to NAME" with nothing after the name: a source, like "NAME said".
      const accordingTo =
        prev?.lower === 'to' && tokens[a - 2]?.lower === 'according' && (!next || next.kind === 'punct');
      c.speaks = speaksAfter(b) || accordingTo;
    }
  }

  /** ", the Finnish carmaker said" later in the sentence: a class noun that speaks for the subject. */
  function describedLaterAsOrganization(from: number): boolean {
    // (A name may end the text: its own sentence is the one of its last token.)
    const end = article.sentences[article.sentenceAt[from - 1]!]!.tokenEnd;
    for (let k = from; k < end - 2; k++) {
      if (tokens[k]!.text !== ',' || tokens[k + 1]!.lower !== 'the') continue;
      for (let h = k + 2; h < Math.min(k + 5, end); h++) {
        // ("…, the company said" describes the subject; "Turnout rose, the commission said" does not:
        // a public body reports on things other than itself.)
        const cls = ORG_NOUNS.get(tokens[h]!.lower);
        if (cls && SELF_REPORTING.has(cls) && CUE_FORMS.matchAt(tokens, h + 1, end)) return true;
      }
    }
    return false;
  }

  /** A lower-case role phrase that ends right before token a ("spokeswoman", "campaign manager"). */
  function roleEndingAt(a: number): { text: string; role: RoleNoun; owner: OwnerRef | null } | null {
    for (let k = Math.max(0, a - 4); k < a; k++) {
      if (tokens[k]!.cap && !ROLE_BY_FORM.has(tokens[k]!.lower)) continue;
      const m = ROLES.matchAt(tokens, k, a);
      if (!m || m.end !== a) continue;
      let from = k;
      // ("Education minister NAME": the portfolio belongs to the title.)
      while (
        PORTFOLIO_OFFICES.test(m.value.title) &&
        from > 0 &&
        tokens[from - 1]!.cap &&
        PORTFOLIOS.has(tokens[from - 1]!.lower)
      )
        from--;
      const start = from;
      while (ROLE_MODIFIERS.has(tokens[from - 1]?.lower ?? '')) from--;
      // The role's owner right before it: a name, a country, or a possessive.
      let ownerEnd = from;
      if (tokens[ownerEnd - 1]?.kind === 'possessive') ownerEnd--;
      const owner = ownerEnd > 0 ? lastCandidateEndingAt(ownerEnd) : null;
      const profession = m.value.category === 'profession' || m.value.category === 'standing';
      const ownerIsCountry =
        owner?.kind === 'gazetteer' && (owner.entry.type === 'country' || owner.entry.type === 'demonym');
      return { text: textOf(start, a), role: m.value, owner: profession && ownerIsCountry ? null : owner };
    }
    return null;
  }

  /** The candidate already found that ends at token `end`, as an owner reference. */
  function lastCandidateEndingAt(end: number): OwnerRef | null {
    for (let k = out.length - 1; k >= 0 && k >= out.length - 6; k--) {
      const c = out[k]!;
      if (c.tokenEnd !== end) continue;
      return c.gazetteer
        ? { kind: 'gazetteer', entry: c.gazetteer, text: c.text }
        : { kind: 'name', candidate: k };
    }
    return null;
  }

  function nameStartsAt(i: number): boolean {
    const t = tokens[i];
    return Boolean(t && t.kind === 'word' && t.cap && !SENTENCE_OPENERS.has(t.text));
  }

  /**
   * ", a spokesman for the ministry," / ", the Finnish carmaker,": what an apposition starting at
   * token i says about the name before it.
   */
  function appositionAt(i: number, sentenceStart: number): RoleAttachment | 'organization' | null {
    const t = tokens[i];
    if (!t) return null;
    let k = i;
    if (DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) k++;
    else if (t.cap && tokens[i + 1]?.kind === 'possessive') k += 2;
    else if (!t.cap && !ROLE_MODIFIERS.has(t.lower)) return null;
    // Up to five modifiers, then the head noun; the apposition ends at a comma, a period or "who".
    for (let h = k; h < Math.min(k + 7, tokens.length); h++) {
      const w = tokens[h]!;
      // ("the country's largest platform": a possessive inside the modifiers.)
      if (w.kind === 'possessive') continue;
      if (w.kind !== 'word' && w.kind !== 'number' && w.text !== '-') return null;
      // "a volunteer with the group": the head comes before any prepositional phrase.
      if (h > k && PREPOSITIONS.has(w.lower) && !w.cap) return null;
      if (ORG_NOUNS.has(w.lower) && !w.cap && endsApposition(h + 1)) return 'organization';
      const role = ROLES.matchAt(tokens, h);
      if (
        role &&
        (endsApposition(role.end) || /^(?:of|for|at|with|to)$/.test(tokens[role.end]?.lower ?? ''))
      ) {
        return { title: textOf(h, role.end), role: role.value, owner: null };
      }
      if (w.cap && h > k && !ORG_NAME_HEADS.has(w.text)) continue;
    }
    void sentenceStart;
    return null;
  }

  function endsApposition(i: number) {
    const t = tokens[i];
    return (
      !t ||
      t.text === ',' ||
      t.text === '.' ||
      t.kind === 'dash' ||
      /^(?:who|which|that|based|said|says)$/.test(t.lower)
    );
  }

  /** A cue right after the name, or after its apposition: "X said", "X, a spokesman, said". */
  function speaksAfter(b: number): boolean {
    let k = b;
    if (tokens[k]?.text === ',') {
      let depth = 0;
      for (k = b + 1; k < Math.min(b + 16, tokens.length); k++) {
        if (tokens[k]!.text === ',') {
          depth++;
          break;
        }
      }
      if (!depth) return false;
      k++;
    }
    while (tokens[k] && /^(?:also|later|then|has|had|have|again|previously)$/.test(tokens[k]!.lower)) k++;
    // ""Stop charging the battery"": a gerund right after the word is no "NAME said".
    if (k === b && /ing$/.test(tokens[k]?.lower ?? '')) return false;
    return Boolean(tokens[k] && CUE_FORMS.matchAt(tokens, k));
  }

  return withoutHeadingOnlyNames(out, sentences);
}

/**
 * In a title-case heading every word is capitalised, so a capital marks no name there: a heading's
 * name is kept only when it is in the gazetteer or the article writes it outside headings too.
 * Owner references are renumbered; an owner dropped with its heading leaves the role unowned.
 */
function withoutHeadingOnlyNames(
  out: NameCandidate[],
  sentences: readonly { titleCase: boolean }[],
): NameCandidate[] {
  if (!out.some((c) => sentences[c.sentence]!.titleCase)) return out;
  const plain = new Set(out.filter((c) => !sentences[c.sentence]!.titleCase).map((c) => c.key));
  const kept: NameCandidate[] = [];
  const index = new Map<number, number>();
  out.forEach((c, i) => {
    if (sentences[c.sentence]!.titleCase && !c.gazetteer && !c.institution && !c.branch && !plain.has(c.key))
      return;
    index.set(i, kept.length);
    kept.push(c);
  });
  const renumber = (r: RoleAttachment | undefined): RoleAttachment | undefined => {
    if (r?.owner?.kind !== 'name') return r;
    const candidate = index.get(r.owner.candidate);
    return { ...r, owner: candidate === undefined ? null : { kind: 'name', candidate } };
  };
  for (const c of kept) {
    if (c.role) c.role = renumber(c.role);
    if (c.otherRole) c.otherRole = renumber(c.otherRole);
  }
  return kept;
}

/** The country written right before an institution's head: "Russia's", "Russian", "the Russian". */
function ownerBefore(
  tokens: Token[],
  at: number,
  sentenceStart: number,
): { countryId: string; tokenStart: number } | null {
  let j = at - 1;
  const possessive = tokens[j]?.kind === 'possessive';
  if (possessive) j--;
  for (let k = Math.max(sentenceStart, j - 3); k <= j; k++) {
    const m = NAMES.matchAt(tokens, k, j + 1);
    if (!m || m.end !== j + 1) continue;
    const v = m.value;
    if (v.type === 'demonym' || ((v.type === 'country' || v.type === 'capital') && possessive)) {
      const start = tokens[k - 1]?.lower === 'the' && !possessive ? k - 1 : k;
      return { countryId: v.countryId, tokenStart: start };
    }
  }
  return null;
}

/**
 * Split a run of capitalised words at connectors that join two names ("Tull and Dahl",
 * "Dahl of New York") rather than make one ("Bank of England", "Committee to Protect
 * Journalists", "Secretary of State").
 */
function splitRun(tokens: Token[], a: number, b: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = a;
  for (let i = a + 1; i < b - 1; i++) {
    const t = tokens[i]!;
    if (!CONNECTORS.has(t.lower) || t.cap) continue;
    if (spansAcross(tokens, start, i, b)) continue;
    const before = tokens[i - 1]!;
    const joins = t.lower !== 'and' && (ORG_NAME_HEADS.has(before.text) || PLACE_NAME_HEADS.has(before.text));
    if (joins) continue;
    // "Disaster Risk Reduction and Management Council", "Institute for Safety and Health": "and"
    // inside an organisation's name, when the name goes on to a head or already had one before "of"/"for".
    if (t.lower === 'and' && !ORG_NAME_HEADS.has(before.text) && !NAMES.matchAt(tokens, i - 1, i)) {
      // (... or a political group's noun follows the run: "the Freedom and Progress party".)
      const endsInHead =
        ORG_NAME_HEADS.has(tokens[b - 1]!.text) ||
        /^(?:party|movement|alliance|coalition|bloc)$/.test(tokens[b]?.text ?? '');
      const insideComplement = tokens
        .slice(start, i)
        .some((w, k, all) => ORG_NAME_HEADS.has(w.text) && /^(?:of|for)$/.test(all[k + 1]?.lower ?? ''));
      if (endsInHead || insideComplement) continue;
    }
    pieces.push([start, i]);
    start = i + 1;
    while (start < b && CONNECTORS.has(tokens[start]!.lower) && !tokens[start]!.cap) start++;
  }
  if (start < b) pieces.push([start, b]);
  return pieces;
}

/** A gazetteer name or a title that runs across token i ("Secretary of State", "Bank of Korea"). */
function spansAcross(tokens: Token[], from: number, i: number, b: number): boolean {
  for (let k = from; k < i; k++) {
    if ((NAMES.matchAt(tokens, k, b)?.end ?? 0) > i + 1) return true;
    if ((ROLES.matchAt(tokens, k, b)?.end ?? 0) > i + 1) return true;
  }
  return false;
}

function push(
  out: NameCandidate[],
  article: ArticleText,
  sentence: number,
  a: number,
  b: number,
  extra: Partial<NameCandidate>,
): NameCandidate {
  const tokens = article.tokens;
  const text = article.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const c: NameCandidate = {
    sentence,
    tokenStart: a,
    tokenEnd: b,
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    text,
    key: fold(text.replace(/^the\s+/i, '')),
    reasons: new Set(),
    speaks: false,
    quoted: article.quoteAt[a]! >= 0,
    ...extra,
  };
  if (c.gazetteer) {
    const g = c.gazetteer;
    c.reasons.add(
      g.type === 'country'
        ? 'gazetteerCountry'
        : g.type === 'organization'
          ? 'gazetteerOrganization'
          : g.type === 'region'
            ? 'gazetteerRegion'
            : 'gazetteerCountry',
    );
  }
  if (c.institution || c.branch) c.reasons.add('gazetteerOrganization');
  out.push(c);
  return c;
}
