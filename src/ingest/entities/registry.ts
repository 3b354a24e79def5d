/**
 * The corpus's entities, built as mentions resolve to them: one id per real-world thing, its
 * canonical name, every other spelling as an alias, roles without duplicates, the gender of a
 * person as far as the text tells it. Ids derive from names, so they survive a reseed. Pure
 * (a value object; no I/O).
 */
import { ALIAS_RULE_EVIDENCE, type AliasRule, type EntityDoc, type RoleDoc } from '../../domain/document.js';
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
  /** The rule that joined each alias (folded), per entity: the first rule to join it. */
  private readonly rules = new Map<string, Map<string, AliasRule>>();

  private upsert(
    id: string,
    type: EntityDoc['type'],
    rawName: string,
    rawAlias?: string,
    code?: string,
    rule: AliasRule = 'written',
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
    if (clean && fold(clean) !== fold(e.name) && !e.aliases.some((a) => fold(a) === fold(clean))) {
      e.aliases.push(clean);
      const rules = this.rules.get(id) ?? new Map<string, AliasRule>();
      this.rules.set(id, rules);
      rules.set(fold(clean), rule);
    }
    return id;
  }

  /**
   * The aliases settled, with their evidence: a name is never an alias of one entity when it is
   * another's own name (but a country's capital, which stands for its government), and a single word two people both claim ("Ada" of Ada Lind and of Ada
   * Moss) belongs to neither. `articlesOf` gives the articles that write a name for an entity.
   */
  finishAliases(
    articlesOf: (entityId: string, folded: string) => string[],
    /** Only an entity some article names owns its name (others never reach the graph). */
    named: (entityId: string) => boolean,
  ): void {
    const owner = new Map<string, string>();
    // (A name shouted in capitals, "HARBOURS", owns nothing: a heading wrote it so.)
    for (const e of this.entities.values())
      if (named(e.id) && /\p{Ll}/u.test(e.name)) owner.set(fold(e.name), e.id);
    const claims = new Map<string, number>();
    for (const e of this.entities.values())
      if (e.type === 'Person')
        for (const a of e.aliases) if (!a.includes(' ')) claims.set(fold(a), (claims.get(fold(a)) ?? 0) + 1);
    for (const e of this.entities.values()) {
      const rules = this.rules.get(e.id);
      e.aliases = e.aliases.filter((a) => {
        const other = owner.get(fold(a));
        // (A country keeps its capital as a metonym: "Moscow said" is Russia speaking.)
        if (other !== undefined && other !== e.id && !(e.type === 'Country' && other.startsWith('plc_')))
          return false;
        return !(e.type === 'Person' && !a.includes(' ') && (claims.get(fold(a)) ?? 0) > 1);
      });
      e.aliasEvidence = e.aliases.map((name) => {
        const rule = rules?.get(fold(name)) ?? 'written';
        return { name, rule, evidence: ALIAS_RULE_EVIDENCE[rule], articles: articlesOf(e.id, fold(name)) };
      });
    }
  }

  country(id: string, surface?: string): string {
    const info = COUNTRY_BY_ID.get(id);
    return this.upsert(id, 'Country', info?.name ?? id, surface, info?.code);
  }

  organization(name: string, surface?: string, known?: OrgInfo): string {
    const id = this.upsert(`org_${slug(name)}`, 'Organization', name, surface);
    if (known)
      for (const alias of known.aliases) this.upsert(id, 'Organization', name, alias, undefined, 'lexicon');
    return id;
  }

  person(name: string, alias?: string, rule: AliasRule = 'written'): string {
    return this.upsert(`per_${slug(name)}`, 'Person', name, alias, undefined, rule);
  }

  place(name: string, countryId: string | null, aliases: readonly string[] = []): string {
    const id = this.upsert(`plc_${slug(name)}`, 'Place', name);
    for (const alias of aliases) this.upsert(id, 'Place', name, alias, undefined, 'lexicon');
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
