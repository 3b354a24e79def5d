import { lexicographicSortSchema, printSchema } from 'graphql';
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

export const schema = builder.toSchema();

/** The SDL checked in as schema/schema.graphql; sorted so that diffs show real changes only. */
export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
