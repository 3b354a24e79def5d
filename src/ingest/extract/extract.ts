/**
 * Articles to an ExtractionDocument: mentions per paragraph, statements with resolved speakers,
 * one entity per real-world thing across the corpus, events, mentions counts. Pure and
 * deterministic: the same articles give the same document and ids.
 */
import { createHash } from 'node:crypto';
import type {
  ArticleDoc,
  EntityDoc,
  EventDoc,
  ExtractionDocument,
  MentionDoc,
  RoleDoc,
  StatementDoc,
} from '../../domain/document.js';
import { COUNTRY_BY_ID } from '../gazetteer/countries.js';
import { KNOWN_ORGANIZATIONS } from '../gazetteer/organizations.js';
import { CUE_FORMS, STANCE_BY_CUE } from '../gazetteer/cues.js';
import { findEventTrigger } from './events.js';
import { COUNTRY_BY_CAPITAL } from './lexicon.js';
import { corpusAcronyms, findMentions, orgKey, type Mention } from './mentions.js';
import { PersonIndex } from './people.js';
import type { Discourse, EntityRef, SpeakerRef } from './speakers.js';
import { statementsInParagraph, type RawStatement } from './statements.js';
import { escapeRegex, fold, slug } from './text.js';

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 10);
const KNOWN_ORG = new Map(KNOWN_ORGANIZATIONS.map((o) => [o.name, o]));

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** Builds the corpus's entities as references resolve to them. */
class EntityTable {
  readonly entities = new Map<string, EntityDoc>();

  private upsert(id: string, type: EntityDoc['type'], name: string, alias?: string, code?: string): string {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], ...(code ? { code } : {}) };
      this.entities.set(id, e);
    }
    if (alias && fold(alias) !== fold(e.name) && !e.aliases.some((a) => fold(a) === fold(alias))) e.aliases.push(alias);
    return id;
  }

  country(id: string, surface?: string) {
    const info = COUNTRY_BY_ID.get(id);
    return this.upsert(id, 'Country', info?.name ?? id, surface?.replace(/^the\s+/i, ''), info?.code);
  }

  organization(key: string, surface?: string) {
    const [owner, head] = key.includes('|') ? key.split('|') : [undefined, undefined];
    if (owner !== undefined && head !== undefined) {
      const country = COUNTRY_BY_ID.get(owner);
      const name = country ? `${country.demonyms[0] ?? country.name} ${titleCase(head)}` : titleCase(head);
      return this.upsert(`org_${slug(name)}`, 'Organization', name, surface?.replace(/^the\s+/i, ''));
    }
    const known = KNOWN_ORG.get(key);
    const name = known?.name ?? key;
    const id = this.upsert(`org_${slug(name)}`, 'Organization', name, surface?.replace(/^the\s+/i, ''));
    for (const alias of known?.aliases ?? []) if (!/^the\s/i.test(alias)) this.upsert(id, 'Organization', name, alias);
    return id;
  }

  person(name: string, alias?: string) {
    return this.upsert(`per_${slug(name)}`, 'Person', name, alias);
  }

  place(name: string) {
    return this.upsert(`plc_${slug(name)}`, 'Place', name);
  }

  addRole(personId: string, role: RoleDoc) {
    const e = this.entities.get(personId)!;
    e.roles ??= [];
    if (!e.roles.some((r) => fold(r.title) === fold(role.title) && r.of === role.of)) e.roles.push(role);
  }
}

interface ArticleState {
  article: ArticleDoc;
  mentions: Mention[][];
}

/** A speech verb right after a name: "Toyota said", "Kestrel warns". */
const SPEECH_VERB_AFTER = new RegExp(`^\\s+(?:${CUE_FORMS.map(escapeRegex).join('|')})\\b`);

export function extract(articles: ArticleDoc[]): ExtractionDocument {
  // Pass 1: mentions everywhere, and every full name, so that surnames resolve across articles.
  const people = new PersonIndex();
  const acronyms = corpusAcronyms(articles.flatMap((a) => a.paragraphs));
  const states: ArticleState[] = articles.map((article) => ({
    article,
    mentions: article.paragraphs.map((p) => findMentions(p, acronyms)),
  }));
  // A name the text shows to be an organisation anywhere ("Palmeiras president …", "…, which …")
  // is one everywhere, also where a paragraph alone would have taken it for a person.
  // The same for places ("the city of El Fasher" … "the people of El Fasher").
  const all = states.flatMap(({ mentions }) => mentions.flat());
  const orgNames = new Set(all.filter((m) => m.kind === 'organization' && m.owner === undefined).map((m) => m.key));
  const placeNames = new Set(all.filter((m) => m.kind === 'place').map((m) => m.key));
  for (const { mentions } of states) {
    for (const ms of mentions) {
      for (const m of ms) {
        if (m.kind === 'person' && !m.role && orgNames.has(m.key)) Object.assign(m, { kind: 'organization', single: undefined });
        if (m.kind === 'person' && !m.role && placeNames.has(m.key)) Object.assign(m, { kind: 'place', single: undefined });
        if (m.kind === 'person' && !m.single) people.add(m.key);
      }
    }
  }
  people.finish();
  // Organisations by the first word of their name, where that word opens only one of them.
  const orgByFirstWord = new Map<string, string | null>();
  for (const { mentions } of states) {
    for (const m of mentions.flat()) {
      if (m.kind !== 'organization' || m.owner !== undefined || !/^\p{Lu}\S* \S/u.test(m.key)) continue;
      const first = m.key.split(' ')[0]!;
      const seen = orgByFirstWord.get(first);
      orgByFirstWord.set(first, seen === undefined || seen === m.key ? m.key : null);
    }
  }
  // A single name that speaks ("Toyota said") and is nobody's surname is an organisation, in
  // every paragraph: then "Toyota is recalling …, the automaker said" has an antecedent.
  for (const { article, mentions } of states) {
    mentions.forEach((ms, p) => {
      const text = article.paragraphs[p]!;
      for (const m of ms) {
        if (m.kind === 'person' && m.single && !people.resolve(m.key) && SPEECH_VERB_AFTER.test(text.slice(m.end, m.end + 30))) orgNames.add(m.key);
      }
    });
  }
  for (const m of all) {
    if (m.kind !== 'person' || !m.single || !orgNames.has(m.key)) continue;
    // "Nordstream said" is the "Nordstream Media" named elsewhere.
    Object.assign(m, { kind: 'organization', key: orgByFirstWord.get(m.key) ?? m.key, single: undefined });
  }

  const table = new EntityTable();
  const mentionCounts = new Map<string, number>();
  const statements: StatementDoc[] = [];
  const events: EventDoc[] = [];

  /** A mention or reference to an entity id, or null when it cannot be resolved. */
  const resolveRef = (ref: EntityRef, surface?: string): string | null => {
    if (ref.kind === 'country') return table.country(ref.key, surface);
    if (ref.kind === 'organization') return table.organization(ref.key, surface);
    const cluster = people.resolve(ref.key);
    if (!cluster) {
      // "Nordstream said": no person, but the first word of an organisation named in the corpus.
      const org = ref.key.includes(' ') ? undefined : orgByFirstWord.get(ref.key);
      return org ? table.organization(org, surface ?? ref.key) : null;
    }
    return table.person(cluster.name, ref.key.includes(' ') ? ref.key : surface ?? ref.key);
  };

  /**
   * Entities named between two offsets of a paragraph, as ids, without the speaker. `named` holds
   * the entities the whole article names.
   */
  const aboutOf = (
    s: RawStatement,
    paragraphMentions: Mention[],
    named: ReadonlySet<string>,
    speakerId: string | null,
    from: number,
    to: number,
    outsideOnly = false,
  ): Set<string> => {
    const about = new Set<string>();
    for (const m of paragraphMentions) {
      if (m.start < from || m.end > to) continue;
      if (outsideOnly && m.start >= s.start && m.end <= s.end) continue;
      let id: string | null;
      if (m.kind === 'place') {
        // A capital as a place stands for its country only where the article names that country
        // ("Victoria" is also a Canadian city).
        const country = m.via === 'capital' ? COUNTRY_BY_CAPITAL.get(m.key) : undefined;
        id = country && named.has(country) ? table.country(country) : null;
      }
      else if (m.kind === 'person') id = resolveRef({ kind: 'person', key: m.key });
      else if (m.kind === 'country') id = table.country(m.key);
      else id = KNOWN_ORG.get(m.key)?.medium ? null : table.organization(orgKey(m));
      if (id && id !== speakerId && id !== 'cty_') about.add(id);
    }
    if (outsideOnly && speakerId) {
      // The speaker's own organisation in its title ("NATO Secretary-General") is not a topic.
      for (const r of table.entities.get(speakerId)?.roles ?? []) if (r.of) about.delete(r.of);
    }
    return about;
  };
  /** The country an article names most often. */
  const mainCountry = (articleEntities: string[]): string | null => {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const id of articleEntities) {
      if (!id.startsWith('cty_')) continue;
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      if (n > (counts.get(best ?? '') ?? 0)) best = id;
    }
    return best;
  };

  for (const { article, mentions } of states) {
    ownInstitutions(article, mentions);
    const discourse: Discourse = { position: 0 };
    const raw: { s: RawStatement; paragraph: number }[] = [];
    let carried: SpeakerRef | undefined;
    const articleEntities: string[] = [];
    const rolesHere: { personId: string; ownerKey?: string; title: string }[] = [];

    const ownerId = (kind: string, key: string) =>
      kind === 'country' ? table.country(key) : kind === 'organization' ? table.organization(key) : kind === 'place' ? table.place(key) : null;

    article.paragraphs.forEach((text, p) => {
      for (const m of mentions[p]!) {
        let id: string | null = null;
        if (m.kind === 'place') id = table.place(m.key);
        else if (m.kind === 'country') id = table.country(m.key, m.via === 'demonym' ? undefined : m.surface);
        else if (m.kind === 'organization') {
          id = table.organization(orgKey(m), m.surface);
          // "Japan's foreign ministry" also names Japan.
          if (m.owner) {
            const owner = table.country(m.owner);
            const k = `${article.id}\u0000${owner}`;
            mentionCounts.set(k, (mentionCounts.get(k) ?? 0) + 1);
          }
        }
        else if (m.kind === 'person') {
          id = resolveRef({ kind: 'person', key: m.key }, m.surface);
          if (id?.startsWith('per_') && m.role) {
            const of = m.role.ownerKey && m.role.ownerKind ? ownerId(m.role.ownerKind, m.role.ownerKey) : null;
            table.addRole(id, { title: m.role.title, of });
            rolesHere.push({ personId: id, ...(m.role.ownerKey ? { ownerKey: m.role.ownerKey } : {}), title: m.role.title });
          }
        }
        if (id) {
          const k = `${article.id}\u0000${id}`;
          mentionCounts.set(k, (mentionCounts.get(k) ?? 0) + 1);
          articleEntities.push(id);
        }
      }
      const result = statementsInParagraph(text, mentions[p]!, discourse, carried);
      carried = result.openQuoteSpeaker ?? result.closingQuoteSpeaker;
      for (const s of result.statements) raw.push({ s, paragraph: p });
      discourse.position += text.length + 1;
    });

    // Statements: speakers to ids, anonymous sources kept by description, "about" from mentions.
    const seen = new Set<string>();
    const named = new Set(articleEntities);
    let articleMain: string | undefined;
    for (const { s, paragraph } of raw) {
      let speakerId: string | null = null;
      let speakerDescription: string | null = null;
      if (s.speaker.kind === 'anonymous') speakerDescription = s.speaker.description;
      else if (s.speaker.kind === 'described') {
        const d = s.speaker;
        const holder = rolesHere.find((r) => (d.orgKey && r.ownerKey === d.orgKey) || (d.countryKey && r.ownerKey === d.countryKey));
        speakerId = holder?.personId ?? null;
        if (!speakerId) speakerDescription = d.description;
      } else {
        speakerId = resolveRef(s.speaker);
        // A single name that speaks but belongs to no person ("Siemens said"): people are named in
        // full before their surname alone, so it is an organisation.
        if (!speakerId && s.speaker.kind === 'person' && s.speaker.single && /^\p{Lu}[\p{Ll}\p{Lu}-]+$/u.test(s.speaker.key)) {
          speakerId = table.organization(s.speaker.key, s.speaker.key);
        }
        if (!speakerId) speakerDescription = s.speaker.key;
      }
      const about = aboutOf(s, mentions[paragraph]!, named, speakerId, s.start, s.end);
      // Nothing named in what was said: the attribution may name the topic ("… on a possible US
      // intervention"), else the country the article is most about.
      if (!about.size) for (const id of aboutOf(s, mentions[paragraph]!, named, speakerId, s.context.start, s.context.end, true)) about.add(id);
      if (!about.size && s.kind === 'reported') {
        const main = (articleMain ??= mainCountry(articleEntities) ?? '') || null;
        if (main && main !== speakerId) about.add(main);
      }
      // A country speaking of "it"/"its" speaks about itself.
      if (speakerId?.startsWith('cty_') && s.kind === 'reported' && /\b(?:it|its|itself)\b/.test(s.text)) about.add(speakerId);
      // "our home", "we": a person speaking for their country, when the quote names nothing else.
      if (speakerId && !about.size && /\b(?:we|our|us)\b/i.test(s.text) && s.kind === 'direct') {
        const own = table.entities.get(speakerId)?.roles?.find((r) => r.of?.startsWith('cty_'))?.of;
        if (own) about.add(own);
      }
      const id = `stm_${hash(`${article.id}\u0000${paragraph}\u0000${s.text}\u0000${speakerId ?? speakerDescription}`)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const stance = STANCE_BY_CUE.get(s.cue.toLowerCase());
      statements.push({
        id,
        articleId: article.id,
        speakerId,
        ...(speakerDescription ? { speakerDescription } : {}),
        text: s.text,
        kind: s.kind,
        cue: s.cue,
        ...(stance ? { stance } : {}),
        medium: s.medium,
        aboutIds: [...about],
        paragraph,
      });
    }

    // The main event of the article.
    const trigger = findEventTrigger(article.title, article.paragraphs[0] ?? '');
    if (trigger) {
      const lead = mentions[0] ?? [];
      const participants = new Set<string>();
      const places = new Set<string>();
      for (const m of lead) {
        if (m.kind === 'country') participants.add(table.country(m.key));
        else if (m.kind === 'organization') participants.add(table.organization(orgKey(m)));
        else if (m.kind === 'place') places.add(table.place(m.key));
      }
      const where = [...participants].find((id) => id.startsWith('cty_'));
      const name = `${trigger.label}${where ? ` (${table.entities.get(where)!.name})` : ''}: ${article.title}`;
      events.push({
        id: `evt_${hash(`${article.id}\u0000${trigger.label}`)}`,
        name,
        date: article.publishedAt,
        participantIds: [...participants],
        placeIds: [...places],
        articleIds: [article.id],
      });
    }
  }

  // Every spelling and the bare surname of each person is an alias ("Volkonskiy" = "Dmitriy Volkonsky").
  for (const cluster of people.clusters) {
    const id = `per_${slug(cluster.name)}`;
    if (!table.entities.has(id)) continue;
    for (const variant of cluster.variants.keys()) {
      table.person(cluster.name, variant);
      const surname = variant.split(' ').at(-1)!;
      // "Min-jun" in "Kim Min-jun" is a given name (the family name comes first): no alias.
      if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(surname)) continue;
      if (people.resolve(surname) === cluster) table.person(cluster.name, surname);
    }
  }

  const mentionsOut: MentionDoc[] = [...mentionCounts].map(([k, count]) => {
    const [articleId, entityId] = k.split('\u0000') as [string, string];
    return { articleId, entityId, count };
  });
  return {
    articles,
    entities: [...table.entities.values()],
    mentions: mentionsOut,
    statements,
    events,
  };
}

/**
 * Give "the defense ministry" an owner: the country named before it in its paragraph, or the one
 * most recently named; later bare mentions of the same head reuse the first one's owner.
 */
function ownInstitutions(article: ArticleDoc, mentions: Mention[][]) {
  const owners = new Map<string, string>();
  let lastCountry: string | undefined;
  article.paragraphs.forEach((_text, p) => {
    for (const m of mentions[p]!) {
      if (m.kind === 'country') lastCountry = m.key;
      if (m.kind === 'organization' && m.owner !== undefined) {
        if (m.owner) {
          if (!owners.has(m.key)) owners.set(m.key, m.owner);
          continue;
        }
        const owner = owners.get(m.key) ?? lastCountry;
        if (owner) {
          m.owner = owner;
          owners.set(m.key, owner);
        }
      }
    }
  });
}
