import {
  ENTITY_TYPES,
  EVENT_ROLES,
  EVENT_TYPE_DESCRIPTIONS,
  EVENT_TYPES,
  FIGURE_KINDS,
  type EventType,
  STANCES,
  STATEMENT_KINDS,
} from '../../domain/document.js';
import { SORT_ORDERS } from '../../store/graph-store.js';
import { builder } from '../builder.js';

// Enum values come from the domain constants: one source of truth for ingest, store and API.
export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of thing the graph knows.',
  values: ENTITY_TYPES,
});

export const EventTypeEnum = builder.enumType('EventType', {
  description:
    'What kind of happening an event is (an air strike is an `attack`, a walkout a `labour_strike`); ' +
    '`other` for a happening of no listed kind.',
  values: Object.fromEntries(
    EVENT_TYPES.map((k) => [k, { description: EVENT_TYPE_DESCRIPTIONS[k] }]),
  ) as Record<EventType, { description: string }>,
});

export const EventRoleEnum = builder.enumType('EventRole', {
  description: '`actor`: did it. `target`: it was done to them. `location`: the country it happened in.',
  values: EVENT_ROLES,
});

export const FigureKindEnum = builder.enumType('FigureKind', {
  description:
    'What a figure counts: people killed, injured, arrested, displaced, evacuated, missing, or money.',
  values: FIGURE_KINDS,
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
