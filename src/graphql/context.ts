import DataLoader from 'dataloader';
import type { LiveFeed } from '../live/feed.js';
import type { EntityCounts, EntityRecord, EventLinks, GraphStore } from '../store/graph-store.js';

/**
 * Per-request context. A fresh object per request, so every DataLoader (the plugin's, which are keyed
 * by this object, and the shared ones below) caches for one request only.
 */
export interface Context {
  store: GraphStore;
  loaders: SharedLoaders;
  /** New articles and statements as ingestion adds them, for subscriptions. */
  live?: LiveFeed;
  /** The request carried the ingest token: it may curate (mutations check this). */
  curator: boolean;
}

/**
 * Loaders shared by several fields. Entities come in five GraphQL types but are one table in the
 * store: one loader for all of them means one store call per tick whatever mix of types a query asks.
 */
export interface SharedLoaders {
  entityById: DataLoader<string, EntityRecord | null>;
  entityByName: DataLoader<string, EntityRecord | null>;
  /** Participants, places and articles of events: three fields, one store call. */
  eventLinks: DataLoader<string, EventLinks>;
  /** Mention, article and statement counts: three fields, one store call. */
  entityCounts: DataLoader<string, EntityCounts>;
  /** Ids of the statements disputing each statement. */
  disputedBy: DataLoader<string, string[]>;
}

export function createContext(store: GraphStore, live?: LiveFeed, curator = false): Context {
  return {
    store,
    live,
    curator,
    loaders: {
      entityById: new DataLoader((ids) => store.entitiesByIds(ids)),
      entityByName: new DataLoader((names) => store.entitiesByNames(names), {
        cacheKeyFn: (name) => name.toLowerCase(),
      }),
      eventLinks: new DataLoader((ids) => store.eventLinks(ids)),
      entityCounts: new DataLoader((ids) => store.entityCounts(ids)),
      disputedBy: new DataLoader((ids) => store.disputedBy(ids)),
    },
  };
}
