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
