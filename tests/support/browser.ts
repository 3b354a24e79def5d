import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import type { GraphStore } from '../../src/store/graph-store.js';
import { createApp, listen } from '../../src/server.js';

/** Debian's Chromium, driven by playwright-core (never a browser download); .ci/run installs it. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const skipReason = CHROMIUM ? '' : ' (skipped: no /usr/bin/chromium; .ci/run installs it)';

/** The app listening on a free local port, and a headless browser that talks to nothing else. */
export async function serveForBrowser(store: GraphStore) {
  const server: Server = await listen(createApp(store), 0, '127.0.0.1');
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
