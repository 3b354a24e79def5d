/**
 * What live clients hear about: articles and statements as ingestion adds them, and what
 * curation changes. One in-process
 * publisher (yoga's), shared by the ingest service (which publishes after each committed batch)
 * and the GraphQL subscriptions (which listen). A server behind a load balancer would need a
 * shared broker instead; this one serves the process it runs in.
 */
import { createPubSub } from 'graphql-yoga';
import type { ArticleRecord, EntityRecord, StatementRecord } from '../store/graph-store.js';

export type LiveEvents = {
  articleAdded: [article: ArticleRecord];
  statementAdded: [statement: StatementRecord];
  /** Curation changed an entity (merged into, aliases, split off) or made it. */
  entityChanged: [entity: EntityRecord];
  /** Curation deleted an article: its id. */
  articleRemoved: [articleId: string];
};

export interface LiveFeed {
  publish<K extends keyof LiveEvents>(topic: K, ...payload: LiveEvents[K]): void;
  subscribe<K extends keyof LiveEvents>(topic: K): AsyncIterableIterator<LiveEvents[K][0]>;
  /** Whether anyone listens to `topic`: publishers skip loading what nobody would receive. */
  listening(topic: keyof LiveEvents): boolean;
  /** End every subscription (their streams complete): for a server shutting down. */
  close(): void;
}

const DONE = { done: true, value: undefined } as const;

export function createLiveFeed(): LiveFeed {
  // Typed at this boundary: yoga's own topic typing cannot follow a generic topic parameter.
  const pubsub = createPubSub<Record<keyof LiveEvents, [unknown]>>();
  const listeners = new Map<keyof LiveEvents, number>();
  let closing!: () => void;
  const closed = new Promise<typeof DONE>((resolve) => (closing = () => resolve(DONE)));
  let isClosed = false;
  return {
    publish: (topic, ...payload) => pubsub.publish(topic, ...payload),
    listening: (topic) => (listeners.get(topic) ?? 0) > 0,
    close() {
      isClosed = true;
      closing();
    },
    subscribe<K extends keyof LiveEvents>(topic: K) {
      type Item = LiveEvents[K][0];
      const source = (pubsub.subscribe(topic) as AsyncIterable<Item>)[Symbol.asyncIterator]();
      let ended = isClosed;
      if (!ended) listeners.set(topic, (listeners.get(topic) ?? 0) + 1);
      const end = async (): Promise<IteratorResult<Item>> => {
        if (!ended) {
          ended = true;
          listeners.set(topic, (listeners.get(topic) ?? 1) - 1);
          await source.return?.();
        }
        return DONE;
      };
      const iterator: AsyncIterableIterator<Item> = {
        [Symbol.asyncIterator]: () => iterator,
        async next() {
          if (ended) return DONE;
          const result = await Promise.race([source.next(), closed]);
          return result.done ? end() : result;
        },
        return: end,
      };
      return iterator;
    },
  };
}
