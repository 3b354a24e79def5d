import type { EntityRecord } from '../../store/graph-store.js';
import type { Context } from '../context.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef } from '../refs.js';
import { entityNode } from './entity.js';

export const EventRef = entityNode('Event', {
  description: 'Something the news reports as happening: a strike, a protest wave, a sanctions decision.',
  rootField: 'events',
  rootDescription: 'Events, by name.',
});

async function linkedEntities(ctx: Context, event: EntityRecord, key: 'participantIds' | 'placeIds') {
  const links = await ctx.loaders.eventLinks.load(event.id);
  const entities = await ctx.loaders.entityById.loadMany(links[key]);
  return entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

builder.objectFields(EventRef, (t) => ({
  date: t.field({ type: 'Date', nullable: true, resolve: (event) => event.date }),
  participants: t.field({
    type: [EntityRef],
    description: 'Who took part: attackers, targets, protesters, decision makers.',
    resolve: (event, _args, ctx) => linkedEntities(ctx, event, 'participantIds'),
  }),
  places: t.field({
    type: [EntityRef],
    description: 'Where it happened.',
    resolve: (event, _args, ctx) => linkedEntities(ctx, event, 'placeIds'),
  }),
  articles: t.field({
    type: [ArticleRef],
    description: 'Articles reporting it.',
    resolve: async (event, _args, ctx) => (await ctx.loaders.eventLinks.load(event.id)).articleIds,
  }),
}));
