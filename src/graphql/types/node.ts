import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { badArgument, intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { NODE_TYPES, parseGlobalId } from '../global-id.js';
import { NodeNotFound } from '../refs.js';

/** Most ids one `nodes` call takes: a page of a client's cache, not the whole graph. */
export const MAX_NODES_IDS = 100;

/**
 * Refetch by global id, as the Relay server specification has it: an id of a node that is not in
 * the graph (say, held by a client from before a reseed) gives null, not an error. Only a string
 * that is no global id at all is refused, naming the argument.
 */
async function refetch(
  globalIds: readonly string[],
  argumentName: string,
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const parsed = globalIds.map((globalId) => {
    const decoded = parseGlobalId(globalId);
    if (!decoded) {
      throw badArgument(
        argumentName,
        `"${argumentName}": "${globalId}" is not a global id as returned by this API.`,
        {
          received: globalId,
        },
      );
    }
    return NODE_TYPES.includes(decoded.typename) ? decoded : null;
  });
  const nodes = await Promise.all(await resolveNodes(builder, ctx, info, parsed));
  return nodes.map((node) => (node instanceof NodeNotFound ? null : node));
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Refetch anything by its global id; null when the graph holds no such node.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => (await refetch([String(args.id)], 'id', ctx, info))[0],
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Refetch up to ${MAX_NODES_IDS} nodes by global id, in order; null for each id the graph lacks.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx, info) => {
      intInRange('ids', args.ids.length, 0, MAX_NODES_IDS);
      return refetch(args.ids.map(String), 'ids', ctx, info);
    },
  }),
}));
