/**
 * Mentions: each name of an article resolved to its entity in the registry, in reading order, with
 * what later steps need (where it is, whether it is quoted, its role, whether it speaks). An
 * institution named without its owner ("the defense ministry") belongs to the country the article
 * named last; a role's owner resolves to the entity it names. Pure but for the registry it fills.
 */
import type { EntityType } from '../../domain/document.js';
import { INSTITUTION_SYNONYMS, ORG_NOUNS, type OrgClass } from '../lexicon/organizations.js';
import type { Gender, RoleCategory } from '../lexicon/roles.js';
import type { ArticleText } from '../text/article-text.js';
import { institutionName, STATE_HEADS, type Decision } from './classify.js';
import type { NameCandidate, OwnerRef } from './names.js';
import type { EntityRegistry } from './registry.js';

export type MentionKind = 'person' | 'organization' | 'country' | 'place';

export interface Mention {
  entityId: string;
  kind: MentionKind;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  sentence: number;
  quoted: boolean;
  text: string;
  /** Countries: named, or as a capital standing for its government, or as a demonym ("Russian"). */
  via?: 'name' | 'capital' | 'demonym';
  role?: { title: string; category: RoleCategory; ownerId: string | null };
  gender?: Gender;
  speaks: boolean;
  /** A news outlet or platform: where something was said, rarely what it was about. */
  medium?: boolean;
  /** An institution's country ("the defense ministry" after Ukraine is Ukraine's). */
  ownerId?: string;
}

export const TYPE_OF_KIND: Record<MentionKind, Exclude<EntityType, 'Event'>> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
};

/**
 * Per place name, the regions the corpus writes it with ("Milford" → {"Milford, N.H."}): a bare
 * name the corpus places in one region only is that place.
 */
export function placeRegions(
  articles: readonly ArticleText[],
  candidates: readonly NameCandidate[][],
  decisions: readonly (Decision | null)[][],
): Map<string, Set<string>> {
  const regions = new Map<string, Set<string>>();
  articles.forEach((article, i) =>
    candidates[i]!.forEach((c, j) => {
      const d = decisions[i]![j];
      if (d?.kind !== 'place') return;
      const region = regionAfter(article, c, candidates[i]![j + 1], decisions[i]![j + 1]);
      if (region) regions.set(d.name, (regions.get(d.name) ?? new Set()).add(`${d.name}, ${region}`));
    }),
  );
  return regions;
}

export function resolveMentions(
  article: ArticleText,
  candidates: NameCandidate[],
  decisions: (Decision | null)[],
  registry: EntityRegistry,
  regions: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Mention[] {
  const out: Mention[] = [];
  const idOf = new Map<number, string>();
  let lastCountry: string | null = null;
  const owners = new Map<string, string>();
  // The country the article names most often by name: the owner of "the government" named before
  // any country.
  const counts = new Map<string, number>();
  decisions.forEach((d) => {
    if (d?.kind === 'country' && d.via !== 'demonym')
      counts.set(d.countryId, (counts.get(d.countryId) ?? 0) + 1);
  });
  const mainCountry = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const qualifiedPlaces = new Map<string, string>();

  candidates.forEach((c, i) => {
    const d = decisions[i];
    if (!d) return;
    let entityId: string;
    let kind: MentionKind;
    let via: Mention['via'];
    let ownerId: string | undefined;
    switch (d.kind) {
      case 'country':
        entityId = registry.country(d.countryId, d.via === 'demonym' ? undefined : c.text);
        kind = 'country';
        via = d.via;
        // ("Australian-listed", "Iran-backed": a modifier inside a word names no topic.)
        if (!c.compound && !/-\p{Ll}/u.test(article.text.slice(c.end, c.end + 2))) lastCountry = d.countryId;
        break;
      case 'organization': {
        let name = d.name;
        const head = d.institution ? (INSTITUTION_SYNONYMS[d.institution] ?? d.institution) : undefined;
        if (head && !d.ownerCountry) {
          // "the defense ministry": the owner named with the same head earlier, else the last country.
          const owner = owners.get(head) ?? lastCountry ?? mainCountry;
          if (owner && STATE_HEADS.has(head)) {
            // "the government said": the country speaking.
            entityId = registry.country(owner);
            kind = 'country';
            via = 'name';
            break;
          }
          if (owner) {
            owners.set(head, owner);
            name = institutionName(head, owner);
            ownerId = owner;
          } else if (STATE_HEADS.has(head)) {
            // "the government" of no country the article names: nobody to link it to.
            return;
          }
        } else if (head && d.ownerCountry) {
          // The first owner given to a bare "the defense ministry" stays its owner.
          if (!owners.has(head)) owners.set(head, d.ownerCountry);
          lastCountry = d.ownerCountry;
          ownerId = d.ownerCountry;
        }
        entityId = registry.organization(
          name,
          d.known || d.institution ? undefined : c.text.replace(/^the\s+/i, ''),
          d.known,
        );
        // "Russia's Defense Ministry", "Sudan's army": what the text calls it, owner included, is an
        // alias; a bare "the ministry" is none.
        const surface = c.text.replace(/^the\s+/i, '');
        const written = /^\p{Lu}/u.test(surface) && /\p{Lu}/u.test(surface.slice(1));
        if (d.institution && (written || d.ownerCountry)) registry.organization(name, surface);
        // "Cambodian Defence Ministry": the name in the spelling the text used is an alias too.
        const owner = d.ownerCountry ?? owners.get(head ?? '');
        if (d.institution && owner && INSTITUTION_SYNONYMS[d.institution])
          registry.organization(name, institutionName(d.institution, owner, true));
        kind = 'organization';
        break;
      }
      case 'person':
        entityId = registry.person(d.name, c.text.includes(' ') ? c.text : undefined);
        kind = 'person';
        // "the Tull campaign": the mention is of the candidate's campaign.
        if (article.tokens[c.tokenEnd]?.lower === 'campaign') {
          entityId = registry.campaign(entityId);
          kind = 'organization';
        }
        break;
      case 'place': {
        // "Milford, N.H." and "Milford, Ill." are two places: a place written with its region is
        // named with it, and a later bare "Milford" is the same place (the article's, else the
        // corpus's only one).
        const region = regionAfter(article, c, candidates[i + 1], decisions[i + 1]);
        const only = regions.get(d.name)?.size === 1 ? [...regions.get(d.name)!][0] : undefined;
        const qualified = region ? `${d.name}, ${region}` : (qualifiedPlaces.get(d.name) ?? only);
        entityId = qualified
          ? registry.place(qualified, d.countryId, [d.name, ...(d.aliases ?? [])])
          : registry.place(d.name, d.countryId, d.aliases);
        if (qualified) qualifiedPlaces.set(d.name, qualified);
        kind = 'place';
        break;
      }
    }
    idOf.set(i, entityId);
    // A campaign's mention covers the word "campaign" too.
    const through = d.kind === 'person' && kind === 'organization' ? c.tokenEnd + 1 : c.tokenEnd;
    const m: Mention = {
      entityId,
      kind,
      tokenStart: c.tokenStart,
      tokenEnd: through,
      start: c.start,
      end: article.tokens[through - 1]!.end,
      sentence: c.sentence,
      quoted: c.quoted,
      text: article.text.slice(c.start, article.tokens[through - 1]!.end),
      speaks: c.speaks,
      ...(via ? { via } : {}),
      ...(d.kind === 'organization' && d.known?.medium ? { medium: true } : {}),
      ...(ownerId ? { ownerId } : {}),
    };
    if (kind === 'person' && through === c.tokenEnd) {
      if (c.gender) {
        m.gender = c.gender;
        registry.noteGender(entityId, c.gender);
      }
      for (const extra of c.otherRole ? [c.otherRole] : []) {
        const ownerId = resolveOwner(extra.owner, idOf, decisions, registry);
        if (extra.role.category !== 'standing' && extra.role.category !== 'family') {
          registry.addRole(entityId, { title: normaliseTitle(extra.title, extra.role.title), of: ownerId });
        }
      }
      if (c.role) {
        // No owner written ("Finance Minister NAME"): none is guessed; the last country named is
        // too often another one.
        const ownerId = resolveOwner(c.role.owner, idOf, decisions, registry);
        m.role = { title: c.role.title, category: c.role.role.category, ownerId };
        // What "the senator" can mean: the role's title and the head noun it was written with
        // ("campaign manager" makes a manager, not a campaign).
        const facts = registry.facts.get(entityId);
        facts?.roleNouns.add(c.role.role.title.toLowerCase());
        facts?.roleNouns.add(c.role.title.toLowerCase().split(/\s+/).at(-1)!.replace(/\.$/, ''));
        for (const form of c.role.role.forms)
          if (!form.includes(' ')) facts?.roleNouns.add(form.replace(/\.$/, ''));
        if (c.role.role.category !== 'standing' && c.role.role.category !== 'family') {
          registry.addRole(entityId, { title: normaliseTitle(c.role.title, c.role.role.title), of: ownerId });
        }
      }
    }
    if (kind === 'organization') {
      const cls = classOf(article, c);
      if (cls) registry.facts.get(entityId)?.orgClasses.add(cls);
    }
    out.push(m);
  });
  return out;
}

/** A state or province written right after a place and a comma ("N.H.", "Ill.", "Ontario"). */
function regionAfter(
  article: ArticleText,
  c: NameCandidate,
  next: NameCandidate | undefined,
  decided: Decision | null | undefined,
): string | null {
  // ("Ohio, Iowa": a state before another is a list, not a town in a state.)
  if (!next || decided?.kind !== 'place' || c.gazetteer || article.text.slice(c.end, next.start) !== ', ')
    return null;
  const abbreviation = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}{1,4}\.)$/u.test(next.text);
  return abbreviation || next.gazetteer?.type === 'region' ? next.text : null;
}

function resolveOwner(
  owner: OwnerRef | null,
  idOf: Map<number, string>,
  decisions: (Decision | null)[],
  registry: EntityRegistry,
): string | null {
  if (!owner || owner.kind === 'unnamed') return null;
  if (owner.kind === 'name') {
    const id = idOf.get(owner.candidate);
    const d = decisions[owner.candidate];
    // A town owns its mayor's office ("Kharkiv Mayor NAME").
    return id && d ? id : null;
  }
  const e = owner.entry;
  if (e.type === 'organization') return registry.organization(e.org.name, undefined, e.org);
  if (e.type === 'region') return registry.place(e.name, e.countryId);
  if (e.type === 'capital' && e.seatOf) return registry.organization(e.seatOf.name, undefined, e.seatOf);
  return registry.country(e.countryId);
}

/** A title as written, without "former"; an abbreviation ("Sen.") by its full title. */
function normaliseTitle(title: string, canonical: string): string {
  if (/^(?:\p{Lu}\p{Ll}{0,4}\.\s*)+$/u.test(title)) return canonical;
  return title.replace(/^(?:former|acting|interim|then-)\s+/i, '').replace(/\s+/g, ' ');
}

/** The class noun written with an organisation: "the automaker Kovara", "Kovara, a carmaker,". */
function classOf(article: ArticleText, c: NameCandidate): OrgClass | null {
  const t = article.tokens;
  const before = t[c.tokenStart - 1];
  if (before && !before.cap && ORG_NOUNS.has(before.lower)) return ORG_NOUNS.get(before.lower)!;
  if (t[c.tokenEnd]?.text === ',') {
    for (let k = c.tokenEnd + 1; k < Math.min(c.tokenEnd + 8, t.length); k++) {
      const w = t[k]!;
      if (w.text === ',' || w.text === '.') break;
      if (!w.cap && ORG_NOUNS.has(w.lower)) return ORG_NOUNS.get(w.lower)!;
    }
  }
  const head = c.text.split(/\s+/).at(-1)!.toLowerCase();
  return ORG_NOUNS.get(head) ?? null;
}
