import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractOrFail } from '../../src/cli/seed.js';
import { sameToken } from '../../src/live/ingest-route.js';
import { createApp } from '../../src/server.js';
import { openSeededStore } from '../support/seeded-store.js';

const TOKEN = 'test-ingest-token-0123456789';
const LOCAL = 'local-token-abcdefghijklmnop';
const ARTICLE = {
  title: 'Union Sets Deadline',
  text: 'Okafor said the union would strike on Friday.\n\n“Time is short,” Okafor told reporters.',
  url: 'https://news.example/union-deadline',
  source: 'Example Wire',
  publishedAt: '2031-05-02',
};

let seeded: Awaited<ReturnType<typeof openSeededStore>>;
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-route-'));
  await writeFile(
    join(work, 'talks.txt'),
    'Harbour Talks Resume\n\nTunde Okafor, the chief negotiator of the Dockworkers Union, said on Monday that talks would resume.\n',
  );
  seeded = await openSeededStore(await extractOrFail(work));
});
afterAll(async () => {
  await seeded.cleanup();
  await rm(work, { recursive: true, force: true });
});

/** The route's log lines, collected (and kept out of the test output). */
let logLines: string[] = [];
const log = (line: string) => logLines.push(line);

const post = (app: ReturnType<typeof createApp>, body: string, headers: Record<string, string>) =>
  app.fetch('http://localhost/ingest', { method: 'POST', headers, body });
const jsonl = (token: string | null, extra: Record<string, string> = {}) => ({
  'content-type': 'application/x-ndjson',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...extra,
});

describe('POST /ingest', () => {
  it('does not exist without KG_INGEST_TOKEN (nor for a wrong local token)', async () => {
    const app = createApp(seeded.store, { ingest: { localToken: LOCAL, log } });
    expect((await post(app, JSON.stringify(ARTICLE), jsonl(null))).status).toBe(404);
    expect((await post(app, JSON.stringify(ARTICLE), jsonl(TOKEN))).status).toBe(404);
    expect((await post(createApp(seeded.store), JSON.stringify(ARTICLE), jsonl(TOKEN))).status).toBe(404);
  });

  it('refuses a missing or wrong token with 401 and changes nothing', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    const before = await seeded.store.counts();
    for (const headers of [
      jsonl(null),
      jsonl('wrong-token'),
      jsonl(`${TOKEN}x`),
      { ...jsonl(null), authorization: TOKEN },
    ]) {
      const response = await post(app, JSON.stringify(ARTICLE), headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain(TOKEN);
    }
    expect(await seeded.store.counts()).toEqual(before);
  });

  it('refuses a body over the limit with 413, and an unknown content type with 415, changing nothing', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, maxBytes: 100, log } });
    const before = await seeded.store.counts();
    expect((await post(app, JSON.stringify(ARTICLE), jsonl(TOKEN))).status).toBe(413);
    const unknown = await post(app, 'x', { authorization: `Bearer ${TOKEN}`, 'content-type': 'image/png' });
    expect(unknown.status).toBe(415);
    expect(await seeded.store.counts()).toEqual(before);
  });

  it('adds a JSON Lines article once, resolving its speaker against the graph', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    const first = await post(app, JSON.stringify(ARTICLE) + '\n', jsonl(TOKEN));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      statements: 2,
      problems: [],
      moreProblems: 0,
    });
    const again = await post(app, JSON.stringify(ARTICLE) + '\n', jsonl(TOKEN));
    expect(await again.json()).toMatchObject({ added: 0, unchanged: 1, statements: 0 });
    const statements = await seeded.store.listStatements({ speakerId: 'per_tunde_okafor' }, { first: 10 });
    expect(statements.totalCount).toBe(3);
  });

  it('takes the local token of `npm run ingest`, and names the posted file in problems', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, localToken: LOCAL, log } });
    const response = await post(
      app,
      '{"title": broken}\n',
      jsonl(LOCAL, { 'x-source-name': encodeURIComponent('/tmp/feeds/wire.jsonl') }),
    );
    // Nothing could be read: 422, with the problem that says why.
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      added: number;
      problems: { file: string; line: number; severity: string }[];
    };
    expect(body.added).toBe(0);
    expect(body.problems[0]).toMatchObject({ file: '/tmp/feeds/wire.jsonl', line: 1, severity: 'error' });
  });

  it('answers a failure of its own with 500 and JSON, the details in the log only', async () => {
    const failing = new Proxy(seeded.store, {
      get(target, key, receiver) {
        if (key === 'merge') return () => Promise.reject(new Error('disk full at /srv/secret/graph'));
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const app = createApp(failing, { ingest: { token: TOKEN, log } });
      const response = await post(
        app,
        JSON.stringify({ ...ARTICLE, url: 'https://news.example/other' }) + '\n',
        jsonl(TOKEN),
      );
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(JSON.parse(text).error).toMatch(/^ingestion failed on the server/);
      expect(text).not.toMatch(/secret|\bat \w|\.ts\b/);
      expect(String(logged.mock.calls.flat())).toContain('disk full');
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses 60 kB of base64 posted as text with 422 "not prose", adding nothing', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    const before = await seeded.store.counts();
    const blob = (
      randomBytes(45_000)
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\n');
    const response = await post(app, blob, {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { added: number; problems: { message: string }[] };
    expect(body.added).toBe(0);
    expect(body.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^not prose: /)]);
    expect(await seeded.store.counts()).toEqual(before);
  });

  it('answers 422 to an empty body and to malformed JSON', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const empty = await post(app, ' \n', { ...auth, 'content-type': 'text/plain' });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ added: 0, problems: [{ message: 'the body is empty' }] });
    const malformed = await post(app, '{"title": "Quay", "text": ', {
      ...auth,
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as { problems: unknown[] }).problems).toHaveLength(1);
  });

  it('lists at most 100 problems and counts the rest', async () => {
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    const broken = Array.from({ length: 130 }, (_, i) => `{"title": "Record ${i}", "text": }`);
    const good = JSON.stringify({
      ...ARTICLE,
      url: 'https://news.example/many-problems',
      title: 'Quay Fees Rise',
    });
    const response = await post(app, [...broken, good].join('\n'), jsonl(TOKEN));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { added: number; problems: unknown[]; moreProblems: number };
    expect(body.added).toBe(1);
    expect(body.problems).toHaveLength(100);
    expect(body.moreProblems).toBe(30);
  });

  it('logs each ingest (source, counts, duration) and each rejected attempt, never the token', async () => {
    logLines = [];
    const app = createApp(seeded.store, { ingest: { token: TOKEN, log } });
    await post(app, JSON.stringify(ARTICLE), jsonl('not-the-token'));
    const article = JSON.stringify({ ...ARTICLE, url: 'https://news.example/logged', title: 'Quay Closed' });
    await post(app, article, jsonl(TOKEN, { 'x-source-name': 'wire-0412.jsonl' }));
    expect(logLines).toEqual([
      expect.stringMatching(/^ingest: rejected attempt from an unknown address: a wrong bearer token$/),
      expect.stringMatching(
        /^ingest: 200 "wire-0412.jsonl" \(jsonl\) from an unknown address: added 1, .* articles; \d+ statements; 0 problems; \d+ ms$/,
      ),
    ]);
    expect(logLines.join('\n')).not.toContain('not-the-token');
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });

  it('compares tokens whatever their lengths', () => {
    expect(sameToken(TOKEN, TOKEN)).toBe(true);
    expect(sameToken(TOKEN, TOKEN.slice(0, -1))).toBe(false);
    expect(sameToken('', TOKEN)).toBe(false);
  });
});
