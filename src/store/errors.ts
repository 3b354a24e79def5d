/** The store could not be opened: one line that names the problem, printed without a stack. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}
