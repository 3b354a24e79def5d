import { decodeGlobalID } from '@pothos/plugin-relay';
import { toGraphView, type ViewEdge, type ViewNode } from '../../export/graph-view.js';
import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { decodeIdArg, NODE_TYPES } from '../global-id.js';
import { ArticleRef, StatementRef } from '../refs.js';

/**
 * The graph as nodes and edges, for drawing (Cytoscape.js, sigma/graphology) and for paths. Node ids
 * are the same global ids as `node(id:)`, so a client can merge successive expansions.
 */
const GraphNode = builder.objectRef<ViewNode>('GraphNode').implement({
  description: 'A node to draw: its global id, a label and its GraphQL type name.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Global id, as used by node(id:).' }),
    label: t.exposeString('label', { description: 'Name, title, or statement text.' }),
    type: t.exposeString('type', {
      description: 'Person, Country, Organization, Place, Event, Article or Statement.',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The full object, for fields beyond the label.',
      resolve: (n, _args, ctx) => {
        const { typename, id } = decodeGlobalID(n.id);
        if (typename === 'Article') return ArticleRef.getDataloader(ctx).load(id);
        if (typename === 'Statement') return StatementRef.getDataloader(ctx).load(id);
        return ctx.loaders.entityById.load(id).then((e) => e ?? Promise.reject(new Error(`No node ${n.id}`)));
      },
    }),
  }),
});

const GraphEdge = builder.objectRef<ViewEdge>('GraphEdge').implement({
  description: 'A typed, directed edge between two GraphNodes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source', { description: 'Global id of the source node.' }),
    target: t.exposeID('target', { description: 'Global id of the target node.' }),
    type: t.exposeString('type', {
      description: 'SAID, ABOUT, IN, MENTIONS, HOLDS_ROLE, PARTICIPATED_IN or LOCATED_IN.',
    }),
  }),
});

const Graph = builder.objectRef<ReturnType<typeof toGraphView>>('Graph').implement({
  description: 'Nodes and the edges among them.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (g) => g.edges }),
  }),
});

export const GRAPH_LIMITS = { maxDepth: 3, maxNodes: 1000, maxHops: 6 } as const;

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: Graph,
    description:
      'Everything within `depth` hops of the given nodes, as nodes and edges for visualization tools. ' +
      'The given nodes come first; at most `limit` nodes.',
    args: {
      ids: t.arg.idList({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `1 to ${GRAPH_LIMITS.maxDepth}.` }),
      limit: t.arg.int({ defaultValue: 200, description: `1 to ${GRAPH_LIMITS.maxNodes}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.ids.map((id) => decodeIdArg(String(id), 'ids', NODE_TYPES));
      intInRange('ids', ids.length, 1, 100);
      const depth = intInRange('depth', args.depth ?? 1, 1, GRAPH_LIMITS.maxDepth);
      const limit = intInRange('limit', args.limit ?? 200, 1, GRAPH_LIMITS.maxNodes);
      return toGraphView(await ctx.store.neighborhood(ids, depth, limit));
    },
  }),
  path: t.field({
    type: Graph,
    nullable: true,
    description:
      'The shortest connection between two nodes, nodes and edges in order from `from` to `to` ' +
      '(e.g. a person SAID a statement ABOUT a country); null when none within maxHops.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: `1 to ${GRAPH_LIMITS.maxHops}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const from = decodeIdArg(String(args.from), 'from', NODE_TYPES);
      const to = decodeIdArg(String(args.to), 'to', NODE_TYPES);
      const hops = intInRange('maxHops', args.maxHops ?? 4, 1, GRAPH_LIMITS.maxHops);
      const path = await ctx.store.path(from, to, hops);
      return path ? toGraphView(path) : null;
    },
  }),
}));
