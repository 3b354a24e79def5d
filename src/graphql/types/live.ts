import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { builder } from '../builder.js';
import { decodeEntityIdArg } from '../global-id.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ArticleRef, EntityRef, StatementRef } from '../refs.js';

builder.subscriptionType({
  description:
    'Live updates as articles are ingested (POST /ingest, npm run ingest beside the server), over ' +
    'server-sent events: send the subscription to /graphql with "Accept: text/event-stream".',
});

function feedOf(ctx: Context) {
  if (!ctx.live) throw new GraphQLError('Live updates are not available on this server.');
  return ctx.live;
}

/**
 * Only the items `keep` accepts, in order. Written out rather than as a generator: a generator
 * waiting for the next event could not be ended (a client gone) until one came.
 */
function only<T>(source: AsyncIterableIterator<T>, keep: (item: T) => boolean): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    return: async () => (await source.return?.()) ?? { done: true, value: undefined },
  };
  return iterator;
}

builder.subscriptionFields((t) => ({
  articleAdded: t.field({
    type: ArticleRef,
    description: 'Each article new to the graph, once the batch that brought it is committed.',
    subscribe: (_root, _args, ctx) => feedOf(ctx).subscribe('articleAdded'),
    resolve: (article) => article,
  }),
  statementAdded: t.field({
    type: StatementRef,
    description:
      'Each statement ingestion adds (from new articles and from changed ones), optionally only those ' +
      'about an entity and/or by a speaker: a live "who is saying what about X" feed.',
    args: {
      about: t.arg.id({ description: 'Only statements about this entity.' }),
      speaker: t.arg.id({ description: 'Only statements by this entity.' }),
    },
    subscribe: (_root, args, ctx) => {
      const about = args.about ? decodeEntityIdArg(String(args.about), 'about') : null;
      const speaker = args.speaker ? decodeEntityIdArg(String(args.speaker), 'speaker') : null;
      return only(
        feedOf(ctx).subscribe('statementAdded'),
        (s) => (!about || s.aboutIds.includes(about)) && (!speaker || s.speakerId === speaker),
      );
    },
    resolve: (statement) => statement,
  }),
  entityChanged: t.field({
    type: EntityRef,
    description:
      'Each entity a curator changes (merged into, alias added or removed, split off), as it is now, ' +
      'optionally only one.',
    args: { id: t.arg.id({ description: 'Only this entity.' }) },
    subscribe: (_root, args, ctx) => {
      const id = args.id ? decodeEntityIdArg(String(args.id), 'id') : null;
      return only(feedOf(ctx).subscribe('entityChanged'), (e) => !id || e.id === id);
    },
    resolve: (entity) => entity,
  }),
  articleRemoved: t.id({
    description: 'The id of each article a curator deletes.',
    subscribe: (_root, _args, ctx) => feedOf(ctx).subscribe('articleRemoved'),
    resolve: (articleId) => encodeGlobalID('Article', articleId),
  }),
}));
