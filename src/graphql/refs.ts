/**
 * Type refs declared before any type is implemented, so that types referring to each other
 * (Statement.speaker → Entity, Entity.statementsBy → Statement) can live in their own files.
 */
import type { ArticleRecord, EntityRecord, StatementRecord } from '../store/graph-store.js';
import { builder } from './builder.js';

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');

/** A node id that names nothing in the graph: `node(id:)` answers null for it, fields fail. */
export class NodeNotFound extends Error {}

const orNotFound = <T>(rows: (T | null)[], ids: readonly string[]) =>
  rows.map((row, i) => row ?? new NodeNotFound(`No node with id "${ids[i]}".`));

export const ArticleRef = builder.loadableNodeRef('Article', {
  id: { resolve: (article: ArticleRecord) => article.id },
  load: async (ids: string[], ctx) => orNotFound(await ctx.store.articlesByIds(ids), ids),
});

export const StatementRef = builder.loadableNodeRef('Statement', {
  id: { resolve: (statement: StatementRecord) => statement.id },
  load: async (ids: string[], ctx) => orNotFound(await ctx.store.statementsByIds(ids), ids),
});

export const StatementConnection = builder.connectionObject({
  type: StatementRef,
  name: 'StatementConnection',
});
