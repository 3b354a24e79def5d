/** The store could not be opened: one line that names the problem, printed without a stack. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** A cursor the store cannot use: malformed, or pointing at an item that is gone. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** The graph on disk was written in an older format than this program writes: seed it again. */
export class StoreFormatError extends Error {
  override name = 'StoreFormatError';
}

/** The graph database cannot be reached (Neo4j stopped or unreachable): clients are told so. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor() {
    super('the graph database is unavailable; try again shortly');
  }
}
