import type { FigureDoc } from '../../domain/document.js';
import type { EntityRecord, EventInvolvement, EventLinks } from '../../store/graph-store.js';
import { intInRange } from '../arguments.js';
import { decodeEntityIdArg } from '../global-id.js';
import { connectionOf, pageArgs, toPageArgs } from '../pagination.js';
import type { Context } from '../context.js';
import { builder } from '../builder.js';
import { ArticleRef, EntityRef } from '../refs.js';
import { entityNode } from './entity.js';
import { EventRoleEnum, EventTypeEnum, FigureKindEnum } from './enums.js';

export const EventRef = entityNode('Event', {
  description:
    'Something the news reports as happening: an air strike, a protest wave, a sanctions decision. One node per ' +
    'event, however many articles report it.',
});

const EventConnection = builder.connectionObject({ type: EventRef, name: 'EventConnection' });

builder.queryField('events', (t) =>
  t.field({
    type: EventConnection,
    description: 'Events, by name: of a kind, within dates, involving an entity, in a place or country.',
    args: {
      ...pageArgs,
      nameContains: t.arg.string({ description: 'Case-insensitive part of the name.' }),
      kind: t.arg({ type: EventTypeEnum, description: 'Only events of this kind.' }),
      type: t.arg({
        type: EventTypeEnum,
        description: 'Only events of this kind.',
        deprecationReason: 'Use `kind`.',
      }),
      from: t.arg({ type: 'Date', description: 'Happened on or after (events with no date are left out).' }),
      to: t.arg({ type: 'Date', description: 'Happened on or before (events with no date are left out).' }),
      participant: t.arg.id({ description: 'Id of an entity that took part (actor, target or country).' }),
      place: t.arg.id({ description: 'Id of a place or country it happened in.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPageArgs(args);
      const event = {
        type: args.kind ?? args.type,
        from: args.from,
        to: args.to,
        participantId: args.participant ? decodeEntityIdArg(String(args.participant), 'participant') : null,
        placeId: args.place ? decodeEntityIdArg(String(args.place), 'place') : null,
      };
      return connectionOf(
        await ctx.store.listEntities({ types: ['Event'], nameContains: args.nameContains, event }, page),
        page,
      );
    },
  }),
);

/** An entity's part in an event. */
export const EventInvolvementRef = builder.objectRef<EventInvolvement>('EventInvolvement').implement({
  description:
    'An event an entity took part in, and how: as its actor, its target, or the country it happened in.',
  fields: (t) => ({
    role: t.field({ type: EventRoleEnum, resolve: (x) => x.role }),
    event: t.field({
      type: EventRef,
      resolve: async (x, _args, ctx) =>
        (await ctx.loaders.entityById.load(x.eventId)) ?? Promise.reject(new Error(`No event ${x.eventId}`)),
    }),
  }),
});

builder.interfaceField(EntityRef, 'events', (t) =>
  t.loadableList({
    type: EventInvolvementRef,
    description: 'Events this entity took part in, newest first, with its role in each.',
    byPath: true,
    args: {
      role: t.arg({ type: EventRoleEnum, description: 'Only events where it had this role.' }),
      first: t.arg.int({ defaultValue: 20, description: '1 to 100.' }),
    },
    load: (ids: string[], ctx, args) =>
      ctx.store.eventsOf(ids, args.role ?? null, intInRange('first', args.first ?? 20, 1, 100)),
    resolve: (entity) => entity.id,
  }),
);

const Figure = builder.objectRef<FigureDoc>('Figure').implement({
  description: 'A number the reports state: "at least 27 people" killed, "$80 million".',
  fields: (t) => ({
    kind: t.field({ type: FigureKindEnum, resolve: (f) => f.kind }),
    value: t.exposeFloat('value', {
      description: 'The highest number reported (a toll that rose); money in its currency.',
    }),
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
  kind: t.field({
    type: EventTypeEnum,
    nullable: true,
    description: 'What kind of happening it is.',
    resolve: (event) => event.event?.type ?? null,
  }),
  eventType: t.field({
    type: EventTypeEnum,
    nullable: true,
    description: 'What kind of happening it is.',
    deprecationReason: 'Use `kind`.',
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
    resolve: (event) =>
      event.date ? `${event.date}${event.event?.dateEnd ? `..${event.event.dateEnd}` : ''}` : null,
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
