/**
 * Every Cypher statement the store sends, in Neo4j 5 syntax: the single source for both runners
 * (the embedded one rewrites the few that differ, in ../dialect.ts) and for `npm run lint:cypher`.
 *
 * Generations: each seed writes a new generation of nodes (property `gen`, unique `key` = gen:id),
 * then switches `(:GraphMeta {id: 'graph'}).current` in one small write, then deletes the old one.
 * Readers start every query from the meta node, so they see the old graph or the new one, never a
 * mix, and a seed that dies midway leaves only an invisible partial generation, removed next time.
 * Relationships only join nodes of one generation, so traversals never leave it.
 *
 * Merges: a batch of new articles is written into the current generation in one transaction, which
 * also bumps `meta.revision`; readers see it whole once it commits (see cypher-graph-store.ts).
 */
import { ENTITY_TYPES } from '../../domain/document.js';
import { ARTICLE_LIST_PROPERTIES, ENTITY_COUNTS, ENTITY_LIST_PROPERTIES, UNDATED } from '../page-lists.js';

/** Node labels that carry a generation. */
export const GRAPH_LABELS = ['Entity', ...ENTITY_TYPES, 'Article', 'Statement'] as const;
/** Labels whose nodes are written (entities get their type label plus Entity). */
export const ROOT_LABELS = ['Entity', 'Article', 'Statement'] as const;
/**
 * Every node also carries `Item`: lookups by id that do not know the kind of node (neighbourhoods,
 * paths, exports) then still go through an index.
 */
export const ITEM = 'Item';
/**
 * Name lookup nodes, one per folded name or alias of an entity: an exact, indexed lookup (a list
 * property cannot be indexed, and scanning every entity's aliases took ~40 ms on 4k entities).
 */
export const NAME_KEY = 'NameKey';
/** Every label whose nodes belong to a generation, for removing old generations. */
export const GENERATION_LABELS = [...ROOT_LABELS, NAME_KEY] as const;
export const REL_TYPES = [
  'MENTIONS',
  'SAID',
  'ABOUT',
  'IN',
  'HOLDS_ROLE',
  'PARTICIPATED_IN',
  'LOCATED_IN',
] as const;

/** Full-text indexes: name → label and properties (the embedded dialect maps them to text indexes). */
export const FULLTEXT_INDEXES = {
  entity_search: { label: 'Entity', property: 'searchText' },
  statement_search: { label: 'Statement', property: 'searchText' },
} as const;

/**
 * `UNWIND $rows AS row CREATE (v:Labels {p: row.p, …})`: the properties in the CREATE's own map
 * (creating, then SETting each property, took 40 % longer on the embedded engine).
 */
const createNodes = (variable: string, labels: string, properties: readonly string[]) =>
  `UNWIND $rows AS row CREATE (${variable}:${labels} {${properties.map((p) => `${p}: row.${p}`).join(', ')}})`;

/** `UNWIND $rows AS row MATCH (v:Label {key: row.key}) SET v.p = row.p, …`. */
const setProperties = (variable: string, label: string, properties: readonly string[]) =>
  `UNWIND $rows AS row MATCH (${variable}:${label} {key: row.key}) SET ${properties
    .map((p) => `${variable}.${p} = row.${p}`)
    .join(', ')}`;

/** What an event node keeps besides an entity's fields: what it is, who and where. */
const EVENT_FIELDS = `n.eventType AS eventType, n.description AS description, n.dateEnd AS dateEnd,
  n.figures AS figures, n.participantIds AS participantIds, n.countryIds AS countryIds, n.whereIds AS whereIds`;

/** Entity properties a merge may change (names and lists never: the first name stays). */
const ENTITY_UPDATES = [
  'aliases',
  'aliasEvidence',
  'keys',
  'searchText',
  'roleTitles',
  'code',
  'date',
  'articleIds',
] as const;
/** Events also keep what they are and who and where, for filters (participants, countries, where). */
const EVENT_UPDATES = [
  ...ENTITY_UPDATES,
  'eventType',
  'description',
  'dateEnd',
  'figures',
  'participantIds',
  'countryIds',
  'whereIds',
] as const;
/** Everything an article has but its identity: a changed article gets all of it anew. */
const ARTICLE_UPDATES = [
  'title',
  'publishedAt',
  'captions',
  'paragraphs',
  'sortKey',
  'seq',
  'url',
  'source',
  'contentHash',
  'copyOf',
  ...ARTICLE_LIST_PROPERTIES,
] as const;

const CURRENT = `MATCH (meta:GraphMeta {id: 'graph'}) WITH meta.current AS g`;

/** The root entity list's filters, one for its page and its count alike (types, names, events). */
const ENTITY_FILTER = `
      AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
      AND ($contains IS NULL OR any(k IN n.keys WHERE k CONTAINS $contains))
      AND ($eventType IS NULL OR n.eventType = $eventType)
      AND ($from IS NULL OR (n.date IS NOT NULL AND coalesce(n.dateEnd, n.date) >= $from))
      AND ($to IS NULL OR (n.date IS NOT NULL AND n.date <= $to))
      AND ($participant IS NULL OR $participant IN coalesce(n.participantIds, []))
      AND ($place IS NULL OR $place IN coalesce(n.whereIds, []))`;

const ENTITY_FIELDS = `n.id AS id, [l IN labels(n) WHERE NOT l IN ['Item', 'Entity']][0] AS type, n.name AS name,
  n.aliases AS aliases, n.aliasEvidence AS aliasEvidence, n.code AS code, n.date AS date, n.eventType AS eventType,
  n.description AS description,
  n.dateEnd AS dateEnd, n.figures AS figures`;
const ARTICLE_FIELDS = `a.id AS id, a.title AS title, a.publishedAt AS publishedAt,
  a.captions AS captions, a.paragraphs AS paragraphs, a.url AS url, a.source AS source,
  a.contentHash AS contentHash, a.copyOf AS copyOf`;
/** A statement with its speaker, article and about ids: one row, so loaders need no second query. */
const STATEMENT_FIELDS = `s.id AS id, s.text AS text, s.kind AS kind, s.cue AS cue, s.negated AS negated, s.stance AS stance,
  s.medium AS medium, s.paragraph AS paragraph, s.speakerDescription AS speakerDescription,
  s.articleId AS articleId, s.speakerId AS speakerId, s.aboutIds AS aboutIds, s.spans AS spans`;

/** A node as drawn: id, GraphQL type name, label. */
const NODE_VIEW = `n.id AS id, [l IN labels(n) WHERE NOT l IN ['Item', 'Entity']][0] AS type,
  coalesce(n.name, n.title, n.text) AS label`;

/** A statement as one map column, so that it can share a UNION with rows that have none. */
const STATEMENT_MAP = `{id: s.id, text: s.text, kind: s.kind, cue: s.cue, negated: s.negated, stance: s.stance, medium: s.medium,
  paragraph: s.paragraph, speakerDescription: s.speakerDescription, articleId: s.articleId,
  speakerId: s.speakerId, aboutIds: s.aboutIds, sortKey: s.sortKey, spans: s.spans}`;

/**
 * Where a relation page starts in the list `l`: after the cursor's item, where the cursor saw it
 * or, when items were inserted before it since, where it is now; -1 when it is gone.
 */
const PAGE_START = `CASE WHEN $afterId IS NULL THEN 0 WHEN l[$afterPos] = $afterId THEN $afterPos + 1
      ELSE coalesce([i IN range(0, size(l) - 1) WHERE l[i] = $afterId][0] + 1, -1) END`;

/** Filters shared by a list and its count; a null parameter means "any". Dates are ISO strings. */
const ARTICLE_FILTER = `($from IS NULL OR a.publishedAt >= $from) AND ($to IS NULL OR a.publishedAt <= $to)`;
const STATEMENT_FILTER = `($speakerId IS NULL OR s.speakerId = $speakerId)
      AND ($aboutId IS NULL OR $aboutId IN s.aboutIds)
      AND ($articleId IS NULL OR s.articleId = $articleId)
      AND ($kind IS NULL OR s.kind = $kind)
      AND ($stance IS NULL OR s.stance = $stance)
      AND ($speakerType IS NULL OR s.speakerType = $speakerType)
      AND ($from IS NULL OR s.date >= $from)
      AND ($to IS NULL OR s.date <= $to)`;

/**
 * Keyset pages by date in either direction: the order and the cursor comparison go together.
 * Undated items (sort keys from UNDATED on) come last both ways: oldest first they sort last by
 * key; newest first, dated items go first, newest first, then undated ones, and a cursor on a
 * dated item still lets every undated one through.
 */
const byDate = (v: string, order: 'ASC' | 'DESC') => {
  const k = `${v}.sortKey`;
  if (order === 'ASC') return { after: `($after IS NULL OR ${k} > $after)`, order: `${k}` };
  return {
    after: `($after IS NULL OR ($after < '${UNDATED}' AND (${k} < $after OR ${k} >= '${UNDATED}'))
      OR ($after >= '${UNDATED}' AND ${k} >= '${UNDATED}' AND ${k} < $after))`,
    order: `CASE WHEN ${k} >= '${UNDATED}' THEN 1 ELSE 0 END, ${k} DESC`,
  };
};
const listArticles = (order: 'ASC' | 'DESC') => {
  const by = byDate('a', order);
  return `${CURRENT} MATCH (a:Article) WHERE a.gen = g AND ${ARTICLE_FILTER} AND ${by.after}
    RETURN a.sortKey AS cursor, ${ARTICLE_FIELDS} ORDER BY ${by.order} LIMIT $limit`;
};
const listStatements = (order: 'ASC' | 'DESC') => {
  const by = byDate('s', order);
  return `${CURRENT} MATCH (s:Statement) WHERE s.gen = g AND ${STATEMENT_FILTER} AND ${by.after}
    RETURN s.sortKey AS cursor, ${STATEMENT_FIELDS} ORDER BY ${by.order} LIMIT $limit`;
};

/** What entities rank by: a count property written with their lists, or their name (sort key). */
export const ENTITY_RANKS = {
  name: null,
  mentions: ENTITY_COUNTS.mentions,
  articles: ENTITY_COUNTS.articles,
  statements: ENTITY_COUNTS.statements,
} as const;

/**
 * A ranked page: rows carry their rank and sort key (the cursor is both: ties are broken by name,
 * ascending, whichever way the rank goes). `from` matches `n` and leaves `n, rank` for the rest.
 */
const rankedPage = (from: string, order: 'ASC' | 'DESC') => `${from}
    WITH n, rank WHERE $afterKey IS NULL OR rank ${order === 'ASC' ? '>' : '<'} $afterRank
      OR (rank = $afterRank AND n.sortKey > $afterKey)
    RETURN rank, n.sortKey AS sortKey, ${ENTITY_FIELDS} ORDER BY rank ${order}, n.sortKey LIMIT $limit`;

const listEntities = (order: 'ASC' | 'DESC') => `${CURRENT} MATCH (n:Entity) WHERE n.gen = g${ENTITY_FILTER}
      AND ($after IS NULL OR n.sortKey ${order === 'ASC' ? '>' : '<'} $after)
    RETURN n.sortKey AS cursor, ${ENTITY_FIELDS} ORDER BY n.sortKey ${order} LIMIT $limit`;

const eachOrder = <T>(make: (order: 'ASC' | 'DESC') => T) => ({ asc: make('ASC'), desc: make('DESC') });

/**
 * Who spoke about an entity (or what an entity spoke about), with how many statements: read
 * from the entity outwards, so the cost is that entity's statements, not the graph's.
 */
const SPEAKERS_OF = `MATCH (t:Entity {id: $id})<-[:ABOUT]-(:Statement)<-[:SAID]-(n:Entity) WHERE t.gen = g`;
const SUBJECTS_OF = `MATCH (t:Entity {id: $id})-[:SAID]->(:Statement)-[:ABOUT]->(n:Entity) WHERE t.gen = g`;
/** Without an entity: every speaker (subject) of the graph, by its count property. */
const ALL_WITH = (property: string) =>
  `MATCH (n:Entity) WHERE n.gen = g AND coalesce(n.${property}, 0) > 0 WITH n, n.${property} AS rank`;

/** What pairing statements into disputes needs of each: who, which stance, about what, when. */
const DISPUTE_FIELDS = `s.id AS id, s.speakerId AS speakerId, s.stance AS stance, s.aboutIds AS aboutIds,
  s.eventIds AS eventIds, s.sortKey AS sortKey`;

/**
 * The curation log: nodes outside every generation (no `gen`), so a reseed neither sees nor
 * removes them, on both engines alike.
 */
export const CURATION = 'Curation';

export const MIGRATIONS: string[] = [
  `CREATE CONSTRAINT curation_seq IF NOT EXISTS FOR (c:${CURATION}) REQUIRE c.seq IS UNIQUE`,
  `CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE`,
  ...ROOT_LABELS.flatMap((label) => [
    `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
    `CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`,
    `CREATE INDEX ${label.toLowerCase()}_gen IF NOT EXISTS FOR (n:${label}) ON (n.gen)`,
  ]),
  ...ENTITY_TYPES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) ON (n.id)`,
  ),
  `CREATE INDEX item_id IF NOT EXISTS FOR (n:Item) ON (n.id)`,
  `CREATE INDEX article_text IF NOT EXISTS FOR (a:Article) ON (a.contentHash)`,
  `CREATE CONSTRAINT namekey_key IF NOT EXISTS FOR (k:${NAME_KEY}) REQUIRE k.key IS UNIQUE`,
  `CREATE INDEX namekey_name IF NOT EXISTS FOR (k:${NAME_KEY}) ON (k.name)`,
  `CREATE INDEX namekey_gen IF NOT EXISTS FOR (k:${NAME_KEY}) ON (k.gen)`,
  ...Object.entries(FULLTEXT_INDEXES).map(
    ([name, { label, property }]) =>
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [n.${property}] ` +
      `OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding'}}`,
  ),
];

export const CYPHER = {
  // --- generations -------------------------------------------------------------------------
  /**
   * The current generation, when it was seeded, how many batches were merged into it since, the
   * next free article sequence number and the store format: what writes and the response cache
   * key on.
   */
  graphVersion: `MATCH (meta:GraphMeta {id: 'graph'}) RETURN meta.current AS gen, meta.seededAt AS seededAt,
    meta.revision AS revision, meta.nextSeq AS nextSeq, meta.format AS format`,
  switchGeneration: `MERGE (meta:GraphMeta {id: 'graph'}) SET meta.current = $gen, meta.seededAt = $seededAt,
    meta.revision = 0, meta.nextSeq = $nextSeq, meta.format = $format`,
  /** A batch merged into the current generation: written in the batch's own transaction. */
  bumpRevision: `MATCH (meta:GraphMeta {id: 'graph'}) WHERE meta.current = $gen AND meta.revision = $revision
    SET meta.revision = $revision + 1, meta.nextSeq = $nextSeq RETURN meta.revision AS revision`,
  /** Remove a batch of one label's nodes not in the kept generation; run until it deletes none. */
  deleteOtherGenerations: Object.fromEntries(
    GENERATION_LABELS.map((label) => [
      label,
      `MATCH (n:${label}) WHERE n.gen <> $keep WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
    ]),
  ) as Record<(typeof GENERATION_LABELS)[number], string>,

  // --- what a batch touches, in the generation it is written to ($keys are gen:id) -------------
  storedArticles: `UNWIND $keys AS k MATCH (a:Article {key: k})
    RETURN a.id AS id, a.contentHash AS contentHash, a.seq AS seq, a.list_in AS statementIds,
      a.list_mentions AS mentionIds`,
  storedStatements: `UNWIND $keys AS k MATCH (s:Statement {key: k})
    RETURN s.id AS id, s.speakerId AS speakerId, s.aboutIds AS aboutIds, s.eventIds AS eventIds,
      s.kind AS kind`,
  /** Articles with these texts, oldest first: the originals new copies point at. */
  articlesWithText: `UNWIND $hashes AS h MATCH (a:Article {contentHash: h}) WHERE a.gen = $gen
    RETURN h AS contentHash, a.id AS id ORDER BY a.sortKey`,
  storedEntities: `UNWIND $keys AS k MATCH (n:Entity {key: k})
    RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Item', 'Entity']][0] AS type, n.name AS name,
      n.aliases AS aliases, n.aliasEvidence AS aliasEvidence, n.keys AS keys, n.roleTitles AS roleTitles, n.code AS code, n.date AS date,
      n.articleIds AS articleIds, ${EVENT_FIELDS}`,
  /** Read only for people whose new roles name an entity (a hub's adjacency is long). */
  storedRoles: `UNWIND $keys AS k MATCH (p:Entity {key: k})-[r:HOLDS_ROLE]->(o:Entity)
    RETURN p.id AS id, r.title AS title, o.id AS ofId`,
  entityLists: `UNWIND $keys AS k MATCH (n:Entity {key: k})
    RETURN n.id AS id, ${ENTITY_LIST_PROPERTIES.map((p) => `n.${p} AS ${p}`).join(', ')}`,
  /** Every entity of a generation and the items of its lists: to build the lists once, at a seed's end. */
  entityKeys: `MATCH (n:Entity) WHERE n.gen = $gen RETURN n.key AS key ORDER BY key`,
  saidItems: `UNWIND $keys AS k MATCH (n:Entity {key: k})-[:SAID]->(s:Statement)
    RETURN n.id AS id, s.id AS item, s.sortKey AS key, s.kind AS kind`,
  // Written from the entity, arrow to the left: Grafeo then starts at the entity (the other way
  // round it scanned every statement, 100x slower).
  aboutItems: `UNWIND $keys AS k MATCH (n:Entity {key: k})<-[:ABOUT]-(s:Statement)
    RETURN n.id AS id, s.id AS item, s.sortKey AS key, s.kind AS kind`,
  mentionItems: `UNWIND $keys AS k MATCH (n:Entity {key: k})<-[m:MENTIONS]-(a:Article)
    RETURN n.id AS id, a.id AS item, a.sortKey AS key, m.count AS count`,
  /** Every entity but events, for resolving the names of new articles (extract's `known`). */
  knownEntities: `${CURRENT} MATCH (n:Entity) WHERE n.gen = g AND NOT n:Event
    RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Item', 'Entity']][0] AS type, n.name AS name,
      n.aliases AS aliases ORDER BY n.sortKey`,

  // --- writing ---------------------------------------------------------------------------------
  // Nodes and relationships are CREATEd: the merge plan knows what exists. The unique key
  // constraint turns a duplicate into an error rather than a silent merge, and relationships need
  // no existence check: a MERGE from a hub (a country that said thousands of things) scanned the
  // hub's whole adjacency for every row, which made seeding quadratic in a speaker's statements.
  deleteStatements: `UNWIND $rows AS row MATCH (s:Statement {key: row.key}) DETACH DELETE s`,
  deleteMentions: `UNWIND $rows AS row MATCH (a:Article {key: row.key})-[m:MENTIONS]->() DELETE m`,
  /** Entities but events (createEvents writes those, with what only events carry). */
  createEntities: Object.fromEntries(
    ENTITY_TYPES.filter((type) => type !== 'Event').map((type) => [
      type,
      createNodes('n', `Entity:${type}:Item`, ['key', 'id', 'gen', 'name', ...ENTITY_UPDATES, 'sortKey']),
    ]),
  ) as Record<Exclude<(typeof ENTITY_TYPES)[number], 'Event'>, string>,
  /** Events carry what other entities lack: their type, description, last day and figures (JSON). */
  createEvents: createNodes('n', 'Entity:Event:Item', [
    'key',
    'id',
    'gen',
    'name',
    ...EVENT_UPDATES,
    'sortKey',
  ]),
  updateEntities: setProperties('n', 'Entity', ENTITY_UPDATES),
  /** Name keys of names an entity no longer has (curation removed an alias). */
  deleteNameKeys: `UNWIND $rows AS row MATCH (k:${NAME_KEY} {key: row.key}) DELETE k`,
  updateEvents: setProperties('n', 'Entity', EVENT_UPDATES),
  setEntityLists: setProperties('n', 'Entity', [...ENTITY_LIST_PROPERTIES, ...Object.values(ENTITY_COUNTS)]),
  createArticles: createNodes('a', 'Article:Item', ['key', 'id', 'gen', ...ARTICLE_UPDATES]),
  updateArticles: setProperties('a', 'Article', ARTICLE_UPDATES),
  createNameKeys: createNodes('k', NAME_KEY, ['key', 'gen', 'name', 'entityKey']),
  createStatements: createNodes('s', 'Statement:Item', [
    'key',
    'id',
    'gen',
    'text',
    'kind',
    'cue',
    'negated',
    'stance',
    'medium',
    'paragraph',
    'speakerDescription',
    'articleId',
    'speakerId',
    'aboutIds',
    'eventIds',
    'sortKey',
    'searchText',
    'date',
    'speakerType',
    'spans',
  ]),
  // A statement and its article are joined in a step of their own: matched after a write in the
  // same statement, the article lookup did not use its index on Grafeo (5x slower seeding).
  createIn: `UNWIND $rows AS row MATCH (s:Statement {key: row.from}) MATCH (a:Article {key: row.to})
    CREATE (s)-[:\`IN\`]->(a)`,
  createSaid: `UNWIND $rows AS row MATCH (e:Entity {key: row.from}) MATCH (s:Statement {key: row.to})
    CREATE (e)-[:SAID]->(s)`,
  createAbout: `UNWIND $rows AS row MATCH (s:Statement {key: row.from}) MATCH (e:Entity {key: row.to})
    CREATE (s)-[:ABOUT]->(e)`,
  createMentions: `UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (e:Entity {key: row.to})
    CREATE (a)-[:MENTIONS {count: row.count}]->(e)`,
  createHoldsRole: `UNWIND $rows AS row MATCH (p:Entity {key: row.from}) MATCH (o:Entity {key: row.to})
    CREATE (p)-[:HOLDS_ROLE {title: row.title}]->(o)`,
  createParticipatedIn: `UNWIND $rows AS row MATCH (e:Entity {key: row.from}) MATCH (v:Entity {key: row.to})
    CREATE (e)-[:PARTICIPATED_IN {role: row.role}]->(v)`,
  createLocatedIn: `UNWIND $rows AS row MATCH (v:Entity {key: row.from}) MATCH (p:Entity {key: row.to})
    CREATE (v)-[:LOCATED_IN]->(p)`,

  // --- counts ------------------------------------------------------------------------------
  /**
   * Nodes per label and relationships per type, in one statement so that they count one snapshot.
   * A count per label: unwinding every node's labels held a row per label of every node at once
   * (on the embedded engine, 800 MB for a graph of 20,000 articles).
   */
  counts: [
    ...[ITEM, ...GRAPH_LABELS].map(
      (label) => `${CURRENT} MATCH (n:${label}) WHERE n.gen = g
    RETURN 'node' AS kind, '${label}' AS name, count(n) AS count`,
    ),
    `${CURRENT} MATCH (n:Item)-[r]->() WHERE n.gen = g RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count`,
  ].join('\n    UNION ALL\n    '),
  hasArticles: `${CURRENT} MATCH (a:Article) WHERE a.gen = g RETURN a.id AS id LIMIT 1`,

  // --- point lookups -----------------------------------------------------------------------
  entitiesByIds: `${CURRENT} UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE n.gen = g RETURN ${ENTITY_FIELDS}`,
  articlesByIds: `${CURRENT} UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.gen = g RETURN ${ARTICLE_FIELDS}`,
  statementsByIds: `${CURRENT} UNWIND $ids AS id MATCH (s:Statement {id: id}) WHERE s.gen = g RETURN ${STATEMENT_FIELDS}`,
  /** Names arrive folded (lower case, no diacritics), as name keys are stored. */
  entitiesByNameKeys: `${CURRENT} UNWIND $keys AS lookup MATCH (k:${NAME_KEY} {name: lookup}) WHERE k.gen = g
    MATCH (n:Entity {key: k.entityKey}) RETURN lookup, ${ENTITY_FIELDS} ORDER BY n.sortKey`,

  // --- root connections (page: sortKey > $after, first + 1 rows to know hasNextPage) ----------
  listEntities: eachOrder(listEntities),
  /**
   * Entities by a count property ($property, one of ENTITY_RANKS), ascending in $sign × count: a
   * sign of -1 ranks the largest first, and one statement serves every count and direction.
   */
  rankEntities: rankedPage(
    `${CURRENT} MATCH (n:Entity) WHERE n.gen = g${ENTITY_FILTER} WITH n, $sign * coalesce(n[$property], 0) AS rank`,
    'ASC',
  ),
  /** Counts written with each entity's lists; 0 for entities no article names. */
  entityCounts: `${CURRENT} UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE n.gen = g
    RETURN n.id AS id, ${Object.entries(ENTITY_COUNTS)
      .map(([name, property]) => `coalesce(n.${property}, 0) AS ${name}`)
      .join(', ')}`,
  speakers: {
    about: rankedPage(`${CURRENT} ${SPEAKERS_OF} WITH n, count(*) AS rank`, 'DESC'),
    all: rankedPage(`${CURRENT} ${ALL_WITH(ENTITY_COUNTS.statements)}`, 'DESC'),
  },
  countSpeakers: {
    about: `${CURRENT} ${SPEAKERS_OF} RETURN count(DISTINCT n) AS total`,
    all: `${CURRENT} ${ALL_WITH(ENTITY_COUNTS.statements)} RETURN count(n) AS total`,
  },
  subjects: {
    by: rankedPage(`${CURRENT} ${SUBJECTS_OF} WITH n, count(*) AS rank`, 'DESC'),
    all: rankedPage(`${CURRENT} ${ALL_WITH(ENTITY_COUNTS.about)}`, 'DESC'),
  },
  countSubjects: {
    by: `${CURRENT} ${SUBJECTS_OF} RETURN count(DISTINCT n) AS total`,
    all: `${CURRENT} ${ALL_WITH(ENTITY_COUNTS.about)} RETURN count(n) AS total`,
  },
  countEntities: `${CURRENT} MATCH (n:Entity) WHERE n.gen = g${ENTITY_FILTER}
    RETURN count(n) AS total`,
  listArticles: {
    asc: listArticles('ASC'),
    desc: listArticles('DESC'),
  },
  countArticles: `${CURRENT} MATCH (a:Article) WHERE a.gen = g AND ${ARTICLE_FILTER} RETURN count(a) AS total`,
  listStatements: {
    asc: listStatements('ASC'),
    desc: listStatements('DESC'),
  },
  countStatements: `${CURRENT} MATCH (s:Statement) WHERE s.gen = g AND ${STATEMENT_FILTER} RETURN count(s) AS total`,

  // --- disputes: statements with a stance that another can oppose, then paired in the store ---
  disputeCandidates: {
    /** Statements about the anchors or said by them: everything that can dispute around them. */
    around: `${CURRENT} UNWIND $ids AS anchor MATCH (n:Entity {id: anchor}) WHERE n.gen = g
    UNWIND coalesce(n.list_about, []) + coalesce(n.list_said, []) AS sid
    WITH DISTINCT g, sid MATCH (s:Statement {id: sid}) WHERE s.gen = g AND s.stance IN $stances
    RETURN ${DISPUTE_FIELDS}`,
    all: `${CURRENT} MATCH (s:Statement) WHERE s.gen = g AND s.stance IN $stances RETURN ${DISPUTE_FIELDS}`,
    /** The statements asked about themselves, whatever their stance. */
    byIds: `${CURRENT} UNWIND $ids AS id MATCH (s:Statement {id: id}) WHERE s.gen = g RETURN ${DISPUTE_FIELDS}`,
  },

  // --- curation log and reading the graph back as documents (to rebuild it curated) ----------
  curationLog: `MATCH (c:${CURATION}) RETURN c.seq AS seq, c.op AS op, c.at AS at ORDER BY c.seq`,
  appendCuration: `CREATE (c:${CURATION} {seq: $seq, op: $op, at: $at})`,
  removeCuration: `MATCH (c:${CURATION} {seq: $seq}) DELETE c`,
  /** An article's statements with what a document has of them (their events too). */
  articleStatements: `${CURRENT} UNWIND $ids AS aid MATCH (a:Article {id: aid}) WHERE a.gen = g
    UNWIND coalesce(a.list_in, []) AS sid MATCH (s:Statement {id: sid}) WHERE s.gen = g
    RETURN ${STATEMENT_FIELDS}, s.eventIds AS eventIds`,
  articleMentions: `${CURRENT} UNWIND $ids AS aid MATCH (a:Article {id: aid})-[m:MENTIONS]->(e:Entity)
    WHERE a.gen = g RETURN aid AS articleId, e.id AS entityId, m.count AS count`,
  /** Events reported by any of these articles (events are few: a label scan). */
  eventsOfArticles: `${CURRENT} MATCH (v:Event) WHERE v.gen = g
    AND any(x IN coalesce(v.articleIds, []) WHERE x IN $ids) RETURN v.id AS id`,

  // --- batched relations: one page per anchor id, sliced from the anchor's ordered list -------
  // (see ../page-lists.ts). $list names the list property; $count items from the start.
  /**
   * First part: each anchor's total and page ids (in order); second part: the page's statements.
   * One statement, so both parts read the same generation.
   */
  statementPages: `${CURRENT} UNWIND $ids AS anchor MATCH (n:Item {id: anchor}) WHERE n.gen = g
    WITH anchor, coalesce(n[$list], []) AS l WITH anchor, l, ${PAGE_START} AS start
    RETURN anchor, start, size(l) AS total, l[start..start + $count] AS pageIds, null AS statement
    UNION ALL
    ${CURRENT} UNWIND $ids AS anchor MATCH (n:Item {id: anchor}) WHERE n.gen = g
    WITH g, anchor, coalesce(n[$list], []) AS l WITH g, anchor, l, ${PAGE_START} AS start WHERE start >= 0
    UNWIND l[start..start + $count] AS sid MATCH (s:Statement {id: sid}) WHERE s.gen = g
    RETURN anchor, start, null AS total, null AS pageIds, ${STATEMENT_MAP} AS statement`,
  /** Mentions: ids and counts are parallel lists. */
  mentionPages: `${CURRENT} UNWIND $ids AS anchor MATCH (n:Item {id: anchor}) WHERE n.gen = g
    WITH anchor, coalesce(n[$list], []) AS l, coalesce(n[$counts], []) AS c
    WITH anchor, l, c, ${PAGE_START} AS start
    RETURN anchor, start, size(l) AS total, l[start..start + $count] AS ids,
      c[start..start + $count] AS counts`,
  rolesOf: `${CURRENT} UNWIND $ids AS anchor
    OPTIONAL MATCH (p:Entity {id: anchor}) WHERE p.gen = g
    OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(o:Entity)
    WITH anchor, p, collect({title: r.title, ofId: o.id}) AS linked
    RETURN anchor, p.roleTitles AS titles, [x IN linked WHERE x.title IS NOT NULL] AS linked`,
  eventLinks: `${CURRENT} UNWIND $ids AS anchor
    OPTIONAL MATCH (v:Event {id: anchor}) WHERE v.gen = g
    OPTIONAL MATCH (p:Entity)-[r:PARTICIPATED_IN]->(v)
    WITH anchor, v, collect(DISTINCT {id: p.id, role: r.role}) AS participants
    OPTIONAL MATCH (v)-[:LOCATED_IN]->(pl:Entity)
    RETURN anchor, participants, collect(DISTINCT pl.id) AS placeIds, v.articleIds AS articleIds,
      v.countryIds AS countryIds`,

  eventsOf: `${CURRENT} UNWIND $ids AS anchor
    MATCH (p:Entity {id: anchor})-[r:PARTICIPATED_IN]->(v:Event) WHERE p.gen = g AND ($role IS NULL OR r.role = $role)
    WITH anchor, r.role AS role, v ORDER BY v.date DESC, v.sortKey
    WITH anchor, collect({eventId: v.id, role: role}) AS items
    RETURN anchor, items[0..$first] AS items`,

  // --- exploring -------------------------------------------------------------------------------
  searchEntities: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $k}) YIELD node, score
    MATCH (meta:GraphMeta {id: 'graph'}) WITH node, score, meta.current AS g WHERE node.gen = g
      AND ($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
    RETURN node.id AS id, [l IN labels(node) WHERE NOT l IN ['Item', 'Entity']][0] AS type, score
    ORDER BY score DESC, node.sortKey LIMIT $first`,
  searchStatements: `CALL db.index.fulltext.queryNodes('statement_search', $query, {limit: $k}) YIELD node, score
    MATCH (meta:GraphMeta {id: 'graph'}) WITH node, score, meta.current AS g WHERE node.gen = g
    RETURN node.id AS id, 'Statement' AS type, score ORDER BY score DESC, node.sortKey LIMIT $first`,
  /** Nodes by id, whatever their kind: the start of a neighbourhood. */
  nodesByIds: `${CURRENT} MATCH (n:Item) WHERE n.id IN $ids AND n.gen = g RETURN ${NODE_VIEW}`,
  /**
   * One hop of a breadth-first neighbourhood: new nodes next to the frontier, at most $limit.
   * (A variable-length pattern would enumerate every path first: a country with thousands of
   * statements made a two-hop neighbourhood take seconds.)
   */
  neighborsOf: `${CURRENT} MATCH (a:Item)--(n:Item) WHERE a.id IN $ids AND a.gen = g AND NOT n.id IN $seen
    WITH DISTINCT n LIMIT $limit
    RETURN ${NODE_VIEW}`,
  /**
   * Candidate edges of a set of nodes, each read from its low-degree end; the store keeps those
   * whose both ends are in the set. Countries, organisations and places are hubs (thousands of
   * statements about one country), so their edges are read from the other side: statements,
   * articles, events and people expand their outgoing edges, and statements and events also the
   * incoming ones from hubs (SAID, PARTICIPATED_IN). Every relationship type has such an end.
   */
  edgesOf: `${CURRENT} UNWIND $ids AS id MATCH (a:Item {id: id}) WHERE a.gen = g AND NOT (a:Country OR a:Organization OR a:Place)
    MATCH (a)-[r]->(b:Item) RETURN a.id AS source, type(r) AS type, b.id AS target, r.title AS title
    UNION ALL
    ${CURRENT} UNWIND $ids AS id MATCH (b:Item {id: id}) WHERE b.gen = g AND (b:Statement OR b:Event)
    MATCH (b)<-[r]-(a) WHERE a:Country OR a:Organization OR a:Place
    RETURN a.id AS source, type(r) AS type, b.id AS target, r.title AS title`,
  /** Who spoke about whom: statements per (speaker, subject, stance), for the speaker network export. */
  speakerNetwork: `${CURRENT} MATCH (sp:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(sub:Entity) WHERE s.gen = g
    RETURN sp.id AS speaker, sub.id AS subject, s.stance AS stance, count(s) AS count
    ORDER BY speaker, subject, stance`,
  allNodes: `${CURRENT} MATCH (n:Item) WHERE n.gen = g RETURN ${NODE_VIEW} ORDER BY n.key LIMIT $limit`,
  /**
   * Shortest path up to the largest hop count offered; the store drops longer ones. Of the shortest
   * paths the one with fewest co-mentions (MENTIONS say least about a link), then by node ids:
   * engines enumerate equally short paths in different orders, the answer must not depend on it.
   */
  shortestPath: `${CURRENT} MATCH (a:Item {id: $from}) WHERE a.gen = g MATCH (b:Item {id: $to}) WHERE b.gen = g
    MATCH p = allShortestPaths((a)-[*..6]-(b))
    WITH p, size([r IN relationships(p) WHERE type(r) = 'MENTIONS']) AS mentions,
      reduce(ids = '', n IN nodes(p) | ids + ' ' + n.id) AS ids
    ORDER BY mentions, ids LIMIT 1
    RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), label: coalesce(n.name, n.title, n.text)}] AS nodes,
      [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels`,
  related: `${CURRENT} UNWIND $ids AS anchor MATCH (e:Entity {id: anchor}) WHERE e.gen = g
    CALL {
      WITH e MATCH (e)-[:SAID]->(:Statement)-[:ABOUT]->(o:Entity) WHERE o <> e
        RETURN o.id AS other, 'said something about it' AS reason, 3 AS weight
      UNION ALL WITH e MATCH (o:Entity)-[:SAID]->(:Statement)-[:ABOUT]->(e) WHERE o <> e
        RETURN o.id AS other, 'spoke about it' AS reason, 3 AS weight
      UNION ALL WITH e MATCH (e)-[:HOLDS_ROLE]-(o:Entity)
        RETURN o.id AS other, 'holds a role' AS reason, 3 AS weight
      UNION ALL WITH e MATCH (e)<-[:ABOUT]-(:Statement)-[:ABOUT]->(o:Entity) WHERE o <> e
        RETURN o.id AS other, 'discussed together' AS reason, 2 AS weight
      UNION ALL WITH e MATCH (e)-[:PARTICIPATED_IN]-(o:Entity) WHERE o <> e
        RETURN o.id AS other, 'event participation' AS reason, 2 AS weight
      UNION ALL WITH e MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Entity) WHERE o <> e
        RETURN o.id AS other, 'mentioned in the same article' AS reason, 1 AS weight
    }
    RETURN anchor, other, reason, sum(weight) AS weight`,
  timeline: `${CURRENT} MATCH (e:Entity {id: $id}) WHERE e.gen = g
    CALL {
      WITH e MATCH (e)-[:SAID]->(s:Statement) RETURN s.id AS id, 'Statement' AS type, s.date AS date, s.sortKey AS k
      UNION WITH e MATCH (s:Statement)-[:ABOUT]->(e) RETURN s.id AS id, 'Statement' AS type, s.date AS date, s.sortKey AS k
      UNION WITH e MATCH (e)-[:PARTICIPATED_IN]->(v:Event) RETURN v.id AS id, 'Event' AS type, v.date AS date, v.sortKey AS k
    }
    RETURN id, type, date ORDER BY coalesce(date, '9999-99-99'), k LIMIT $first`,
} as const;

/** Every statement in the registry, flattened with a name: what lint:cypher checks. */
export function allStatements(): { name: string; cypher: string }[] {
  const out: { name: string; cypher: string }[] = MIGRATIONS.map((cypher, i) => ({
    name: `migration ${i + 1}`,
    cypher,
  }));
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out.push({ name: prefix, cypher: value });
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(prefix ? `${prefix}.${key}` : key, inner);
    }
  };
  walk('', CYPHER);
  return out;
}
