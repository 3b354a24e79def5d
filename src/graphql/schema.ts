import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
// Each import registers a type (and its root fields) with the builder.
import './types/enums.js';
import './types/entity.js';
import './types/person.js';
import './types/country.js';
import './types/organization.js';
import './types/place.js';
import './types/event.js';
import './types/article.js';
import './types/statement.js';
import './types/search.js';
import './types/graph.js';
import './types/timeline.js';
import './types/node.js';
import './types/live.js';
import './types/ranking.js';
import './types/dispute.js';
import './types/curation.js';

/**
 * Two schemas, built once each: with curation mutations for servers that have an ingest token,
 * and without any Mutation type for those that have none (the public schema, and the printed one).
 * Mutations return types that queries use too, so leaving the root out leaves nothing dangling.
 */
export const curationSchema = builder.toSchema();
const config = curationSchema.toConfig();
export const schema = new GraphQLSchema({
  ...config,
  mutation: null,
  types: config.types.filter((type) => type !== config.mutation),
});

/** The SDL checked in as schema/schema.graphql; sorted so that diffs show real changes only. */
export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
