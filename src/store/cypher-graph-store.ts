import type { EventRole, EventType, ExtractionDocument, FigureDoc, StatementKind } from '../domain/document.js';
import { CYPHER, GENERATION_LABELS, MIGRATIONS, REL_TYPES } from './cypher/registry.js';
import type {
  ArticleFilter,
  ArticleRecord,
  Counts,
  EntityFilter,
  EntityRecord,
  EventInvolvement,
  EventLinks,
  GraphStore,
  MentionRecord,
  Page,
  PageArgs,
  ReplaceOptions,
  RoleRecord,
  SortOrder,
  StatementAnchor,
  StatementFilter,
  StatementRecord,
} from './graph-store.js';
import type { GraphRecord, RelatedRecord, SearchHitRecord, SearchOptions, TimelineRecord } from './graph-explorer.js';
import { InvalidCursorError } from './errors.js';
import { Explorer } from './explorer.js';
import { loadPlan } from './load-plan.js';
import { MENTION_LISTS, listCursor, parseListCursor, statementListProperty } from './page-lists.js';
import type { CypherRunner, Row } from './runner.js';
import { foldKey } from './text-keys.js';
import { validateDocument } from './validate-document.js';

const DEFAULT_BATCH = 1000;
const DELETE_BATCH = 5000;

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

  // --- replace ----------------------------------------------------------------------------

  async replace(doc: ExtractionDocument, options: ReplaceOptions = {}): Promise<Counts> {
    validateDocument(doc);
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const current = await this.currentGeneration();
    // Leftovers of a seed that died midway are invisible (not current); clear them first.
    if (current !== null) await this.deleteAllBut(current);
    else await this.deleteAllBut(-1);
    const gen = (current ?? 0) + 1;

    const steps = loadPlan(doc, gen);
    for (const step of steps) {
      for (let start = 0; start < step.rows.length; start += batchSize) {
        const rows = step.rows.slice(start, start + batchSize);
        await this.runner.write((tx) => tx.run(step.cypher, { rows }));
        options.onProgress?.({
          phase: step.phase,
          done: Math.min(start + batchSize, step.rows.length),
          total: step.rows.length,
        });
      }
    }
    // The switch: one tiny write makes the new generation the one readers see.
    await this.runner.write((tx) =>
      tx.run(CYPHER.switchGeneration, { gen, seededAt: new Date().toISOString() }),
    );
    await this.deleteAllBut(gen, options.onProgress);
    return this.counts();
  }

  private async currentGeneration(): Promise<number | null> {
    const [row] = await this.runner.read(CYPHER.graphVersion);
    return typeof row?.gen === 'number' ? row.gen : null;
  }

  private async deleteAllBut(keep: number, onProgress?: ReplaceOptions['onProgress']) {
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
    const [nodes, rels] = await Promise.all([
      this.runner.read(CYPHER.countNodes),
      this.runner.read(CYPHER.countRelationships),
    ]);
    const counts: Counts = { nodes: {}, relationships: {} };
    for (const r of nodes) counts.nodes[String(r.label)] = Number(r.count);
    for (const type of REL_TYPES) counts.relationships[type] = 0;
    for (const r of rels) counts.relationships[String(r.type)] = Number(r.count);
    return counts;
  }

  async version(): Promise<string> {
    const [row] = await this.runner.read(CYPHER.graphVersion);
    return row ? `${row.gen}@${row.seededAt}` : 'empty';
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

  async listEntities(filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>> {
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
    const [rows, [count]] = await Promise.all([
      this.runner.read(CYPHER.listEntities, { ...params, after: page.after ?? null, limit: page.first + 1 }),
      this.runner.read(CYPHER.countEntities, params),
    ]);
    return toPage(rows, page.first, Number(count?.total ?? 0), toEntity);
  }

  async listArticles(filter: ArticleFilter, page: PageArgs, order: SortOrder = 'asc'): Promise<Page<ArticleRecord>> {
    const params = { from: filter.from ?? null, to: filter.to ?? null };
    const [rows, [count]] = await Promise.all([
      this.runner.read(CYPHER.listArticles[order], { ...params, after: page.after ?? null, limit: page.first + 1 }),
      this.runner.read(CYPHER.countArticles, params),
    ]);
    return toPage(rows, page.first, Number(count?.total ?? 0), toArticle);
  }

  async listStatements(filter: StatementFilter, page: PageArgs, order: SortOrder = 'asc'): Promise<Page<StatementRecord>> {
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
      this.runner.read(CYPHER.listStatements[order], { ...params, after: page.after ?? null, limit: page.first + 1 }),
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
    const window = listWindow(page);
    const rows = await this.runner.read(CYPHER.statementPages, {
      ids: [...new Set(ids)],
      list: statementListProperty(anchor, filter.kind ?? null),
      offset: window.offset,
      end: window.end,
    });
    const gen = generationOf(rows, window);
    const heads = new Map<string, Row>();
    const statements = new Map<string, Row>();
    for (const row of rows) {
      if (row.statement) statements.set(`${row.anchor}|${(row.statement as Row).id}`, row.statement as Row);
      else heads.set(String(row.anchor), row);
    }
    return ids.map((id) => {
      const head = heads.get(id);
      const found = ((head?.pageIds as string[] | null) ?? []).flatMap((sid, i) => {
        const row = statements.get(`${id}|${sid}`);
        return row ? [{ cursor: listCursor(gen, window.offset + i), row }] : [];
      });
      return listPage(found, page.first, Number(head?.total ?? 0), toStatement);
    });
  }

  async mentionsFor(side: 'article' | 'entity', ids: readonly string[], page: PageArgs): Promise<Page<MentionRecord>[]> {
    const lists = MENTION_LISTS[side];
    const window = listWindow(page);
    const rows = await this.runner.read(CYPHER.mentionPages, {
      ids: [...new Set(ids)],
      list: lists.ids,
      counts: lists.counts,
      offset: window.offset,
      end: window.end,
    });
    const gen = generationOf(rows, window);
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), r]));
    return ids.map((id) => {
      const row = byAnchor.get(id);
      const counts = (row?.counts as number[] | null) ?? [];
      const found = ((row?.ids as string[] | null) ?? []).map((other, i) => ({
        cursor: listCursor(gen, window.offset + i),
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
      const free = ((row?.titles as string[] | null | undefined) ?? []).map((title) => ({ title, ofId: null }));
      return [...linked, ...free];
    });
  }

  async eventLinks(eventIds: readonly string[]): Promise<EventLinks[]> {
    const rows = await this.runner.read(CYPHER.eventLinks, { ids: [...new Set(eventIds)] });
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), r]));
    return eventIds.map((id) => {
      const row = byAnchor.get(id);
      const participants = ((row?.participants as { id: string | null; role: string | null }[] | undefined) ?? []).filter(
        (p) => p.id,
      );
      const withRole = (role: string) => participants.filter((p) => p.role === role).map((p) => p.id!).sort();
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

  async eventsOf(entityIds: readonly string[], role: EventRole | null, first: number): Promise<EventInvolvement[][]> {
    const rows = await this.runner.read(CYPHER.eventsOf, { ids: [...new Set(entityIds)], role, first });
    const byAnchor = new Map(rows.map((r) => [String(r.anchor), (r.items as EventInvolvement[] | null) ?? []]));
    return entityIds.map((id) => (byAnchor.get(id) ?? []).map((x) => ({ eventId: String(x.eventId), role: x.role })));
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

  close(): Promise<void> {
    return this.runner.close();
  }
}

// --- row mapping ---------------------------------------------------------------------------------

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toEntity(r: Row): EntityRecord {
  return {
    id: String(r.id),
    type: r.type as EntityRecord['type'],
    name: String(r.name),
    aliases: list(r.aliases),
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

function toArticle(r: Row): ArticleRecord {
  return {
    id: String(r.id),
    title: String(r.title),
    publishedAt: str(r.publishedAt),
    captions: list(r.captions),
    paragraphs: list(r.paragraphs),
  };
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
    stance: (str(r.stance) as StatementRecord['stance']) ?? null,
    medium: str(r.medium),
    aboutIds: list(r.aboutIds),
    paragraph: Number(r.paragraph ?? 0),
  };
}

function alignById<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T): (T | null)[] {
  const byId = new Map(rows.map((r) => [String(r.id), map(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

interface ListWindow {
  offset: number;
  end: number;
  /** The generation the cursor was issued in; null on a first page. */
  gen: number | null;
}

/**
 * The slice of a page list to read: after the cursor's position, first + 1 items. A cursor that is
 * no list position is refused here, before any read.
 */
function listWindow(page: PageArgs): ListWindow {
  if (!page.after) return { offset: 0, end: page.first + 1, gen: null };
  const cursor = parseListCursor(page.after);
  if (!cursor) throw new InvalidCursorError('This cursor does not belong to this list: use a cursor returned by the same field.');
  const offset = cursor.position + 1;
  return { offset, end: offset + page.first + 1, gen: cursor.gen };
}

/** The generation the rows were read from; positions only mean something within one generation. */
function generationOf(rows: Row[], window: ListWindow): number {
  const gen = Number(rows[0]?.gen ?? 0);
  if (window.gen !== null && rows.length && window.gen !== gen) {
    throw new InvalidCursorError('This cursor is from an earlier version of the graph (it has been reseeded since): ask again without "after".');
  }
  return gen;
}

/** Items read with first + 1: the extra one only says there is a next page. */
function listPage<R, T>(found: { cursor: string; row: R }[], first: number, totalCount: number, map: (r: R) => T): Page<T> {
  return {
    edges: found.slice(0, first).map(({ cursor, row }) => ({ cursor, node: map(row) })),
    hasNextPage: found.length > first,
    totalCount,
  };
}

/** Rows fetched with limit first + 1: the extra row only says there is a next page. */
function toPage<T>(rows: Row[], first: number, totalCount: number, map: (r: Row) => T): Page<T> {
  return listPage(rows.map((row) => ({ cursor: String(row.cursor), row })), first, totalCount, map);
}
