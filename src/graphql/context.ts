import DataLoader from 'dataloader';
import type { LiveFeed } from '../live/feed.js';
import type { EntityRecord, EventLinks, GraphStore } from '../store/graph-store.js';

/**
 * Per-request context. A fresh object per request, so every DataLoader (the plugin's, which are keyed
 * by this object, and the shared ones below) caches for one request only.
 */
export interface Context {
  store: GraphStore;
  loaders: SharedLoaders;
  /** New articles and statements as ingestion adds them, for subscriptions. */
  live?: LiveFeed;
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
}

export function createContext(store: GraphStore, live?: LiveFeed): Context {
  return {
    store,
    live,
    loaders: {
      entityById: new DataLoader((ids) => store.entitiesByIds(ids)),
      entityByName: new DataLoader((names) => store.entitiesByNames(names), {
        cacheKeyFn: (name) => name.toLowerCase(),
      }),
      eventLinks: new DataLoader((ids) => store.eventLinks(ids)),
    },
  };
}
