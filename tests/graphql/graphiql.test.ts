/**
 * GraphiQL works offline: the page and everything it loads (script, styles, editor workers, icon)
 * come from this server. Checked on the HTML, and in headless Chromium with every other host
 * blocked, down to running a query.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { createApp } from '../../src/server.js';
import { CHROMIUM, serveForBrowser, skipReason } from '../support/browser.js';
import { openSeededStore } from '../support/seeded-store.js';

let seeded: Awaited<ReturnType<typeof openSeededStore>>;
beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(() => seeded?.cleanup());

describe('GraphiQL page', () => {
  it('names no other host, and its assets are served here', async () => {
    const app = createApp(seeded.store);
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toMatch(/renderYogaGraphiQL/);
    expect(html.match(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? []).toEqual([]);
    const linked = [...html.matchAll(/(?:src|href)="([^"]+)"|'(\/graphiql\/[^']+)'/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(linked).toEqual(
      expect.arrayContaining(['/graphiql/graphiql.js', '/graphiql/graphiql.css', '/favicon.svg']),
    );
    for (const path of linked) {
      const asset = await app.fetch(`http://localhost${path}`);
      expect(asset.status, path).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
    }
  });
});

describe.skipIf(!CHROMIUM)(`GraphiQL in headless Chromium, offline${skipReason}`, () => {
  it('after a reload shows a runnable query, never an empty tab; the menu opens an example', async () => {
    const served = await serveForBrowser(seeded.store);
    try {
      const page = await (
        await served.browser.newContext({ viewport: { width: 1024, height: 768 } })
      ).newPage();
      const editor = page.locator('.graphiql-query-editor .view-lines').first();
      const tabs = () => page.locator('.graphiql-tab').allInnerTexts();
      await page.goto(`${served.base}/graphql`);
      await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain(EXAMPLES[0]!.name);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain(EXAMPLES[0]!.name);
        expect(await tabs()).toEqual([EXAMPLES[0]!.name]);
      }
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .view-lines');
      await expect.poll(() => response.innerText(), { timeout: 20_000 }).toMatch(/"data"/);
      expect(await response.innerText()).not.toMatch(/Syntax Error/);

      const other = EXAMPLES.find((e) => e.name === 'Entities')!;
      await page.selectOption('#kg-examples', other.name);
      await page.waitForURL(/\?example=Entities$/);
      await expect
        .poll(() => editor.innerText(), { timeout: 30_000 })
        .toMatch(new RegExp(`query\\s${other.name}`));
      expect(await tabs()).toEqual([EXAMPLES[0]!.name, other.name]);
      // Reloading the example keeps its tab, and adds none.
      await page.reload();
      await expect
        .poll(() => editor.innerText(), { timeout: 30_000 })
        .toMatch(new RegExp(`query\\s${other.name}`));
      expect(await tabs()).toEqual([EXAMPLES[0]!.name, other.name]);
      await page.screenshot({ path: 'test-results/graphiql-1024.png' });
    } finally {
      await served.close();
    }
  });

  it('is usable 390 px wide: editor above the response, nothing off the side of the page', async () => {
    const served = await serveForBrowser(seeded.store);
    try {
      const page = await (
        await served.browser.newContext({ viewport: { width: 390, height: 844 } })
      ).newPage();
      await page.goto(`${served.base}/graphql`);
      const editor = page.locator('.graphiql-query-editor .view-lines').first();
      await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain(EXAMPLES[0]!.name);
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .view-lines');
      await expect.poll(() => response.innerText(), { timeout: 20_000 }).toMatch(/"data"/);
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const editors = await box('.graphiql-editors');
      const result = await box('.graphiql-response');
      const menu = await box('#kg-examples');
      const run = await box('.graphiql-execute-button');
      expect(result.y).toBeGreaterThanOrEqual(editors.y + editors.height - 1);
      expect(editors.width).toBeGreaterThan(250);
      expect(result.width).toBeGreaterThan(250);
      expect(result.y + result.height).toBeLessThanOrEqual(844 + 1);
      for (const b of [editors, result, menu, run]) expect(b.x + b.width).toBeLessThanOrEqual(390 + 1);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/graphiql-390.png' });
    } finally {
      await served.close();
    }
  });

  it('renders the editor with the example tabs and runs a query, loading nothing from another host', async () => {
    const served = await serveForBrowser(seeded.store);
    try {
      const context = await served.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const requests: string[] = [];
      const failures: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      context.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
      // Offline: any other host is refused (and would be listed in `requests`).
      await context.route('**/*', (route) =>
        route.request().url().startsWith(served.base)
          ? route.continue()
          : route.abort('internetdisconnected'),
      );
      const page = await context.newPage();
      page.on('pageerror', (e) => failures.push(e.message));
      await page.goto(`${served.base}/graphql`);

      // Polled: under load the editor fills its lines and tabs a moment after it appears.
      const editor = page.locator('.graphiql-query-editor .view-lines').first();
      await editor.waitFor({ timeout: 30_000 });
      await expect.poll(() => editor.innerText(), { timeout: 20_000 }).toContain(EXAMPLES[0]!.name);
      // One tab; every example is in the menu.
      await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 20_000 }).toBe(1);
      expect(await page.locator('#kg-examples option[value]:not([value=""])').allInnerTexts()).toEqual(
        EXAMPLES.map((e) => e.name),
      );
      expect(await page.locator('#root').innerText()).not.toMatch(/Loading GraphiQL/);
      // The title is one line inside the page (wrapped, it ran off the top).
      const title = (await page.locator('.graphiql-logo').boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(0);
      expect(title.height).toBeLessThan(45);

      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .view-lines');
      await expect.poll(() => response.innerText(), { timeout: 20_000 }).toMatch(/"data"/);

      // The editor starts its workers when it needs them: wait for them, then look at everything.
      const assets = ['graphiql.js', 'graphiql.css', 'editor.worker.js', 'graphql.worker.js'].map(
        (a) => `/graphiql/${a}`,
      );
      const paths = () => new Set(requests.map((url) => new URL(url).pathname));
      await expect.poll(() => assets.filter((a) => !paths().has(a)), { timeout: 20_000 }).toEqual([]);
      expect(failures).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${served.base}/`))).toEqual([]);
    } finally {
      await served.close();
    }
  });
});
