import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from './context.js';

/** The one schema builder: plugins, context type and scalars live here; each type file adds to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { Date: { Input: string; Output: string } };
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
    // node/nodes are defined in types/node.ts: a missing node is null there, as Relay expects.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_FORMAT = 'a Date is written YYYY-MM-DD, as a string: "2026-01-13"';

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601: "2026-01-13".',
  serialize: (value) => String(value),
  // Variables: graphql prefixes the variable and the value it got.
  parseValue: (value) => {
    if (typeof value !== 'string' || !ISO_DATE.test(value)) throw new GraphQLError(DATE_FORMAT);
    return value;
  },
  // Literals: a plain error, so that graphql says which value it found and where, and
  // argument-errors.ts which argument.
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !ISO_DATE.test(ast.value)) throw new TypeError(DATE_FORMAT);
    return ast.value;
  },
});
