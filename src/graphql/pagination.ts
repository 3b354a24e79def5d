import { InvalidCursorError } from '../store/errors.js';
import type { Page, PageArgs } from '../store/graph-store.js';
import { badArgument, intInRange } from './arguments.js';
import { builder } from './builder.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Forward-only keyset pagination: what the store can serve in O(page) whatever the offset. */
export const pageArgs = builder.args((t) => ({
  first: t.int({
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 0 to ${MAX_PAGE_SIZE}.`,
  }),
  after: t.string({ description: 'Return items after this cursor (an endCursor or an edge cursor).' }),
}));

export interface PageInput {
  first?: number | null;
  after?: string | null;
}

const CURSOR_PREFIX = 'kg:';

/** Cursors are opaque to clients: the store's sort key, wrapped so that nobody builds them by hand. */
export function encodeCursor(storeCursor: string): string {
  return Buffer.from(CURSOR_PREFIX + storeCursor, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith(CURSOR_PREFIX)) {
    throw badArgument('after', `Invalid cursor "${cursor}": use a cursor returned by this API.`);
  }
  return raw.slice(CURSOR_PREFIX.length);
}

/** Validate `first`/`after` into what the store takes. `first: 0` is allowed (totalCount only). */
export function toPageArgs(input: PageInput): PageArgs & { requested: number } {
  const first = intInRange('first', input.first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  return {
    first: Math.max(first, 1),
    after: input.after ? decodeCursor(input.after) : null,
    requested: first,
  };
}

/** A store read of pages, with a cursor the store cannot use reported as a bad `after`. */
export async function storePages<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badArgument('after', error.message);
    throw error;
  }
}

/** Shape a store page as a Relay connection, mapping each node (e.g. an id to its loaded record). */
export function toConnection<T, N, E extends object = object>(
  page: Page<T>,
  requested: number,
  hadCursor: boolean,
  mapEdge: (node: T, index: number) => { node: N } & E,
) {
  const edges = page.edges.slice(0, requested).map((edge, index) => ({
    cursor: encodeCursor(edge.cursor),
    ...mapEdge(edge.node, index),
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: requested === 0 ? page.totalCount > 0 : page.hasNextPage,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The common case: the store's nodes are the GraphQL nodes. */
export function connectionOf<T>(page: Page<T>, input: PageInput & { requested: number }) {
  return toConnection(page, input.requested, Boolean(input.after), (node) => ({ node }));
}

/**
 * Edge-level extra fields (a mention's count) travel on the edge object that toConnection builds;
 * Pothos types edges as {cursor, node} only, so they are read back here, in one place.
 */
export const mentionCount = (edge: object) => (edge as { count: number }).count;
