import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.js';

/**
 * Whole-response caching for queries. The graph only changes when a seed replaces it, so instead of
 * guessing lifetimes the cache keys every response on the graph's version (generation and seed
 * time, one indexed read per request): after a reseed no old response can match, and the old ones
 * age out of the LRU. Results with errors are never cached.
 */
export function responseCachePlugin(store: GraphStore, maxEntries: number): Plugin {
  return useResponseCache({
    // The cache's "session" partitions entries; here it is the graph version, shared by everyone.
    session: () => store.version().then((version) => `graph:${version}`),
    cache: createInMemoryCache({ max: maxEntries }),
    ttl: Infinity,
    // Entity-based invalidation is for mutations; this API has none.
    invalidateViaMutation: false,
  });
}
