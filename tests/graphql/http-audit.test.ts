import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { openSeededStore } from '../support/seeded-store.js';

let app: App;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const seeded = await openSeededStore();
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
});
afterAll(() => cleanup?.());

// The GraphQL-over-HTTP conformance audit, every MUST and SHOULD, through the in-process fetch.
describe('GraphQL over HTTP audit', () => {
  const audits = serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: string, init?: RequestInit) => app.fetch(new Request(input, init)),
  });

  it('has the full list of audits', () => {
    expect(audits.length).toBeGreaterThanOrEqual(50);
  });

  for (const audit of audits) {
    it(`${audit.name}`, async () => {
      const result = await audit.fn();
      expect(
        result.status === 'ok' ? 'ok' : `${result.status}: ${'reason' in result ? result.reason : ''}`,
      ).toBe('ok');
    });
  }
});
