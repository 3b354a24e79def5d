/** The store could not be opened: one line that names the problem, printed without a stack. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** A cursor the store cannot use: malformed, or from a generation that has since been replaced. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}
