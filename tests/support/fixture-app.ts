import { afterAll, beforeAll } from 'vitest';
import { createApp, type App, type ServerOptions } from '../../src/server.js';
import { openSeededStore } from './seeded-store.js';

/**
 * The hand-written fixture served by an app for a whole test file: seeded before its tests, closed
 * after them. Call it at the top of the file; the returned function gives the app inside tests.
 */
export function useFixtureApp(options?: ServerOptions): () => App {
  let app: App | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const seeded = await openSeededStore();
    cleanup = seeded.cleanup;
    app = createApp(seeded.store, options);
  });
  afterAll(() => cleanup?.());
  return () => {
    if (!app) throw new Error('the fixture app is ready only inside tests');
    return app;
  };
}
