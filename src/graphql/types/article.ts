import { articleText } from '../../domain/article-text.js';
import type { EntityRecord } from '../../store/graph-store.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef, StatementConnection } from '../refs.js';
import { connectionOf, mentionCount, pageArgs, storePages, toConnection, toPageArgs } from '../pagination.js';
import { SortOrderEnum, StatementKindEnum } from './enums.js';

/** Entities an article names, each edge carrying how often. */
const ArticleMentionConnection = builder.connectionObject(
  { type: EntityRef, name: 'ArticleMentionConnection' },
  {
    name: 'ArticleMentionEdge',
    fields: (t) => ({
      count: t.int({ description: 'How many times the article names the entity.', resolve: mentionCount }),
    }),
  },
);

ArticleRef.implement({
  description: 'A news article, as parsed from the corpus.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'paragraphs' in value,
  fields: (t) => ({
    title: t.exposeString('title'),
    publishedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'Derived from the text (photo captions name dates).',
      resolve: (article) => article.publishedAt,
    }),
    paragraphs: t.exposeStringList('paragraphs', { description: 'Body paragraphs, in order.' }),
    text: t.string({
      description:
        'The full text as stored: the paragraphs joined by a blank line. Statement spans point into it.',
      resolve: (article) => articleText(article),
    }),
    url: t.string({
      nullable: true,
      description: 'Canonical URL, without tracking parameters; null for articles read without one.',
      resolve: (article) => article.url ?? null,
    }),
    source: t.string({
      nullable: true,
      description: 'The outlet that published it ("Reuters"), when the input says.',
      resolve: (article) => article.source ?? null,
    }),
    copyOf: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article with the same text seen first, when this one is a syndicated copy of it.',
      resolve: (article) => article.copyOf ?? null,
    }),
    captions: t.exposeStringList('captions', { description: 'Photo captions, with their credits.' }),
    statements: t.loadable({
      type: StatementConnection,
      description: 'Statements reported in this article, in reading order.',
      byPath: true,
      args: { kind: t.arg({ type: StatementKindEnum }), ...pageArgs },
      load: async (ids: string[], ctx, args) => {
        const page = toPageArgs(args);
        const pages = await storePages(ctx.store.statementsFor('article', ids, { kind: args.kind }, page));
        return pages.map((p) => connectionOf(p, page));
      },
      resolve: (article) => article.id,
    }),
    mentions: t.loadable({
      type: ArticleMentionConnection,
      description: 'Entities this article names, most named first.',
      byPath: true,
      args: pageArgs,
      load: async (ids: string[], ctx, args) => {
        const page = toPageArgs(args);
        const pages = await storePages(ctx.store.mentionsFor('article', ids, page));
        return Promise.all(
          pages.map(async (p) => {
            const entities = await ctx.loaders.entityById.loadMany(p.edges.map((e) => e.node.id));
            return toConnection(p, page.requested, Boolean(page.after), (mention, i) => ({
              node: entities[i] as EntityRecord,
              count: mention.count,
            }));
          }),
        );
      },
      resolve: (article) => article.id,
    }),
  }),
});

builder.queryFields((t) => ({
  articles: t.field({
    type: builder.connectionObject({ type: ArticleRef, name: 'ArticleConnection' }),
    description: 'Articles in date order (then corpus order), optionally within a date range.',
    args: {
      ...pageArgs,
      from: t.arg({ type: 'Date', description: 'Published on or after.' }),
      to: t.arg({ type: 'Date', description: 'Published on or before.' }),
      order: t.arg({ type: SortOrderEnum, defaultValue: 'asc' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPageArgs(args);
      return connectionOf(
        await ctx.store.listArticles({ from: args.from, to: args.to }, page, args.order ?? 'asc'),
        page,
      );
    },
  }),
}));
