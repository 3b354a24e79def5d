/**
 * The explorer end to end in headless Chromium (Debian's package, driven by playwright-core; no
 * browser download): search, open a neighbourhood, expand a node, read a statement. A screenshot
 * is kept in test-results/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listen } from '../../src/server.js';
import { openSeededStore } from '../support/seeded-store.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe.skipIf(!CHROMIUM)(`explorer in headless Chromium${CHROMIUM ? '' : ' (skipped: no /usr/bin/chromium; .ci/run installs it)'}`, () => {
  let seeded: Awaited<ReturnType<typeof openSeededStore>>;
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    seeded = await openSeededStore();
    server = await listen(createApp(seeded.store), 0, '127.0.0.1');
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await seeded?.cleanup();
  });

  it('searches, shows a neighbourhood, expands by clicking, and reads a statement', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${base}/explorer`);
    await page.fill('#search', 'Holt');
    await page.click('button[type=submit]');
    const result = page.locator('#results button').first();
    await expect.poll(() => result.textContent()).toMatch(/Maren Holt/);
    await result.click();

    const nodes = () =>
      page.evaluate(() => (window as any).explorer.cy.nodes().map((n: any) => ({ id: n.id(), label: n.data('label'), type: n.data('type') })));
    await expect.poll(async () => (await nodes()).length).toBeGreaterThan(3);
    const first = await nodes();
    expect(first.map((n: any) => n.label)).toContain('Maren Holt');
    expect(first.some((n: any) => n.type === 'Statement')).toBe(true);

    // Expand: click a statement node; its neighbours (the article, what it is about) join the graph.
    const statement = first.find((n: any) => n.type === 'Statement');
    await page.evaluate((id) => (window as any).explorer.cy.getElementById(id).emit('tap'), statement.id);
    await expect.poll(async () => (await nodes()).length).toBeGreaterThan(first.length);
    const expanded = await nodes();
    expect(expanded.some((n: any) => n.type === 'Article')).toBe(true);
    expect(expanded.some((n: any) => n.label === 'Norland')).toBe(true);

    // The statement is shown with its speaker and article.
    await expect.poll(() => page.locator('[data-testid=statement-text]').textContent()).toBeTruthy();
    expect(await page.locator('[data-testid=speaker]').textContent()).toBe('Maren Holt');
    expect(await page.locator('[data-testid=article-title]').textContent()).toMatch(/Norland/);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explorer.png' });
    expect(failed).toEqual([]);
  });
});
