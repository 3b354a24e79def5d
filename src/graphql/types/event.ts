import type { FigureDoc } from '../../domain/document.js';
import type { EntityRecord, EventLinks } from '../../store/graph-store.js';
import type { Context } from '../context.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef } from '../refs.js';
import { entityNode } from './entity.js';
import { EventTypeEnum, FigureKindEnum } from './enums.js';

export const EventRef = entityNode('Event', {
  description: 'Something the news reports as happening: a strike, a protest wave, a sanctions decision.',
  rootField: 'events',
  rootDescription: 'Events, by name.',
});

const Figure = builder.objectRef<FigureDoc>('Figure').implement({
  description: 'A number the reports state: "at least 27 people" killed, "$80 million".',
  fields: (t) => ({
    kind: t.field({ type: FigureKindEnum, resolve: (f) => f.kind }),
    value: t.exposeFloat('value', { description: 'The highest number reported (a toll that rose); money in its currency.' }),
    text: t.exposeString('text', { description: 'As written.' }),
  }),
});

type LinkKey = Exclude<keyof EventLinks, 'articleIds'>;

async function linkedEntities(ctx: Context, event: EntityRecord, key: LinkKey) {
  const links = await ctx.loaders.eventLinks.load(event.id);
  const entities = await ctx.loaders.entityById.loadMany(links[key]);
  return entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

builder.objectFields(EventRef, (t) => ({
  eventType: t.field({
    type: EventTypeEnum,
    nullable: true,
    description: 'What kind of happening it is.',
    resolve: (event) => event.event?.type ?? null,
  }),
  description: t.string({
    nullable: true,
    description: 'One line: type, where, when, figures and the words the reports used.',
    resolve: (event) => event.event?.description ?? null,
  }),
  date: t.field({
    type: 'Date',
    nullable: true,
    description: 'When it happened, as precise as the reports make it (a day, or its first day).',
    resolve: (event) => (event.date && /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? event.date : null),
  }),
  when: t.string({
    nullable: true,
    description: 'The date as reported: YYYY-MM-DD, YYYY-MM or YYYY, or a span "first..last" ("last week").',
    resolve: (event) => (event.date ? `${event.date}${event.event?.dateEnd ? `..${event.event.dateEnd}` : ''}` : null),
  }),
  actors: t.field({
    type: [EntityRef],
    description: 'Who did it.',
    resolve: (event, _args, ctx) => linkedEntities(ctx, event, 'actorIds'),
  }),
  targets: t.field({
    type: [EntityRef],
    description: 'Whom or what it was done to.',
    resolve: (event, _args, ctx) => linkedEntities(ctx, event, 'targetIds'),
  }),
  countries: t.field({
    type: [EntityRef],
    description: 'The countries it happened in.',
    resolve: (event, _args, ctx) => linkedEntities(ctx, event, 'countryIds'),
  }),
  figures: t.field({
    type: [Figure],
    description: 'Killed, injured, arrested, displaced, evacuated, money: the highest reported of each.',
    resolve: (event) => event.event?.figures ?? [],
  }),
  participants: t.field({
    type: [EntityRef],
    description: 'Everyone involved: actors, targets and the countries it happened in.',
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
