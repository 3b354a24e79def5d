/**
 * The corpus's entities, built as mentions resolve to them: one id per real-world thing, its
 * canonical name, every other spelling as an alias, roles without duplicates, the gender of a
 * person as far as the text tells it. Ids derive from names, so they survive a reseed. Pure
 * (a value object; no I/O).
 */
import type { EntityDoc, RoleDoc } from '../../domain/document.js';
import { COUNTRY_BY_ID } from '../lexicon/countries.js';
import { givenNameGender } from '../lexicon/given-names.js';
import type { OrgClass, OrgInfo } from '../lexicon/organizations.js';
import type { Gender } from '../lexicon/roles.js';
import { fold, slug } from '../text/fold.js';

export interface EntityFacts {
  /** Gender evidence: honorifics, gendered roles and pronouns resolved to the person. */
  gender: { male: number; female: number };
  /** Role nouns the text used for the entity ("senator", "nominee"): what "the senator" can mean. */
  roleNouns: Set<string>;
  /** Classes the text gave an organisation ("company", "newspaper"). */
  orgClasses: Set<OrgClass>;
}

export class EntityRegistry {
  readonly entities = new Map<string, EntityDoc>();
  readonly facts = new Map<string, EntityFacts>();

  private upsert(
    id: string,
    type: EntityDoc['type'],
    rawName: string,
    rawAlias?: string,
    code?: string,
  ): string {
    // Names keep one apostrophe: "O’Donnell" and "O'Donnell" are one spelling.
    const name = rawName.replace(/’/g, "'");
    const alias = rawAlias?.replace(/’/g, "'");
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], ...(code ? { code } : {}) };
      this.entities.set(id, e);
      this.facts.set(id, { gender: { male: 0, female: 0 }, roleNouns: new Set(), orgClasses: new Set() });
    }
    const clean = alias?.replace(/^the\s+/i, '').trim();
    if (clean && fold(clean) !== fold(e.name) && !e.aliases.some((a) => fold(a) === fold(clean)))
      e.aliases.push(clean);
    return id;
  }

  country(id: string, surface?: string): string {
    const info = COUNTRY_BY_ID.get(id);
    return this.upsert(id, 'Country', info?.name ?? id, surface, info?.code);
  }

  organization(name: string, surface?: string, known?: OrgInfo): string {
    const id = this.upsert(`org_${slug(name)}`, 'Organization', name, surface);
    if (known) for (const alias of known.aliases) this.upsert(id, 'Organization', name, alias);
    return id;
  }

  person(name: string, alias?: string): string {
    return this.upsert(`per_${slug(name)}`, 'Person', name, alias);
  }

  place(name: string, countryId: string | null, aliases: readonly string[] = []): string {
    const id = this.upsert(`plc_${slug(name)}`, 'Place', name);
    for (const alias of aliases) this.upsert(id, 'Place', name, alias);
    const e = this.entities.get(id)!;
    if (countryId && !e.locatedIn) e.locatedIn = countryId;
    return id;
  }

  /** A candidate's campaign, as an organisation named after them ("Ana Lima campaign"). */
  campaign(personId: string): string {
    const person = this.entities.get(personId)!;
    const id = this.organization(`${person.name} campaign`);
    this.facts.get(id)!.orgClasses.add('campaign');
    return id;
  }

  addRole(personId: string, role: RoleDoc): void {
    const e = this.entities.get(personId);
    if (!e) return;
    e.roles ??= [];
    const same = (r: RoleDoc) => fold(r.title) === fold(role.title);
    // One role per title: a known owner replaces an unknown one, never the other way round.
    const existing = e.roles.find(same);
    if (existing) {
      if (!existing.of && role.of) existing.of = role.of;
      return;
    }
    e.roles.push(role);
  }

  noteGender(id: string, gender: Gender, weight = 1): void {
    const f = this.facts.get(id);
    if (f) f.gender[gender] += weight;
  }

  /** What the text says (honorifics, gendered roles), else what the given name suggests. */
  gender(id: string): Gender | null {
    const f = this.facts.get(id);
    const e = this.entities.get(id);
    if (!f || e?.type !== 'Person') return null;
    if (f.gender.male > f.gender.female) return 'male';
    if (f.gender.female > f.gender.male) return 'female';
    const g = givenNameGender(e.name.split(/\s+/)[0]!);
    return g === 'm' ? 'male' : g === 'f' ? 'female' : null;
  }
}
