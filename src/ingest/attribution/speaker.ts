/**
 * Who said it: the one decision, taken from the source phrase the grammar found, with these
 * priorities (first that applies wins):
 *
 *  1. a name heads the source phrase                       → that entity (each of "X and Y")
 *  2. someone who speaks for a named principal ("a Tull spokesman", "U.S. officials", "the
 *     senator's aide", "NAME's office", "a Courier reporter", "Senate leaders", "UN inspectors"),
 *     a document by one ("a post from NAME", "a CNN tally")
 *                                                          → the principal, description kept;
 *     "Tull's campaign"                                 → the candidate's campaign
 *  3. a pronoun ("he", "she", "it", "they")                → coreference (coreference.ts)
 *  4. a definite class noun after content that a body of that class opens ("Korvex cut jobs,
 *     the company said")                                   → that body; an organisation named
 *     right before its class noun ("the Global Times tabloid") → that organisation; a class
 *     noun owned by a country ("Britain's competition regulator") → the body of that class the
 *     text names before or next
 *  5. a role of a named owner ("the UN human rights chief") → the person the article names
 *     with that role; a definite role or class noun ("the senator", "the company")
 *                                                          → coreference by role or class, or
 *     the person named next with that role ("the transport minister said … Minister NAME")
 *  6. a participle or an elided subject (", adding …")     → the speaker of the clause it hangs on
 *  7. anything else (indefinite, anonymous, a document, unresolved)
 *                                                          → no entity; the phrase is kept as
 *                                                            `speakerDescription`
 */
import type { Mention } from '../entities/mentions.js';
import { ROLE_BY_FORM } from '../lexicon/roles.js';
import { PRONOUNS } from '../lexicon/words.js';
import { AFFILIATION_WORDS } from '../lexicon/names.js';
import { ENTOURAGE_NOUNS, ENVOY_NOUNS } from '../lexicon/sources.js';
import type { Attribution } from './clauses.js';
import { ownerNounOf } from './sources.js';
import type { Discourse } from './coreference.js';

export type SpeakerEvidence =
  | 'name'
  | 'principal'
  | 'pronoun'
  | 'description'
  | 'governor'
  | 'quote-run'
  | 'paragraph-subject'
  | 'none';

export interface Speaker {
  entityIds: string[];
  description: string | null;
  evidence: SpeakerEvidence;
}

export function chooseSpeaker(
  a: Attribution,
  discourse: Discourse,
  resolved: Map<Attribution, Speaker>,
): Speaker {
  const src = a.source;
  if (!src) {
    const gov = a.governor ? resolved.get(a.governor) : undefined;
    return gov ? { ...gov, evidence: 'governor' } : { entityIds: [], description: null, evidence: 'none' };
  }
  const head = src.head;
  const at = src.tokenStart;
  switch (head.kind) {
    case 'named': {
      const speakers = head.mentions.filter((m) => m.kind !== 'place').map((m) => m.entityId);
      return speakers.length
        ? { entityIds: [...new Set(speakers)], description: null, evidence: 'name' }
        : none(src.text);
    }
    case 'pronoun': {
      const id = discourse.resolvePronoun(head.word, at, a.content);
      if (id) return { entityIds: [id], description: null, evidence: 'pronoun' };
      return describedBefore(a, head.word, discourse, resolved) ?? none(src.text);
    }
    case 'description': {
      const role = ROLE_BY_FORM.get(head.noun);
      // "A Tull spokesman", "U.S. officials", "the senator's aide": people who speak for the
      // principal named with them; the principal speaks, the description is kept.
      const speaksFor =
        role && (role.category === 'spokes' || role.category === 'staff' || role.title === 'official');
      // "the senator's office", "NAME's team": the people around a person speak for them.
      const entourage = ENTOURAGE_NOUNS.has(head.noun) && head.owner?.kind === 'person';
      // "a Courier reporter", "a columnist for the news site X": a journalist writes for the outlet.
      const journalist = role?.title === 'journalist' && head.owner?.medium === true;
      // "Senate Republican leaders", "Iranian commanders": holders of office speak for what they serve.
      const holders =
        head.plural && role && OFFICE_CATEGORIES.has(role.category) && head.owner?.kind !== 'person';
      // "observers from the OSCE", "UN inspectors": people an organisation sends speak for it.
      const envoys = ENVOY_NOUNS.has(head.noun.replace(/s$/, '')) && head.owner?.kind === 'organization';
      if (
        (speaksFor || entourage || journalist || holders || envoys) &&
        head.owner &&
        isPrincipal(head.owner)
      ) {
        return { entityIds: [head.owner.entityId], description: src.text, evidence: 'principal' };
      }
      // "Korvex cut jobs, the company said": the organisation opening the content speaks.
      // ("The World Food Programme will …, the U.N. agency said": an owner does not change that.)
      if (head.definite && head.owner?.kind !== 'person' && a.shape === 'trailing' && a.content[0]) {
        const subject = discourse.subjectOfContent(head.noun, a.content[0][0]);
        if (subject) return { entityIds: [subject], description: null, evidence: 'description' };
      }
      // "the nationalist Global Times tabloid", "the Orbis company": an organisation named right
      // before its own class noun is that organisation.
      const tokens = discourse.article.tokens;
      const classOf =
        !role && head.owner?.kind === 'organization' && tokens[head.owner.tokenEnd]?.lower === head.noun;
      if (classOf && head.owner)
        return { entityIds: [head.owner.entityId], description: null, evidence: 'name' };
      // "a spokeswoman for the agency": the agency the text named before.
      const ownerNoun = speaksFor && !head.owner ? ownerNounOf(discourse.article, src) : null;
      const principal = ownerNoun ? discourse.resolveDescription(ownerNoun, at) : null;
      if (principal) return { entityIds: [principal], description: src.text, evidence: 'principal' };
      // "Tull's campaign", "the Dahl campaign", "his campaign": the candidate's campaign.
      if (head.noun === 'campaign' && head.owner?.kind === 'person') {
        return {
          entityIds: [discourse.campaignOf(head.owner.entityId)],
          description: null,
          evidence: 'principal',
        };
      }
      const possessive = /^(?:his|her)$/i.exec(src.text.split(/\s+/)[0] ?? '')?.[0].toLowerCase();
      if (head.noun === 'campaign' && possessive) {
        const candidate = discourse.resolvePronoun(possessive, at);
        if (candidate && discourse.isPerson(candidate))
          return { entityIds: [discourse.campaignOf(candidate)], description: null, evidence: 'pronoun' };
      }
      if ((role?.category === 'office' || role?.category === 'executive') && head.owner && !head.plural) {
        // "The UN human rights chief said": the person the article names with that role.
        const holder = discourse.holderOf(head.owner.entityId, head.noun);
        if (holder) return { entityIds: [holder], description: null, evidence: 'description' };
      }
      // "Britain's competition regulator said": the body of that class the text names next, if any.
      if (!role && head.owner?.kind === 'country' && !head.plural) {
        const body =
          discourse.resolveDescription(head.noun, at) ?? discourse.laterOrganization(head.noun, at);
        if (body) return { entityIds: [body], description: src.text, evidence: 'description' };
      }
      if (head.definite && !head.owner) {
        const id =
          discourse.resolveDescription(head.noun, at) ?? (role ? discourse.laterHolder(head.noun, at) : null);
        if (id) return { entityIds: [id], description: null, evidence: 'description' };
      }
      // "The Wisconsin Republican said": the person the passage is about, by party or faith.
      if (AFFILIATIONS.has(head.noun) && /^the\s/i.test(src.text)) {
        const id = discourse.resolvePerson(at, a.content);
        if (id) return { entityIds: [id], description: null, evidence: 'description' };
      }
      return none(src.text);
    }
    case 'document': {
      // "a post from NAME", "an ABC News poll": the author or owner of the document speaks; "the
      // agency's report": the agency the text named before.
      if (head.owner && isPrincipal(head.owner))
        return { entityIds: [head.owner.entityId], description: src.text, evidence: 'principal' };
      const ownerNoun = ownerNounOf(discourse.article, src);
      const principal = ownerNoun ? discourse.resolveDescription(ownerNoun, at) : null;
      return principal
        ? { entityIds: [principal], description: src.text, evidence: 'principal' }
        : none(src.text);
    }
  }
}

const OFFICE_CATEGORIES: ReadonlySet<string> = new Set(['office', 'executive', 'military']);
const AFFILIATIONS: ReadonlySet<string> = new Set([...AFFILIATION_WORDS].map((w) => w.toLowerCase()));

/**
 * ""…," she said" where no named person fits: the speaker described just before ("a spokeswoman
 * for the agency"), in this paragraph or the one before, when the description's gender allows.
 */
function describedBefore(
  a: Attribution,
  word: string,
  discourse: Discourse,
  resolved: Map<Attribution, Speaker>,
): Speaker | null {
  const pronoun = PRONOUNS[word];
  if (!pronoun || (pronoun.gender !== 'male' && pronoun.gender !== 'female')) return null;
  const { sentences } = discourse.article;
  const paragraph = sentences[a.cue.sentence]!.paragraph;
  const [prev, speaker] = [...resolved].at(-1) ?? [];
  if (!prev || !speaker?.description || prev.source?.head.kind !== 'description') return null;
  if (paragraph - sentences[prev.cue.sentence]!.paragraph > 1) return null;
  const gender = ROLE_BY_FORM.get(prev.source.head.noun)?.gender;
  if (gender && gender !== pronoun.gender) return null;
  return { ...speaker, evidence: 'pronoun' };
}

const isPrincipal = (m: Mention) => m.kind === 'person' || m.kind === 'organization' || m.kind === 'country';

function none(description: string): Speaker {
  return { entityIds: [], description: description.replace(/^[,\s]+|[,\s]+$/g, ''), evidence: 'none' };
}
