import type { DisputeRecord, StatementRecord } from '../../store/graph-store.js';
import { builder } from '../builder.js';
import { decodeEntityIdArg, decodeIdArg } from '../global-id.js';
import { pageArgs, storePages, toConnection, toPageArgs } from '../pagination.js';
import { StatementRef } from '../refs.js';

/** Statements in the order given, those gone from the graph left out. */
async function statementsOf(
  ids: readonly string[],
  load: (ids: string[]) => Promise<(StatementRecord | Error)[]>,
) {
  return (await load([...ids])).filter((s): s is StatementRecord => !(s instanceof Error));
}

const disputedByField = (edge: object) => (edge as { disputedBy: StatementRecord[] }).disputedBy;

/** Disputed statements; each edge carries the statement (also its node) and those disputing it. */
const DisputeConnection = builder.connectionObject(
  { type: StatementRef, name: 'DisputeConnection' },
  {
    name: 'DisputeEdge',
    fields: (t) => ({
      statement: t.field({
        type: StatementRef,
        description: 'The disputed statement (the node).',
        resolve: (edge) => edge.node,
      }),
      disputedBy: t.field({
        type: [StatementRef],
        description: 'Statements disputing it, newest first.',
        resolve: disputedByField,
      }),
    }),
  },
);

builder.objectField(StatementRef, 'disputedBy', (t) =>
  t.field({
    type: [StatementRef],
    description:
      'Statements by other speakers, with an opposing stance (an accusation and its denial, a claim and ' +
      'its rejection, praise and criticism), about the same entity or event or about its speaker: newest first.',
    resolve: async (s, _args, ctx) => {
      const ids = await ctx.loaders.disputedBy.load(s.id);
      return statementsOf(
        ids,
        (ids) => StatementRef.getDataloader(ctx).loadMany(ids) as Promise<(StatementRecord | Error)[]>,
      );
    },
  }),
);

builder.queryField('disputes', (t) =>
  t.field({
    type: DisputeConnection,
    description:
      'Statements that others dispute (see `Statement.disputedBy`), about an entity and/or an event, ' +
      'newest first (undated last).',
    args: {
      ...pageArgs,
      about: t.arg.id({ description: 'Only disputes about this entity (or answered by it).' }),
      event: t.arg.id({ description: 'Only disputes about this event.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPageArgs(args);
      const filter = {
        aboutId: args.about ? decodeEntityIdArg(String(args.about), 'about') : null,
        eventId: args.event ? decodeIdArg(String(args.event), 'event', ['Event']) : null,
      };
      const found = await storePages(ctx.store.disputes(filter, page));
      const loader = StatementRef.getDataloader(ctx);
      const disputers = await Promise.all(
        found.edges.map((e) =>
          statementsOf(
            e.node.disputedByIds,
            (ids) => loader.loadMany(ids) as Promise<(StatementRecord | Error)[]>,
          ),
        ),
      );
      return toConnection(found, page.requested, Boolean(page.after), (d: DisputeRecord, i) => ({
        node: d.statement,
        disputedBy: disputers[i]!,
      }));
    },
  }),
);
