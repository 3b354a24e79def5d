import { applyCuration, type CurationEntry, type CurationOp } from '../domain/curation.js';
import type {
  AliasDoc,
  ArticleDoc,
  EntityDoc,
  EventDoc,
  EventRole,
  EventType,
  ExtractionDocument,
  FigureDoc,
  Stance,
  StatementDoc,
  StatementKind,
  TextSpan,
} from '../domain/document.js';
import { CYPHER, ENTITY_RANKS, GENERATION_LABELS, MIGRATIONS, REL_TYPES } from './cypher/registry.js';
import {
  DISPUTABLE_STANCES,
  disputes,
  newestFirst,
  pairDisputes,
  type DisputeCandidate,
} from '../domain/disputes.js';
import type {
  ArticleFilter,
  ArticleRecord,
  Counts,
  DisputeFilter,
  DisputeRecord,
  EntityCounts,
  EntityOrder,
  RankedEntity,
  EntityFilter,
  EntityRecord,
  EventInvolvement,
  EventLinks,
  GraphStore,
  MentionRecord,
  Page,
  PageArgs,
  KnownEntityRecord,
  MergeResult,
  RoleRecord,
  SortOrder,
  StatementAnchor,
  StatementFilter,
  StatementRecord,
  WriteOptions,
} from './graph-store.js';
import type {
  GraphRecord,
  RelatedRecord,
  SearchHitRecord,
  SearchOptions,
  SpeakerSubjectRecord,
  TimelineRecord,
} from './graph-explorer.js';
import { InvalidCursorError, StoreFormatError } from './errors.js';
import { Explorer } from './explorer.js';
import {
  entityListRow,
  fingerprint,
  ListItems,
  mergePlan,
  splitBatch,
  touchedEntities,
  type GraphState,
  type StoredEntity,
  type StoredEvent,
  type StoredStatement,
} from './merge-plan.js';
import { MENTION_LISTS, UNDATED, listCursor, parseListCursor, statementListProperty } from './page-lists.js';
import type { CypherRunner, Row } from './runner.js';
import { foldKey, searchText } from './text-keys.js';
import { validateDocument } from './validate-document.js';

const DEFAULT_BATCH = 1000;
/** Articles per document when the graph is read back to be rebuilt curated. */
const DUMP_BATCH = 200;
const DELETE_BATCH = 5000;
/** Rows per lookup of what a batch touches. */
const READ_BATCH = 5000;
/** Entities whose lists are built together at a seed's end (a hub alone may bring 100,000 items). */
const LIST_SLICE = 500;
/**
 * What a store writes: 2 added article sequence numbers, list sort keys and position cursors; 3
 * entity counts beside their lists (rankings). A graph written by an older version serves reads
 * but must be seeded again to take merges.
 */
const STORE_FORMAT = 3;

/** Reads and writes of one batch: inside one transaction (merge) or each on its own (seed). */
interface BatchWriter {
  read(query: string, params: Record<string, unknown>): Promise<Row[]>;
  write(query: string, params: Record<string, unknown>): Promise<void>;
}

const isDocument = (source: unknown): source is ExtractionDocument =>
  typeof source === 'object' && source !== null && Array.isArray((source as ExtractionDocument).articles);

/** A lookup by many keys, in slices. */
async function readAll(
  io: BatchWriter,
  query: string,
  keys: string[],
  param = 'keys',
  extra: Record<string, unknown> = {},
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < keys.length; start += READ_BATCH) {
    rows.push(...(await io.read(query, { ...extra, [param]: keys.slice(start, start + READ_BATCH) })));
  }
  return rows;
}

/**
 * The one GraphStore implementation: registry Cypher over whichever runner the config chose.
 * Everything engine-specific lives in the runners and the dialect, nothing here.
 */
export class CypherGraphStore implements GraphStore {
  readonly kind: string;
  private readonly explorer: Explorer;

  constructor(private readonly runner: CypherRunner) {
    this.kind = runner.kind;
    this.explorer = new Explorer(runner);
  }

  /** Create constraints and indexes; idempotent, run at every open. */
  async migrate(): Promise<void> {
    for (const statement of MIGRATIONS) await this.runner.migrate(statement);
  }

  // --- writing -----------------------------------------------------------------------------

  /**
   * Replace the whole graph, from one document or a stream of batches: each batch is merged into
   * a new generation that readers do not see, then one tiny write switches them over to it, and
   * the old one is removed. A failure anywhere leaves the old generation current and whole; what
   * the failed seed wrote is invisible and cleared by the next one.
   */
  replace(
    source: ExtractionDocument | AsyncIterable<ExtractionDocument>,
    options: WriteOptions = {},
  ): Promise<Counts> {
    return this.exclusive(() => this.replaceNow(source, options));
  }

  private async replaceNow(
    source: ExtractionDocument | AsyncIterable<ExtractionDocument>,
    options: WriteOptions,
  ): Promise<Counts> {
    {
      const current = await this.currentGeneration();
      // Leftovers of a seed that died midway are invisible (not current); clear them first.
      await this.deleteAllBut(current?.gen ?? -1);
      const gen = (current?.gen ?? 0) + 1;
      // Nobody reads the new generation yet: each step can commit on its own, in small batches.
      const writer: BatchWriter = {
        read: (query, params) => this.runner.read(query, params),
        write: (query, params) => this.runner.write((tx) => tx.run(query, params)).then(() => undefined),
      };
      let nextSeq = 0;
      const curation = (await this.curationLog()).map((e) => e.op);
      for await (const doc of isDocument(source) ? [source] : source) {
        const written = await this.writeBatch(writer, gen, nextSeq, doc, options, 'defer', curation);
        nextSeq = written.nextSeq;
        options.onBatch?.(written.result);
      }
      await this.buildEntityLists(gen, options);
      // The switch: one tiny write makes the new generation the one readers see.
      await this.runner.write((tx) =>
        tx.run(CYPHER.switchGeneration, {
          gen,
          seededAt: new Date().toISOString(),
          nextSeq,
          format: STORE_FORMAT,
        }),
      );
      await this.deleteAllBut(gen, options.onProgress);
      return this.counts();
    }
  }

  /**
   * Merge a batch into the current graph in one transaction: readers see the graph before it or
   * after it, never half of it. Into an empty store, the batch becomes the graph.
   */
  merge(doc: ExtractionDocument, options: WriteOptions = {}): Promise<MergeResult> {
    return this.exclusive(async () => {
      const current = await this.currentGeneration();
      if (!current) {
        let result: MergeResult | undefined;
        await this.replaceNow(doc, { ...options, onBatch: (r) => (result = r) });
        return result!;
      }
      if (current.format !== STORE_FORMAT) {
        throw new StoreFormatError(
          'the graph was written by an older version of this program and cannot take new articles: ' +
            'seed it again (npm run seed)',
        );
      }
      const curation = (await this.curationLog()).map((e) => e.op);
      return this.runner.write(async (tx) => {
        // Read again inside the transaction: what it writes must follow what it read.
        const [meta] = await tx.run(CYPHER.graphVersion);
        const gen = Number(meta!.gen);
        const revision = Number(meta!.revision ?? 0);
        const writer: BatchWriter = {
          read: (q, p) => tx.run(q, p),
          write: (q, p) => tx.run(q, p).then(() => undefined),
        };
        const firstSeq = Number(meta!.nextSeq ?? 0);
        const { result, nextSeq } = await this.writeBatch(
          writer,
          gen,
          firstSeq,
          doc,
          options,
          'patch',
          curation,
        );
        if (result.added + result.updated > 0) {
          const bumped = await tx.run(CYPHER.bumpRevision, { gen, revision, nextSeq });
          if (!bumped.length) {
            throw new Error('the graph changed while the batch was written; nothing was merged');
          }
        }
        return result;
      });
    });
  }

  /** One write at a time per store: a merge reads what it then writes. */
  private queue: Promise<unknown> = Promise.resolve();
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Read what a batch touches in generation `gen`, plan the writes and run them. Writes nothing
   * when every article is already there with the same text.
   */
  private async writeBatch(
    io: BatchWriter,
    gen: number,
    nextSeq: number,
    doc: ExtractionDocument,
    options: WriteOptions,
    lists: 'patch' | 'defer',
    curation: readonly CurationOp[],
  ): Promise<{ result: MergeResult; nextSeq: number }> {
    doc = applyCuration(doc, curation);
    validateDocument(doc);
    const key = (id: string) => `${gen}:${id}`;
    const storedRows = await readAll(
      io,
      CYPHER.storedArticles,
      doc.articles.map((a) => key(a.id)),
    );
    const statementIds = storedRows.flatMap((r) => list(r.statementIds));
    const statementRows = await readAll(io, CYPHER.storedStatements, statementIds.map(key));
    const statements = new Map(statementRows.map((r) => [String(r.id), toStoredStatement(r)]));
    const articles = new Map(
      storedRows.map((r) => [
        String(r.id),
        {
          id: String(r.id),
          contentHash: str(r.contentHash),
          seq: Number(r.seq ?? 0),
          statements: list(r.statementIds).flatMap((id) => (statements.has(id) ? [statements.get(id)!] : [])),
          mentionIds: list(r.mentionIds),
        },
      ]),
    );
    const split = splitBatch(doc, articles, createdBy(curation));
    const result: MergeResult = {
      added: split.added.length,
      updated: split.updated.length,
      unchanged: split.unchanged.length,
      statements: split.doc.statements.length,
      articleIds: [...split.added, ...split.updated],
      statementIds: split.doc.statements.map((s) => s.id),
    };
    if (!split.doc.articles.length) return { result, nextSeq };

    const touched = touchedEntities(split.doc, articles);
    const entityIds = [
      ...new Set([...split.doc.entities.map((e) => e.id), ...split.doc.events.map((v) => v.id), ...touched]),
    ];
    const hashes = split.doc.articles.filter((a) => !a.copyOf && !articles.has(a.id)).map(fingerprint);
    const withRoles = split.doc.entities.filter((e) => e.roles?.some((r) => r.of)).map((e) => key(e.id));
    const [entityRows, roleRows, listRows, copyRows] = await Promise.all([
      readAll(io, CYPHER.storedEntities, entityIds.map(key)),
      readAll(io, CYPHER.storedRoles, withRoles),
      lists === 'patch' ? readAll(io, CYPHER.entityLists, touched.map(key)) : [],
      readAll(io, CYPHER.articlesWithText, [...new Set(hashes)], 'hashes', { gen }),
    ]);
    const entities = new Map(entityRows.map((r) => [String(r.id), toStoredEntity(r)]));
    for (const r of roleRows) {
      entities.get(String(r.id))?.roles.push({ title: String(r.title), ofId: String(r.ofId) });
    }
    const copies = new Map<string, string>();
    for (const r of copyRows) {
      if (!copies.has(String(r.contentHash))) copies.set(String(r.contentHash), String(r.id));
    }
    const state: GraphState = {
      gen,
      nextSeq,
      articles,
      copies,
      entities,
      lists: new Map(listRows.map((r) => [String(r.id), r])),
    };
    const plan = mergePlan(split.doc, state, { entityLists: lists === 'patch' });
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    for (const step of plan.steps) {
      for (let start = 0; start < step.rows.length; start += batchSize) {
        await io.write(step.cypher, { rows: step.rows.slice(start, start + batchSize) });
        options.onProgress?.({
          phase: step.phase,
          done: Math.min(start + batchSize, step.rows.length),
          total: step.rows.length,
        });
      }
    }
    return { result, nextSeq: plan.nextSeq };
  }

  /**
   * Every entity's lists of generation `gen`, built from its relationships: once, at the end of a
   * seed. Entities are read a slice at a time, so memory stays that of a slice.
   */
  private async buildEntityLists(gen: number, options: WriteOptions): Promise<void> {
    const keys = (await this.runner.read(CYPHER.entityKeys, { gen })).map((r) => String(r.key));
    let done = 0;
    for (let start = 0; start < keys.length; start += LIST_SLICE) {
      const slice = keys.slice(start, start + LIST_SLICE);
      const [said, about, named] = await Promise.all([
        this.runner.read(CYPHER.saidItems, { keys: slice }),
        this.runner.read(CYPHER.aboutItems, { keys: slice }),
        this.runner.read(CYPHER.mentionItems, { keys: slice }),
      ]);
      const items = new ListItems();
      const statementOf = (anchor: 'speaker' | 'about') => (r: Row) =>
        items.statementOf(String(r.id), anchor, String(r.item), String(r.key), r.kind as StatementKind);
      said.forEach(statementOf('speaker'));
      about.forEach(statementOf('about'));
      for (const r of named) items.mention(String(r.id), String(r.item), String(r.key), Number(r.count));
      const rows = items.entities().map((id) => entityListRow(`${gen}:${id}`, {}, items.of(id)));
      for (let i = 0; i < rows.length; i += DEFAULT_BATCH) {
        const batch = rows.slice(i, i + DEFAULT_BATCH);
        await this.runner.write((tx) => tx.run(CYPHER.setEntityLists, { rows: batch }));
      }
      done += slice.length;
      options.onProgress?.({ phase: 'entity lists', done, total: keys.length });
    }
  }

  async knownEntities(): Promise<KnownEntityRecord[]> {
    return (await this.runner.read(CYPHER.knownEntities)).map((r) => ({
      id: String(r.id),
      type: r.type as KnownEntityRecord['type'],
      name: String(r.name),
      aliases: list(r.aliases),
    }));
  }

  // --- curation --------------------------------------------------------------------------------

  async curationLog(): Promise<CurationEntry[]> {
    return (await this.runner.read(CYPHER.curationLog)).map((r) => ({
      seq: Number(r.seq),
      at: String(r.at),
      op: JSON.parse(String(r.op)) as CurationOp,
    }));
  }

  /**
   * Log the operation, then rebuild the graph from itself with the log applied: one mechanism
   * for every operation and both engines, as atomic as a seed (a new generation, switched to in
   * one write). It costs a reseed from the graph; fixes are rare next to reads.
   */
  curate(op: CurationOp): Promise<CurationEntry> {
    return this.exclusive(async () => {
      if (!(await this.currentGeneration()))
        throw new Error('the graph is empty: there is nothing to curate');
      const log = await this.curationLog();
      const entry: CurationEntry = { seq: (log.at(-1)?.seq ?? 0) + 1, at: new Date().toISOString(), op };
      await this.runner.write((tx) =>
        tx.run(CYPHER.appendCuration, { seq: entry.seq, op: JSON.stringify(op), at: entry.at }),
      );
      try {
        if (op.op === 'addAlias' || op.op === 'removeAlias') await this.renameInPlace(op);
        else await this.replaceNow(this.currentDocuments(), {});
      } catch (error) {
        await this.runner.write((tx) => tx.run(CYPHER.removeCuration, { seq: entry.seq }));
        throw error;
      }
      return entry;
    });
  }

  withdrawCuration(seqs: readonly number[]): Promise<void> {
    return this.exclusive(async () => {
      for (const seq of seqs) await this.runner.write((tx) => tx.run(CYPHER.removeCuration, { seq }));
    });
  }

  /**
   * An alias added or removed touches one entity's names and nothing else: written in place, in
   * one transaction that also bumps the graph's version, instead of a rebuild. What the names
   * become is what the log would make of the entity (applyCuration), so both ways agree.
   */
  private async renameInPlace(op: Extract<CurationOp, { op: 'addAlias' | 'removeAlias' }>): Promise<void> {
    await this.runner.write(async (tx) => {
      const [meta] = await tx.run(CYPHER.graphVersion);
      const gen = Number(meta!.gen);
      const key = `${gen}:${op.entity}`;
      const [row] = await tx.run(CYPHER.storedEntities, { keys: [key] });
      if (!row) throw new Error(`no entity ${op.entity} to curate`);
      const old = toStoredEntity(row);
      const entity: EntityDoc = {
        id: old.id,
        type: old.type as EntityDoc['type'],
        name: old.name,
        aliases: old.aliases,
      };
      const aliases = applyCuration(
        { articles: [], entities: [entity], mentions: [], statements: [], events: [] },
        [op],
      ).entities[0]!.aliases;
      const keys = [...new Set([old.name, ...aliases].map(foldKey))];
      const nameKey = (folded: string) => `${gen}:${folded}|${old.id}`;
      await tx.run(CYPHER.updateEntities, {
        rows: [
          {
            key,
            aliases,
            keys,
            searchText: searchText([old.name, ...aliases].join(' ')),
            roleTitles: old.roleTitles,
            code: old.code,
            date: old.date,
            articleIds: old.articleIds,
          },
        ],
      });
      const added = keys.filter((k) => !old.keys.includes(k));
      const removed = old.keys.filter((k) => !keys.includes(k));
      if (added.length) {
        await tx.run(CYPHER.createNameKeys, {
          rows: added.map((name) => ({ key: nameKey(name), gen, name, entityKey: key })),
        });
      }
      if (removed.length)
        await tx.run(CYPHER.deleteNameKeys, { rows: removed.map((k) => ({ key: nameKey(k) })) });
      const revision = Number(meta!.revision ?? 0);
      const bumped = await tx.run(CYPHER.bumpRevision, {
        gen,
        revision,
        nextSeq: Number(meta!.nextSeq ?? 0),
      });
      if (!bumped.length) throw new Error('the graph changed while it was curated; nothing was changed');
    });
  }

  /** The current graph as documents, a batch of articles at a time, oldest first. */
  private async *currentDocuments(batch = DUMP_BATCH): AsyncIterable<ExtractionDocument> {
    let after: string | null = null;
    for (;;) {
      const rows = await this.runner.read(CYPHER.listArticles.asc, {
        from: null,
        to: null,
        after,
        limit: batch,
      });
      if (!rows.length) return;
      after = String(rows.at(-1)!.cursor);
      yield await this.documentOf(rows.map(toArticle));
    }
  }

  private async documentOf(articles: ArticleRecord[]): Promise<ExtractionDocument> {
    const ids = articles.map((a) => a.id);
    const inBatch = new Set(ids);
    const [statementRows, mentionRows, eventRows] = await Promise.all([
      this.runner.read(CYPHER.articleStatements, { ids }),
      this.runner.read(CYPHER.articleMentions, { ids }),
      this.runner.read(CYPHER.eventsOfArticles, { ids }),
    ]);
    const statements: StatementDoc[] = statementRows.map((r) => {
      const { stance, ...s } = toStatement(r);
      return { ...s, ...(stance ? { stance } : {}), eventIds: list(r.eventIds) };
    });
    const mentions = mentionRows.map((r) => ({
      articleId: String(r.articleId),
      entityId: String(r.entityId),
      count: Number(r.count),
    }));
    const wanted = new Set<string>([
      ...eventRows.map((r) => String(r.id)),
      ...statements.flatMap((s) => [
        ...(s.speakerId ? [s.speakerId] : []),
        ...s.aboutIds,
        ...(s.eventIds ?? []),
      ]),
      ...mentions.map((m) => m.entityId),
    ]);
    const records = new Map<string, EntityRecord>();
    const links = new Map<string, EventLinks>();
    const roles = new Map<string, RoleRecord[]>();
    // Entities bring their roles' targets, events their participants and places: until closed.
    for (let missing = [...wanted]; missing.length; ) {
      const found = (await this.entitiesByIds(missing)).filter((e): e is EntityRecord => e !== null);
      for (const e of found) records.set(e.id, e);
      const events = found.filter((e) => e.type === 'Event').map((e) => e.id);
      const others = found.filter((e) => e.type !== 'Event').map((e) => e.id);
      const [eventLinks, roleLists] = await Promise.all([this.eventLinks(events), this.rolesOf(others)]);
      events.forEach((id, i) => links.set(id, eventLinks[i]!));
      others.forEach((id, i) => roles.set(id, roleLists[i]!));
      const next = [
        ...eventLinks.flatMap((l) => [...l.participantIds, ...l.placeIds, ...l.countryIds]),
        ...roleLists.flat().flatMap((r) => (r.ofId ? [r.ofId] : [])),
      ];
      missing = [...new Set(next)].filter((id) => !records.has(id));
    }
    const entities: EntityDoc[] = [];
    const events: EventDoc[] = [];
    for (const e of records.values()) {
      const l = links.get(e.id);
      if (e.type === 'Event' && l) {
        events.push({
          id: e.id,
          type: e.event!.type,
          name: e.name,
          ...(e.event!.description ? { description: e.event!.description } : {}),
          date: e.date,
          ...(e.event!.dateEnd ? { dateEnd: e.event!.dateEnd } : {}),
          actorIds: l.actorIds,
          targetIds: l.targetIds,
          participantIds: l.participantIds,
          placeIds: l.placeIds,
          countryIds: l.countryIds,
          figures: e.event!.figures,
          articleIds: l.articleIds.filter((id) => inBatch.has(id)),
          mentions: [],
        });
      } else if (e.type !== 'Event') {
        const own = roles.get(e.id) ?? [];
        entities.push({
          id: e.id,
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          ...(own.length ? { roles: own.map((r) => ({ title: r.title, of: r.ofId })) } : {}),
          ...(e.code ? { code: e.code } : {}),
        });
      }
    }
    return { articles: articles.map(toArticleDoc), entities, mentions, statements, events };
  }

  private async currentGeneration(): Promise<{ gen: number; format: number | null } | null> {
    const [row] = await this.runner.read(CYPHER.graphVersion);
    if (typeof row?.gen !== 'number') return null;
    return { gen: row.gen, format: typeof row.format === 'number' ? row.format : null };
  }

  private async deleteAllBut(keep: number, onProgress?: WriteOptions['onProgress']) {
    let deleted = 0;
    for (const label of GENERATION_LABELS) {
      for (;;) {
        const [row] = await this.runner.write((tx) =>
          tx.run(CYPHER.deleteOtherGenerations[label], { keep, batch: DELETE_BATCH }),
        );
        const n = Number(row?.deleted ?? 0);
        deleted += n;
        if (n === 0) break;
        onProgress?.({ phase: 'removing the previous graph', done: deleted, total: deleted });
      }
    }
  }

  async counts(): Promise<Counts> {
    const rows = await this.runner.read(CYPHER.counts);
    const counts: Counts = { nodes: {}, relationships: {} };
    for (const type of REL_TYPES) counts.relationships[type] = 0;
    for (const r of rows) {
      if (r.kind === 'relationship') counts.relationships[String(r.name)] = Number(r.count);
      else if (Number(r.count) > 0) counts.nodes[String(r.name)] = Number(r.count);
    }
    return counts;
  }

  async version(): Promise<string> {
    const [row] = await this.runner.read(CYPHER.graphVersion);
    return row ? `${row.gen}.${row.revision ?? 0}@${row.seededAt}` : 'empty';
  }

  async isEmpty(): Promise<boolean> {
    return (await this.runner.read(CYPHER.hasArticles)).length === 0;
  }

  // --- point lookups -------------------------------------------------------------------------

  async entitiesByIds(ids: readonly string[]) {
    return alignById(ids, await this.runner.read(CYPHER.entitiesByIds, { ids }), toEntity);
  }

  async articlesByIds(ids: readonly string[]) {
    return alignById(ids, await this.runner.read(CYPHER.articlesByIds, { ids }), toArticle);
  }

  async statementsByIds(ids: readonly string[]) {
    return alignById(ids, await this.runner.read(CYPHER.statementsByIds, { ids }), toStatement);
  }

  async entitiesByNames(names: readonly string[]) {
    const keys = names.map(foldKey);
    const rows = await this.runner.read(CYPHER.entitiesByNameKeys, { keys: [...new Set(keys)] });
    // A key can belong to several entities (a surname shared by two people); the one whose own
    // name folds to the key wins, then the first by sort order (rows come sorted).
    const byKey = new Map<string, EntityRecord>();
    for (const preferOwnName of [true, false]) {
      for (const row of rows) {
        const key = String(row.lookup);
        const entity = toEntity(row);
        if (byKey.has(key) || (preferOwnName && foldKey(entity.name) !== key)) continue;
        byKey.set(key, entity);
      }
    }
    return keys.map((k) => byKey.get(k) ?? null);
  }

  // --- root connections ----------------------------------------------------------------------

  async listEntities(
    filter: EntityFilter,
    page: PageArgs,
    order: EntityOrder = { field: 'name', direction: 'asc' },
  ): Promise<Page<EntityRecord>> {
    const e = filter.event ?? {};
    const params = {
      types: filter.types?.length ? filter.types : null,
      contains: filter.nameContains ? foldKey(filter.nameContains) : null,
      eventType: e.type ?? null,
      from: e.from ?? null,
      to: e.to ?? null,
      participant: e.participantId ?? null,
      place: e.placeId ?? null,
    };
    const property = ENTITY_RANKS[order.field];
    const read = property
      ? this.runner.read(CYPHER.rankEntities, {
          ...params,
          ...rankWindow(page.after),
          property,
          sign: order.direction === 'desc' ? -1 : 1,
          limit: page.first + 1,
        })
      : this.runner.read(CYPHER.listEntities[order.direction], {
          ...params,
          after: page.after ?? null,
          limit: page.first + 1,
        });
    const [rows, [count]] = await Promise.all([read, this.runner.read(CYPHER.countEntities, params)]);
    const total = Number(count?.total ?? 0);
    if (!property) return toPage(rows, page.first, total, toEntity);
    return toPage(rows.map(withRankCursor), page.first, total, toEntity);
  }

  async rankedEntities(
    side: 'speakers' | 'subjects',
    entityId: string | null,
    page: PageArgs,
  ): Promise<Page<RankedEntity>> {
    const which = entityId ? (side === 'speakers' ? 'about' : 'by') : 'all';
    const pageQuery = (CYPHER[side] as Record<string, string>)[which]!;
    const countQuery = (
      CYPHER[side === 'speakers' ? 'countSpeakers' : 'countSubjects'] as Record<string, string>
    )[which]!;
    const params = { id: entityId };
    const [rows, [count]] = await Promise.all([
      this.runner.read(pageQuery, { ...params, ...rankWindow(page.after), limit: page.first + 1 }),
      this.runner.read(countQuery, params),
    ]);
    return toPage(rows.map(withRankCursor), page.first, Number(count?.total ?? 0), (r) => ({
      entity: toEntity(r),
      count: Number(r.rank),
    }));
  }

  async entityCounts(ids: readonly string[]): Promise<EntityCounts[]> {
    const rows = await this.runner.read(CYPHER.entityCounts, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return ids.map((id) => {
      const r = byId.get(id);
      return {
        mentions: Number(r?.mentions ?? 0),
        articles: Number(r?.articles ?? 0),
        statements: Number(r?.statements ?? 0),
        about: Number(r?.about ?? 0),
      };
    });
  }

  // --- disputes --------------------------------------------------------------------------------

  async disputes(filter: DisputeFilter, page: PageArgs): Promise<Page<DisputeRecord>> {
    const topics = [filter.aboutId, filter.eventId].filter((t): t is string => Boolean(t));
    const stances = DISPUTABLE_STANCES;
    const rows = topics.length
      ? await this.runner.read(CYPHER.disputeCandidates.around, { ids: topics, stances })
      : await this.runner.read(CYPHER.disputeCandidates.all, { stances });
    const pairs = pairDisputes(rows.map(toCandidate), topics, UNDATED);
    const order = newestFirst(UNDATED);
    const after = page.after ?? null;
    const rest = after ? pairs.filter((p) => order(p.statement, { sortKey: after }) > 0) : pairs;
    const slice = rest.slice(0, page.first + 1);
    const statements = await this.statementsByIds(slice.map((p) => p.statement.id));
    return listPage(
      slice.map((p, i) => ({
        cursor: p.statement.sortKey,
        row: { statement: statements[i]!, disputedByIds: p.disputedBy.map((b) => b.id) },
      })),
      page.first,
      pairs.length,
      (r) => r,
    );
  }

  async disputedBy(statementIds: readonly string[]): Promise<string[][]> {
    const own = (
      await this.runner.read(CYPHER.disputeCandidates.byIds, { ids: [...new Set(statementIds)] })
    ).map(toCandidate);
    const anchors = [...new Set(own.flatMap((s) => [...s.subjects, ...(s.speakerId ? [s.speakerId] : [])]))];
    const around = anchors.length
      ? (
          await this.runner.read(CYPHER.disputeCandidates.around, {
            ids: anchors,
            stances: DISPUTABLE_STANCES,
          })
        ).map(toCandidate)
      : [];
    const order = newestFirst(UNDATED);
    const byId = new Map(own.map((s) => [s.id, s]));
    return statementIds.map((id) => {
      const a = byId.get(id);
      return a
        ? around
            .filter((b) => disputes(a, b))
            .sort(order)
            .map((b) => b.id)
        : [];
    });
  }

  async listArticles(
    filter: ArticleFilter,
    page: PageArgs,
    order: SortOrder = 'asc',
  ): Promise<Page<ArticleRecord>> {
    const params = { from: filter.from ?? null, to: filter.to ?? null };
    const [rows, [count]] = await Promise.all([
      this.runner.read(CYPHER.listArticles[order], {
        ...params,
        after: page.after ?? null,
        limit: page.first + 1,
      }),
      this.runner.read(CYPHER.countArticles, params),
    ]);
    return toPage(rows, page.first, Number(count?.total ?? 0), toArticle);
  }

  async listStatements(
    filter: StatementFilter,
    page: PageArgs,
    order: SortOrder = 'asc',
  ): Promise<Page<StatementRecord>> {
    const params = {
      speakerId: filter.speakerId ?? null,
      aboutId: filter.aboutId ?? null,
      articleId: filter.articleId ?? null,
      kind: filter.kind ?? null,
      stance: filter.stance ?? null,
      speakerType: filter.speakerType ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    };
    const [rows, [count]] = await Promise.all([
      this.runner.read(CYPHER.listStatements[order], {
        ...params,
        after: page.after ?? null,
        limit: page.first + 1,
      }),
      this.runner.read(CYPHER.countStatements, params),
    ]);
    return toPage(rows, page.first, Number(count?.total ?? 0), toStatement);
  }

  // --- batched relations ---------------------------------------------------------------------

  async statementsFor(
    anchor: StatementAnchor,
    ids: readonly string[],
    filter: { kind?: StatementKind | null },
    page: PageArgs,
  ): Promise<Page<StatementRecord>[]> {
    const rows = await this.runner.read(CYPHER.statementPages, {
      ids: [...new Set(ids)],
      list: statementListProperty(anchor, filter.kind ?? null),
      ...listWindow(page),
    });
    const heads = new Map<string, Row>();
    const statements = new Map<string, Row>();
    for (const row of rows) {
      if (row.statement) statements.set(`${row.anchor}|${(row.statement as Row).id}`, row.statement as Row);
      else heads.set(String(row.anchor), checkStart(row));
    }
    return ids.map((id) => {
      const head = heads.get(id);
      const start = Number(head?.start ?? 0);
      const found = ((head?.pageIds as string[] | null) ?? []).flatMap((sid, i) => {
        const row = statements.get(`${id}|${sid}`);
        return row ? [{ cursor: listCursor(start + i, sid), row }] : [];
      });
      return listPage(found, page.first, Number(head?.total ?? 0), toStatement);
    });
  }

  async mentionsFor(
    side: 'article' | 'entity',
    ids: readonly string[],
    page: PageArgs,
  ): Promise<Page<MentionRecord>[]> {
    const lists = MENTION_LISTS[side];
    const rows = await this.runner.read(CYPHER.mentionPages, {
      ids: [...new Set(ids)],
      list: lists.ids,
      counts: lists.counts,
      ...listWindow(page),
    });
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), checkStart(r)]));
    return ids.map((id) => {
      const row = byAnchor.get(id);
      const start = Number(row?.start ?? 0);
      const counts = (row?.counts as number[] | null) ?? [];
      const found = ((row?.ids as string[] | null) ?? []).map((other, i) => ({
        cursor: listCursor(start + i, String(other)),
        row: { id: String(other), count: Number(counts[i] ?? 0) },
      }));
      return listPage(found, page.first, Number(row?.total ?? 0), (m) => m);
    });
  }

  async rolesOf(personIds: readonly string[]): Promise<RoleRecord[][]> {
    const rows = await this.runner.read(CYPHER.rolesOf, { ids: [...new Set(personIds)] });
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), r]));
    return personIds.map((id) => {
      const row = byAnchor.get(id);
      const linked = ((row?.linked as { title: string; ofId: string }[] | undefined) ?? []).map((r) => ({
        title: String(r.title),
        ofId: String(r.ofId),
      }));
      const free = ((row?.titles as string[] | null | undefined) ?? []).map((title) => ({
        title,
        ofId: null,
      }));
      return [...linked, ...free];
    });
  }

  async eventLinks(eventIds: readonly string[]): Promise<EventLinks[]> {
    const rows = await this.runner.read(CYPHER.eventLinks, { ids: [...new Set(eventIds)] });
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), r]));
    return eventIds.map((id) => {
      const row = byAnchor.get(id);
      const participants = (
        (row?.participants as { id: string | null; role: string | null }[] | undefined) ?? []
      ).filter((p) => p.id);
      const withRole = (role: string) =>
        participants
          .filter((p) => p.role === role)
          .map((p) => p.id!)
          .sort();
      return {
        participantIds: [...new Set(participants.map((p) => p.id!))].sort(),
        actorIds: withRole('actor'),
        targetIds: withRole('target'),
        // A country can be the target and where it happened: the event keeps its countries.
        countryIds: [...((row?.countryIds as string[] | null | undefined) ?? withRole('location'))].sort(),
        placeIds: ((row?.placeIds as string[] | undefined) ?? []).filter(Boolean).sort(),
        articleIds: (row?.articleIds as string[] | null | undefined) ?? [],
      };
    });
  }

  async eventsOf(
    entityIds: readonly string[],
    role: EventRole | null,
    first: number,
  ): Promise<EventInvolvement[][]> {
    const rows = await this.runner.read(CYPHER.eventsOf, { ids: [...new Set(entityIds)], role, first });
    const byAnchor = new Map(
      rows.map((r) => [String(r.anchor), (r.items as EventInvolvement[] | null) ?? []]),
    );
    return entityIds.map((id) =>
      (byAnchor.get(id) ?? []).map((x) => ({ eventId: String(x.eventId), role: x.role })),
    );
  }

  // --- exploring -------------------------------------------------------------------------------

  search(query: string, options: SearchOptions): Promise<SearchHitRecord[]> {
    return this.explorer.search(query, options);
  }
  neighborhood(ids: readonly string[], depth: number, limit: number): Promise<GraphRecord> {
    return this.explorer.neighborhood(ids, depth, limit);
  }
  path(fromId: string, toId: string, maxHops: number): Promise<GraphRecord | null> {
    return this.explorer.path(fromId, toId, maxHops);
  }
  related(ids: readonly string[], first: number): Promise<RelatedRecord[][]> {
    return this.explorer.related(ids, first);
  }
  timeline(entityId: string, first: number): Promise<TimelineRecord[]> {
    return this.explorer.timeline(entityId, first);
  }
  wholeGraph(limit: number): Promise<GraphRecord> {
    return this.explorer.wholeGraph(limit);
  }
  speakerNetwork(): Promise<SpeakerSubjectRecord[]> {
    return this.explorer.speakerNetwork();
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}

// --- row mapping ---------------------------------------------------------------------------------

/**
 * A ranked page's cursor: the rank and the sort key of the last row (ties go by sort key). The
 * rank (signed where the order is descending) is written in base 10 before the first "|", which
 * sort keys may hold but numbers cannot.
 */
function withRankCursor(r: Row): Row {
  return { ...r, cursor: `${Number(r.rank)}|${String(r.sortKey)}` };
}

function rankWindow(after: string | null | undefined): { afterRank: number | null; afterKey: string | null } {
  if (!after) return { afterRank: null, afterKey: null };
  const match = /^(-?\d+)\|(.+)$/s.exec(after);
  if (!match) {
    throw new InvalidCursorError(
      'This cursor does not belong to this list: use a cursor returned by the same field.',
    );
  }
  return { afterRank: Number(match[1]), afterKey: match[2]! };
}

/** Entities the curation log creates: kept in the graph even when no article refers to them. */
function createdBy(curation: readonly CurationOp[]): Set<string> {
  return new Set(curation.flatMap((op) => (op.op === 'splitAlias' ? [op.newId] : [])));
}

function toCandidate(r: Row): DisputeCandidate {
  return {
    id: String(r.id),
    speakerId: str(r.speakerId),
    stance: (str(r.stance) as Stance | null) ?? null,
    subjects: [...new Set([...list(r.aboutIds), ...list(r.eventIds)])],
    sortKey: String(r.sortKey),
  };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
/** Alias evidence is kept as one JSON property: a node property cannot hold a list of maps. */
const aliasEvidence = (v: unknown): AliasDoc[] =>
  typeof v === 'string' ? (JSON.parse(v) as AliasDoc[]) : [];

function toEntity(r: Row): EntityRecord {
  return {
    id: String(r.id),
    type: r.type as EntityRecord['type'],
    name: String(r.name),
    aliases: list(r.aliases),
    aliasEvidence: aliasEvidence(r.aliasEvidence),
    code: str(r.code),
    date: str(r.date),
    ...(r.eventType
      ? {
          event: {
            type: r.eventType as EventType,
            description: str(r.description),
            dateEnd: str(r.dateEnd),
            figures: r.figures ? (JSON.parse(String(r.figures)) as FigureDoc[]) : [],
          },
        }
      : {}),
  };
}

/** Optional properties come back only when set, as the document has them. */
const optional = <K extends string>(name: K, value: unknown) =>
  (value === null || value === undefined ? {} : { [name]: String(value) }) as Partial<Record<K, string>>;

function toArticle(r: Row): ArticleRecord {
  return {
    id: String(r.id),
    title: String(r.title),
    publishedAt: str(r.publishedAt),
    captions: list(r.captions),
    paragraphs: list(r.paragraphs),
    ...optional('url', r.url),
    ...optional('source', r.source),
    ...optional('contentHash', r.contentHash),
    ...optional('copyOf', r.copyOf),
  };
}

/** An article read back as a document has it (contentHash and copyOf keep its identity). */
function toArticleDoc(a: ArticleRecord): ArticleDoc {
  return { ...a, captions: [...a.captions] };
}

/** Spans are stored flat, [start, end, start, end, …]: engines keep lists of numbers, not of maps. */
function toSpans(value: unknown): TextSpan[] {
  const flat = Array.isArray(value) ? value.map(Number) : [];
  const spans: TextSpan[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i]!, end: flat[i + 1]! });
  return spans;
}

function toStatement(r: Row): StatementRecord {
  return {
    id: String(r.id),
    articleId: String(r.articleId),
    speakerId: str(r.speakerId),
    speakerDescription: str(r.speakerDescription),
    text: String(r.text),
    kind: r.kind as StatementRecord['kind'],
    cue: String(r.cue ?? ''),
    // (Stored before negation was extracted: absent, so false.)
    negated: r.negated === true,
    stance: (str(r.stance) as StatementRecord['stance']) ?? null,
    medium: str(r.medium),
    aboutIds: list(r.aboutIds),
    paragraph: Number(r.paragraph ?? 0),
    spans: toSpans(r.spans),
  };
}

function toStoredStatement(r: Row): StoredStatement {
  return {
    id: String(r.id),
    speakerId: str(r.speakerId),
    aboutIds: list(r.aboutIds),
    eventIds: list(r.eventIds),
    kind: r.kind as StoredStatement['kind'],
  };
}

function toStoredEntity(r: Row): StoredEntity {
  return {
    id: String(r.id),
    type: String(r.type),
    name: String(r.name),
    aliases: list(r.aliases),
    aliasEvidence: aliasEvidence(r.aliasEvidence),
    keys: list(r.keys),
    roleTitles: list(r.roleTitles),
    roles: [],
    code: str(r.code),
    date: str(r.date),
    articleIds: Array.isArray(r.articleIds) ? list(r.articleIds) : null,
    ...(r.eventType ? { event: toStoredEvent(r) } : {}),
  };
}

/** Where an event happened is stored as places then countries (`whereIds`, for the filters). */
function toStoredEvent(r: Row): StoredEvent {
  const countryIds = list(r.countryIds);
  return {
    type: String(r.eventType),
    description: str(r.description),
    dateEnd: str(r.dateEnd),
    figures: str(r.figures),
    participantIds: list(r.participantIds),
    countryIds,
    placeIds: list(r.whereIds).filter((id) => !countryIds.includes(id)),
  };
}

function alignById<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T): (T | null)[] {
  const byId = new Map(rows.map((r) => [String(r.id), map(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The page to read from an anchor's list: first + 1 items after the cursor's item. A cursor that
 * is no list position is refused here, before any read.
 */
function listWindow(page: PageArgs): { afterPos: number; afterId: string | null; count: number } {
  // Neo4j slices lists with 32-bit indexes; "all of it" (exports) asks for more than that.
  const count = Math.min(page.first + 1, 2 ** 31 - 1 - 2 ** 20);
  if (!page.after) return { afterPos: 0, afterId: null, count };
  const cursor = parseListCursor(page.after);
  if (!cursor)
    throw new InvalidCursorError(
      'This cursor does not belong to this list: use a cursor returned by the same field.',
    );
  return { afterPos: cursor.position, afterId: cursor.id, count };
}

/** A list whose cursor item is gone (its article was replaced, or the graph reseeded without it). */
function checkStart(row: Row): Row {
  if (Number(row.start) < 0) {
    throw new InvalidCursorError(
      'The item this cursor points at is no longer in the graph: ask again without "after".',
    );
  }
  return row;
}

/** Items read with first + 1: the extra one only says there is a next page. */
function listPage<R, T>(
  found: { cursor: string; row: R }[],
  first: number,
  totalCount: number,
  map: (r: R) => T,
): Page<T> {
  return {
    edges: found.slice(0, first).map(({ cursor, row }) => ({ cursor, node: map(row) })),
    hasNextPage: found.length > first,
    totalCount,
  };
}

/** Rows fetched with limit first + 1: the extra row only says there is a next page. */
function toPage<T>(rows: Row[], first: number, totalCount: number, map: (r: Row) => T): Page<T> {
  return listPage(
    rows.map((row) => ({ cursor: String(row.cursor), row })),
    first,
    totalCount,
    map,
  );
}
