import { ENTITY_TYPES, STANCES, STATEMENT_KINDS } from '../../domain/document.js';
import { SORT_ORDERS } from '../../store/graph-store.js';
import { builder } from '../builder.js';

// Enum values come from the domain constants: one source of truth for ingest, store and API.
export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of thing the graph knows.',
  values: ENTITY_TYPES,
});

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: '`direct`: a verbatim quote. `reported`: indirect speech.',
  values: STATEMENT_KINDS,
});

export const StanceEnum = builder.enumType('Stance', {
  description: 'The speech act of the cue verb ("denied" is deny, "warned" is warn).',
  values: STANCES,
});

export const SortOrderEnum = builder.enumType('SortOrder', {
  description: '`asc`: oldest first, in reading order. `desc`: newest first.',
  values: SORT_ORDERS,
});
