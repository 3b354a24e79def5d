import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

/** The one schema builder: plugins, context type and scalars live here; each type file adds to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  // Every connection resolver must return a totalCount, so clients can show "n results" without paging.
  Connection: { totalCount: number };
  // Non-null unless a field says otherwise: generated client types then need no null checks for
  // what is always there.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({
  description: 'Ask the news knowledge graph who said what about whom.',
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, across all pages.',
    resolve: (parent) => parent.totalCount,
  }),
);
