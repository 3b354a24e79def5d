import { ALIAS_RULE_EVIDENCE, type AliasDoc, type EntityType } from '../../domain/document.js';
import type { RelatedRecord } from '../../store/graph-explorer.js';
import type { ArticleRecord, EntityRecord } from '../../store/graph-store.js';
import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef, NodeNotFound, StatementConnection } from '../refs.js';
import { connectionOf, mentionCount, pageArgs, storePages, toConnection, toPageArgs } from '../pagination.js';
import { EntityTypeEnum, StatementKindEnum } from './enums.js';

/** Articles naming an entity, each edge carrying how often the article names it. */
const EntityMentionConnection = builder.connectionObject(
  { type: ArticleRef, name: 'EntityMentionConnection' },
  {
    name: 'EntityMentionEdge',
    fields: (t) => ({
      count: t.int({ description: 'How many times the article names the entity.', resolve: mentionCount }),
    }),
  },
);

/** Another name of an entity, with why the one resolution step joined it. */
const EntityAlias = builder.objectRef<AliasDoc>('EntityAlias').implement({
  description: 'Another name the articles use for an entity, with the evidence that joined it.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The alias as written ("Lind", "Mrs. Lind", "UN").' }),
    rule: t.exposeString('rule', {
      description:
        'Why it was joined: written (an article names the entity so), spelling (another spelling of the full name), surname (the only person with that surname), lexicon (a known name), curated (added by a curator: addAlias, mergeEntities).',
    }),
    evidence: t.exposeString('evidence', { description: 'The rule in words.' }),
    articles: t.field({
      type: [ArticleRef],
      description: 'The articles that write the alias for this entity.',
      resolve: async (alias, _args, ctx) => {
        const found = await ArticleRef.getDataloader(ctx).loadMany(alias.articles);
        return found.filter((a): a is ArticleRecord => Boolean(a) && !(a instanceof Error));
      },
    }),
  }),
});

const RelatedEntity = builder.objectRef<RelatedRecord>('RelatedEntity').implement({
  description: 'An entity connected to another through statements, articles, roles or events.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      resolve: (r, _args, ctx) =>
        ctx.loaders.entityById.load(r.id).then((e) => e ?? Promise.reject(new Error(`No entity ${r.id}`))),
    }),
    weight: t.exposeFloat('weight', {
      description:
        'Strength of the connection: 3 per statement by one about the other or a role, 2 per shared statement or event, 1 per shared article.',
    }),
    reasons: t.exposeStringList('reasons', {
      description: 'Why they are connected, e.g. "said something about it".',
    }),
  }),
});

EntityRef.implement({
  description: 'Anything the news talks about: a person, country, organization, place or event.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    aliases: t.field({
      type: [EntityAlias],
      description:
        'Other names the articles use (surnames, spellings, acronyms, metonyms like "Moscow"), each with why it was joined and the articles that use it.',
      // The resolution step records evidence for every alias it joins: one without was a curator's.
      resolve: (entity) =>
        entity.aliases.map(
          (name) =>
            entity.aliasEvidence.find((a) => a.name === name) ?? {
              name,
              rule: 'curated',
              evidence: ALIAS_RULE_EVIDENCE.curated,
              articles: [],
            },
        ),
    }),
    type: t.field({ type: EntityTypeEnum, resolve: (entity) => entity.type }),
    mentionCount: t.int({
      description: 'How often articles name it, summed over articles.',
      resolve: async (entity, _args, ctx) => (await ctx.loaders.entityCounts.load(entity.id)).mentions,
    }),
    articleCount: t.int({
      description: 'How many articles name it.',
      resolve: async (entity, _args, ctx) => (await ctx.loaders.entityCounts.load(entity.id)).articles,
    }),
    statementCount: t.int({
      description: 'How many statements it made (as `statementsBy { totalCount }`).',
      resolve: async (entity, _args, ctx) => (await ctx.loaders.entityCounts.load(entity.id)).statements,
    }),
    statementsBy: t.loadable({
      type: StatementConnection,
      description: 'What this entity said.',
      byPath: true,
      args: { kind: t.arg({ type: StatementKindEnum }), ...pageArgs },
      load: async (ids: string[], ctx, args) => {
        const page = toPageArgs(args);
        const pages = await storePages(ctx.store.statementsFor('speaker', ids, { kind: args.kind }, page));
        return pages.map((p) => connectionOf(p, page));
      },
      resolve: (entity) => entity.id,
    }),
    statementsAbout: t.loadable({
      type: StatementConnection,
      description: 'What was said about this entity, by anyone.',
      byPath: true,
      args: { kind: t.arg({ type: StatementKindEnum }), ...pageArgs },
      load: async (ids: string[], ctx, args) => {
        const page = toPageArgs(args);
        const pages = await storePages(ctx.store.statementsFor('about', ids, { kind: args.kind }, page));
        return pages.map((p) => connectionOf(p, page));
      },
      resolve: (entity) => entity.id,
    }),
    related: t.loadableList({
      type: RelatedEntity,
      description:
        'Entities connected to this one through statements, articles, roles or events, strongest first.',
      byPath: true,
      args: { first: t.arg.int({ defaultValue: 10, description: '1 to 50.' }) },
      load: (ids: string[], ctx, args) =>
        ctx.store.related(ids, intInRange('first', args.first ?? 10, 1, 50)),
      resolve: (entity) => entity.id,
    }),
    mentionedIn: t.loadable({
      type: EntityMentionConnection,
      description: 'Articles that name this entity.',
      byPath: true,
      args: pageArgs,
      load: async (ids: string[], ctx, args) => {
        const page = toPageArgs(args);
        const pages = await storePages(ctx.store.mentionsFor('entity', ids, page));
        const articleLoader = ArticleRef.getDataloader(ctx);
        return Promise.all(
          pages.map(async (p) => {
            const articles = await articleLoader.loadMany(p.edges.map((e) => e.node.id));
            return toConnection(p, page.requested, Boolean(page.after), (mention, i) => ({
              node: articles[i] as ArticleRecord,
              count: mention.count,
            }));
          }),
        );
      },
      resolve: (entity) => entity.id,
    }),
  }),
});

/**
 * Define one concrete entity type: a Relay node loaded through the shared entity loader, plus its
 * root connection (`people`, `countries`, …) filtered to that type.
 */
export function entityNode(
  type: EntityType,
  /** Without `rootField`, the type's own module defines its root field (events take filters). */
  options: { description: string; rootField?: string; rootDescription?: string },
) {
  const ref = builder.loadableNode(type as string, {
    description: options.description,
    interfaces: [EntityRef],
    id: { resolve: (entity: EntityRecord) => entity.id },
    isTypeOf: (value) => (value as EntityRecord).type === type,
    // An id of another entity type must not load as this one: node(id: "Person:<a country id>") is null.
    load: async (ids: string[], ctx) =>
      (await ctx.loaders.entityById.loadMany(ids)).map((e, i) =>
        e && !(e instanceof Error) && e.type === type
          ? e
          : new NodeNotFound(`No ${type} with id "${ids[i]}".`),
      ),
    fields: () => ({}),
  });

  if (!options.rootField) return ref;
  const connection = builder.connectionObject({ type: ref, name: `${type}Connection` });
  builder.queryField(options.rootField, (t) =>
    t.field({
      type: connection,
      description: options.rootDescription,
      args: {
        ...pageArgs,
        nameContains: t.arg.string({ description: 'Case-insensitive part of the name or an alias.' }),
      },
      resolve: async (_root, args, ctx) => {
        const page = toPageArgs(args);
        return connectionOf(
          await ctx.store.listEntities({ types: [type], nameContains: args.nameContains }, page),
          page,
        );
      },
    }),
  );
  return ref;
}

const EntityConnection = builder.connectionObject({ type: EntityRef, name: 'EntityConnection' });

const EntityOrderFieldEnum = builder.enumType('EntityOrderField', {
  description:
    '`MENTIONS`: how often articles name it. `ARTICLES`: how many articles name it. `STATEMENTS`: how ' +
    'many statements it made. `NAME`: alphabetical.',
  values: {
    MENTIONS: { value: 'mentions' },
    ARTICLES: { value: 'articles' },
    STATEMENTS: { value: 'statements' },
    NAME: { value: 'name' },
  } as const,
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: '`ASC`: smallest first (A to Z). `DESC`: largest first (Z to A).',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

const EntityOrderInput = builder.inputType('EntityOrder', {
  description: 'How to rank entities. Ties are broken by name, A to Z, whichever the direction.',
  fields: (t) => ({
    field: t.field({ type: EntityOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'desc' }),
  }),
});

builder.queryFields((t) => ({
  entities: t.field({
    type: EntityConnection,
    description: 'Entities of any type, by name or ranked (`orderBy`).',
    args: {
      ...pageArgs,
      types: t.arg({ type: [EntityTypeEnum], description: 'Only these types (all when omitted).' }),
      nameContains: t.arg.string({ description: 'Case-insensitive part of the name or an alias.' }),
      orderBy: t.arg({
        type: EntityOrderInput,
        description: 'By name (A to Z) unless given: `{field: MENTIONS}` ranks the most named first.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPageArgs(args);
      const order = args.orderBy
        ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'desc' }
        : undefined;
      return connectionOf(
        await storePages(
          ctx.store.listEntities({ types: args.types, nameContains: args.nameContains }, page, order),
        ),
        page,
      );
    },
  }),
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'Find an entity by its name or any alias, case-insensitively ("Zelenskiy", "moscow", "UN").',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.entityByName.load(args.name.trim()),
  }),
}));
