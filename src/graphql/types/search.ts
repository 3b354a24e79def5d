import type { SearchHitRecord } from '../../store/graph-explorer.js';
import { badArgument, intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { StatementRef } from '../refs.js';
import { EntityTypeEnum } from './enums.js';

export const MAX_SEARCH_RESULTS = 50;

const SearchHit = builder.objectRef<SearchHitRecord>('SearchHit').implement({
  description: 'A search result: an entity or a statement, with its relevance.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Relevance; higher is better. Comparable within one search only.',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The entity (match on name or alias) or statement (match on text).',
      resolve: (hit, _args, ctx) =>
        hit.type === 'Statement'
          ? StatementRef.getDataloader(ctx).load(hit.id)
          : ctx.loaders.entityById
              .load(hit.id)
              .then((e) => e ?? Promise.reject(new Error(`No node ${hit.id}`))),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over entity names and aliases and statement text, best first. Tolerates case, ' +
      'diacritics ("Turkiye" finds "Türkiye") and word beginnings ("Stolt").',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({
        type: [EntityTypeEnum],
        description:
          'Only entities of these types (no statements). All entities and statements when omitted.',
      }),
      first: t.arg.int({ defaultValue: 10, description: `1 to ${MAX_SEARCH_RESULTS}.` }),
    },
    resolve: (_root, args, ctx) => {
      const first = intInRange('first', args.first ?? 10, 1, MAX_SEARCH_RESULTS);
      const query = args.query.trim();
      if (!query) throw badArgument('query', '"query" must not be empty.');
      return ctx.store.search(query, { types: args.types, first });
    },
  }),
);
