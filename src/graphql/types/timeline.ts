import type { TimelineRecord } from '../../store/graph-explorer.js';
import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { decodeEntityIdArg } from '../global-id.js';
import { StatementRef } from '../refs.js';
import { EventRef } from './event.js';

const TimelineItem = builder.objectRef<TimelineRecord>('TimelineItem').implement({
  description: 'A dated statement or event in the story of an entity.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The article date, for statements.',
      resolve: (item) => item.date,
    }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      resolve: (item) => (item.type === 'Statement' ? item.id : null),
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      resolve: (item, _args, ctx) => (item.type === 'Event' ? ctx.loaders.entityById.load(item.id) : null),
    }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: [TimelineItem],
    description: 'Statements by or about an entity and the events it took part in, oldest first.',
    args: {
      entity: t.arg.id({ required: true }),
      first: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    resolve: (_root, args, ctx) => {
      const first = intInRange('first', args.first ?? 50, 1, 100);
      return ctx.store.timeline(decodeEntityIdArg(String(args.entity), 'entity'), first);
    },
  }),
);
