/**
 * The explorer end to end in headless Chromium (Debian's package, driven by playwright-core; no
 * browser download): search, open a neighbourhood, expand a node, read a statement; and views of
 * 10, 40 and 150 nodes judged for legibility. Screenshots are kept in test-results/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { CHROMIUM, serveForBrowser, skipReason } from '../support/browser.js';
import { crowdedFixture } from '../support/crowd-fixture.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}
interface DrawnNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  node: Box;
  text: Box | null;
}
interface Drawing {
  width: number;
  height: number;
  nodes: DrawnNode[];
  said: [string, string][];
}

/** The area two boxes share. */
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) *
  Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** What is on the canvas, in screen pixels, with the label boxes Cytoscape itself measured. */
function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    const box = (b: any) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: b.w, h: b.h });
    return {
      width: cy.width(),
      height: cy.height(),
      nodes: cy.nodes().map((n: any) => ({
        id: n.id(),
        label: n.data('label'),
        type: n.data('type'),
        ...n.renderedPosition(),
        node: box(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
        text: n.hasClass('labelled')
          ? box(
              n.renderedBoundingBox({
                includeNodes: false,
                includeEdges: false,
                includeLabels: true,
                includeOverlays: false,
              }),
            )
          : null,
      })),
      said: cy.edges('[type = "SAID"]').map((e: any) => [e.source().id(), e.target().id()]),
    };
  });
}

describe.skipIf(!CHROMIUM)(`explorer in headless Chromium${skipReason}`, () => {
  let seeded: Awaited<ReturnType<typeof openSeededStore>>;
  let served: Awaited<ReturnType<typeof serveForBrowser>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    seeded = await openSeededStore(crowdedFixture());
    served = await serveForBrowser(seeded.store);
    const { body } = await gql(
      createApp(seeded.store),
      `{ norland: entity(name: "Norland") { id } selby: entity(name: "Port Selby") { id } }`,
    );
    ids.norland = body.data.norland.id;
    ids.selby = body.data.selby.id;
    await mkdir('test-results', { recursive: true });
  });
  afterAll(async () => {
    await served?.close();
    await seeded?.cleanup();
  });

  /** A page that records every failed or refused request and script error. */
  async function openPage() {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => failed.push(e.message));
    return { page, failed };
  }
  const idle = (page: Page) =>
    page.waitForFunction(
      () => (window as any).explorer?.cy.nodes().length > 0 && document.body.dataset.state === 'idle',
    );

  it('searches, shows a neighbourhood, expands by clicking, and reads a statement', async () => {
    const { page, failed } = await openPage();
    await page.goto(`${served.base}/explorer`);
    await page.fill('#search', 'Holt');
    await page.click('button[type=submit]');
    const result = page.locator('#results button').first();
    await expect.poll(() => result.textContent()).toMatch(/Maren Holt/);
    await result.click();
    await idle(page);

    const nodes = () =>
      page.evaluate(() =>
        (window as any).explorer.cy
          .nodes()
          .map((n: any) => ({ id: n.id(), label: n.data('label'), type: n.data('type') })),
      );
    const first = await nodes();
    expect(first.map((n: any) => n.label)).toContain('Maren Holt');
    expect(first.some((n: any) => n.type === 'Statement')).toBe(true);

    // Expand: tap a statement; its neighbours (the article, what it is about) join the graph.
    const statement = first.find((n: any) => n.type === 'Statement');
    // (Braces: returning the Cytoscape collection would make Playwright serialise all of it.)
    await page.evaluate((id) => {
      (window as any).explorer.cy.getElementById(id).emit('tap');
    }, statement.id);
    await expect.poll(async () => (await nodes()).length).toBeGreaterThan(first.length);
    await idle(page);
    const expanded = await nodes();
    expect(expanded.some((n: any) => n.type === 'Article')).toBe(true);
    expect(expanded.some((n: any) => n.label === 'Norland')).toBe(true);

    // The statement is shown with its speaker and article.
    await expect.poll(() => page.locator('[data-testid=statement-text]').textContent()).toBeTruthy();
    expect(await page.locator('[data-testid=speaker]').textContent()).toBe('Maren Holt');
    expect(await page.locator('[data-testid=article-title]').textContent()).toMatch(/Norland/);
    // Its source passage marks the characters it came from (the statement's spans).
    const said = (await page.locator('[data-testid=statement-text]').textContent())!;
    const marked = await page
      .locator('[data-testid=source-passage] mark[data-testid=span]')
      .allTextContents();
    expect(marked.join(' ')).toBe(said);

    await page.screenshot({ path: 'test-results/explorer.png' });
    // Nothing failed: the favicon included.
    expect(failed).toEqual([]);
    await page.close();
  });

  it.each([
    [1024, 768],
    [390, 844],
  ])(
    'at %i px lists the statements beside the graph as "speaker — cue — text", readable without a click',
    async (width, height) => {
      const page = await served.browser.newPage({ viewport: { width, height } });
      await page.goto(`${served.base}/explorer?focus=${encodeURIComponent(ids.norland!)}&depth=1&limit=30`);
      await idle(page);
      const onGraph: string[] = await page.evaluate(() =>
        (window as any).explorer.cy.nodes('[type = "Statement"]').map((n: any) => n.id()),
      );
      const rows = page.locator('#statement-rows tr');
      expect(await rows.count()).toBe(onGraph.length);
      // Each row reads as the API has it: speaker (or description), cue, the whole text.
      const { body } = await gql(
        createApp(seeded.store),
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement { text cue speakerDescription speaker { name } } } }`,
        { ids: onGraph },
      );
      const expected = new Map<string, string>(
        body.data.nodes.map((s: any) => [
          s.id,
          `${s.speaker?.name ?? s.speakerDescription ?? 'someone'} — ${s.cue} — ${s.text}`,
        ]),
      );
      for (let i = 0; i < onGraph.length; i++) {
        const row = rows.nth(i);
        const id = (await row.getAttribute('data-id'))!;
        expect(await row.locator('[data-testid=statement-line]').innerText()).toBe(expected.get(id));
      }
      // Visible as the page opens, whole (wrapped, not cut), beside or below a graph as wide as it can be.
      const first = (await rows.first().boundingBox())!;
      expect(first.y + first.height).toBeLessThanOrEqual(width < 700 ? 5 * height : height);
      const cell = rows.first().locator('[data-testid=statement-line]');
      expect(await cell.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      const graph = (await page.locator('#graph').boundingBox())!;
      expect(graph.width).toBeGreaterThan(width < 700 ? width - 2 : width / 2);
      if (width >= 700) expect(first.x + first.width).toBeLessThanOrEqual(graph.x + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/explorer-table-${width}.png`, fullPage: width < 700 });

      // A row opens its statement, and marks its node.
      await rows.nth(1).click();
      const id = (await rows.nth(1).getAttribute('data-id'))!;
      await expect.poll(() => page.locator('[data-testid=statement-text]').textContent()).toBeTruthy();
      expect(expected.get(id)).toContain((await page.locator('[data-testid=statement-text]').textContent())!);
      expect(
        await page.evaluate((sid) => (window as any).explorer.cy.getElementById(sid).selected(), id),
      ).toBe(true);
      await page.close();
    },
  );

  it.each([
    // [view, focus, depth, limit, fewest nodes, most nodes]
    ['10', 'selby', 1, 6, 8, 14],
    ['40', 'norland', 1, 30, 34, 46],
    ['150', 'norland', 2, 110, 140, 170],
  ] as const)(
    'draws %s nodes legibly: spread over the canvas, labels not colliding, speakers shown',
    async (view, focus, depth, limit, fewest, most) => {
      const { page, failed } = await openPage();
      await page.goto(
        `${served.base}/explorer?focus=${encodeURIComponent(ids[focus]!)}&depth=${depth}&limit=${limit}`,
      );
      await idle(page);
      await page.screenshot({ path: `test-results/explorer-${view}.png` });
      const d = await drawing(page);
      expect(d.nodes.length).toBeGreaterThanOrEqual(fewest);
      expect(d.nodes.length).toBeLessThanOrEqual(most);

      // Everything on the canvas.
      for (const n of d.nodes) {
        expect(n.x > 0 && n.x < d.width && n.y > 0 && n.y < d.height, `${n.label} at ${n.x},${n.y}`).toBe(
          true,
        );
      }
      // Spread: not a narrow column (the issue saw 40 nodes in a column over a third of the canvas).
      // Over 25 layout seeds, 40 nodes spanned 49-57% of the width and 54-73% of the height (the
      // zoom is capped so that small graphs are not drawn huge), 150 nodes 71-79% and 86-87%.
      if (d.nodes.length >= 30) {
        const xs = d.nodes.map((n) => n.x);
        const ys = d.nodes.map((n) => n.y);
        const spanX = Math.max(...xs) - Math.min(...xs);
        const spanY = Math.max(...ys) - Math.min(...ys);
        expect(spanX / d.width).toBeGreaterThan(0.4);
        expect(spanY / d.height).toBeGreaterThan(0.4);
        expect(spanX / spanY).toBeGreaterThan(0.5);
        expect(spanX / spanY).toBeLessThan(2);
      }
      // Nodes do not sit on each other.
      let touching = 0;
      for (const [i, a] of d.nodes.entries()) {
        for (const b of d.nodes.slice(i + 1)) if (overlap(a.node, b.node) > 4) touching++;
      }
      expect(touching, 'overlapping node pairs').toBeLessThanOrEqual(Math.ceil(d.nodes.length / 100));

      // Labels: many shown, nearly every entity's, none colliding (Cytoscape's own text boxes). Over
      // 25 seeds: 40 nodes had 57-75% labelled (77-100% of entities), 150 nodes 25-32% (81-94%).
      const labelled = d.nodes.filter((n) => n.text);
      const entities = d.nodes.filter((n) => !['Statement', 'Article'].includes(n.type));
      if (d.nodes.length <= 10) expect(labelled).toHaveLength(d.nodes.length);
      else if (d.nodes.length <= 50) expect(labelled.length / d.nodes.length).toBeGreaterThan(0.5);
      else expect(labelled.length).toBeGreaterThan(30);
      expect(entities.filter((n) => n.text).length / entities.length).toBeGreaterThan(0.7);
      const collisions: string[] = [];
      for (const [i, a] of labelled.entries()) {
        const area = a.text!.w * a.text!.h;
        for (const b of labelled.slice(i + 1)) {
          if (overlap(a.text!, b.text!) > 0.05 * Math.min(area, b.text!.w * b.text!.h))
            collisions.push(`${a.label} / ${b.label}`);
        }
        for (const other of d.nodes) {
          const covered = overlap(a.text!, other.node) / (other.node.w * other.node.h);
          if (other !== a && covered > 0.3) collisions.push(`${a.label} on ${other.label}`);
        }
      }
      expect(collisions).toEqual([]);

      // Two hops: every statement on screen that has a speaker shows it, with its SAID edge.
      const statements = d.nodes.filter((n) => n.type === 'Statement').map((n) => n.id);
      const { body } = await gql(
        createApp(seeded.store),
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement { speaker { id } } } }`,
        { ids: statements.slice(0, 100) },
      );
      const said = new Set(d.said.map(([speaker, statement]) => `${speaker}>${statement}`));
      const withSpeaker = body.data.nodes.filter((s: any) => s.speaker);
      expect(withSpeaker.length).toBeGreaterThan(0);
      for (const s of withSpeaker) expect(said.has(`${s.speaker.id}>${s.id}`), s.id).toBe(true);

      // Events on screen say what kind of happening they are.
      const eventTypes = await page.evaluate(() =>
        (window as any).explorer.cy.nodes('[type = "Event"]').map((n: any) => n.data('eventType') ?? null),
      );
      for (const type of eventTypes) expect(type).toMatch(/^[a-z_]+$/);

      expect(failed).toEqual([]);
      await page.close();
    },
  );
});
