/**
 * The live path end to end, on the real server process: subscriptions over server-sent events
 * (read by a plain SSE client over HTTP), POST /ingest with KG_INGEST_TOKEN, and `npm run ingest`
 * handing its articles to the running server.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TOKEN = 'e2e-ingest-token-9f8e7d6c5b4a';
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

let work: string;
let dataDir: string;
let server: ChildProcess;
let url: string;
let serverLog = '';

/** A GraphQL subscription over SSE: each `next` event's data, in order. */
async function subscribe(query: string) {
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  // The server opens the stream with a comment (":"), read once it has started the subscription's
  // iterator: after it, a published event reaches this client.
  while (!buffer.includes('\n\n')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended before it opened');
    buffer += value;
  }
  return {
    async next(): Promise<any> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (event === 'next') return JSON.parse(data);
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

const withTimeout = <T>(promise: Promise<T>, ms = 20_000) =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms)),
  ]);

/** Resolves once the server's log has a line matching `re` (its stderr and our socket race). */
const logged = (re: RegExp) =>
  withTimeout(
    new Promise<void>((resolve) => {
      const check = () => {
        if (!re.test(serverLog)) return;
        server.stderr!.off('data', check);
        resolve();
      };
      server.stderr!.on('data', check);
      check();
    }),
    10_000,
  );

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-live-'));
  dataDir = join(work, 'data');
  await mkdir(join(work, 'seed'));
  await writeFile(
    join(work, 'seed', 'talks.txt'),
    'Harbour Talks Resume\n\nTunde Okafor, the chief negotiator of the Dockworkers Union, said on Monday that talks would resume.\n',
  );
  server = spawn(process.execPath, [...CLI, 'serve'], {
    env: {
      ...process.env,
      KG_DATA_DIR: dataDir,
      KG_SEED_PATH: join(work, 'seed'),
      KG_INGEST_TOKEN: TOKEN,
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    server.stderr!.on('data', (chunk) => {
      serverLog += chunk;
      const m = /serving GraphQL on (http:\/\/[^/\s]+)/.exec(serverLog);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}): ${serverLog}`)));
  });
});

afterAll(async () => {
  if (server.exitCode === null) {
    await new Promise((resolve) => {
      server.once('exit', resolve);
      server.kill('SIGTERM');
    });
  }
  await rm(work, { recursive: true, force: true });
});

describe('live ingestion beside a running server', () => {
  it('delivers articleAdded and filtered statementAdded over SSE when POST /ingest adds an article', async () => {
    const articles = await subscribe('subscription { articleAdded { title url source } }');
    const lookup = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(name: "Okafor") { id } }' }),
    });
    const okafor = ((await lookup.json()) as { data: { entity: { id: string } } }).data.entity;
    const statements = await subscribe(
      // The speaker is loaded from the store, the text is at hand: the event still lists them in
      // the order asked for.
      `subscription { statementAdded(speaker: "${okafor.id}") { speaker { name } text } }`,
    );

    const body = JSON.stringify({
      title: 'Union Sets Deadline',
      text: 'Okafor said the union would strike on Friday.',
      url: 'https://news.example/union-deadline',
      source: 'Example Wire',
    });
    const wrong = await fetch(`${url}/ingest`, {
      method: 'POST',
      headers: { authorization: 'Bearer nope', 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(wrong.status).toBe(401);
    // Logged as a rejected attempt, with the client's address as the server's socket saw it.
    await logged(/ingest: rejected attempt from (::ffff:)?127\.0\.0\.1: a wrong bearer token/);
    const response = await fetch(`${url}/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(await response.json()).toMatchObject({ added: 1, statements: 1 });
    await logged(/ingest: 200 "request" \(jsonl\) from \S+: added 1, .*; \d+ ms/);

    expect(await withTimeout(articles.next())).toEqual({
      data: {
        articleAdded: {
          title: 'Union Sets Deadline',
          url: 'https://news.example/union-deadline',
          source: 'Example Wire',
        },
      },
    });
    const statement = await withTimeout(statements.next());
    expect(statement).toEqual({
      data: {
        statementAdded: { speaker: { name: 'Tunde Okafor' }, text: 'the union would strike on Friday' },
      },
    });
    expect(Object.keys((statement as any).data.statementAdded)).toEqual(['speaker', 'text']);
    articles.close();
    statements.close();
  });

  it('hands `npm run ingest` to the server that holds the store', async () => {
    const record = join(dataDir, 'server.json');
    expect(((await stat(record)).mode & 0o777).toString(8)).toBe('600');
    const articles = await subscribe('subscription { articleAdded { title } }');
    await mkdir(join(work, 'more'));
    await writeFile(
      join(work, 'more', 'later.txt'),
      'Port Reopens\n\nOkafor said the port reopened on Tuesday.\n',
    );
    const { stdout, stderr } = await run(process.execPath, [...CLI, 'ingest', join(work, 'more')], {
      env: { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: '' },
    });
    expect(stdout).toBe('added 1, updated 0, unchanged 0 articles; 1 statements; 0 problems\n');
    expect(stderr).toMatch(/handing the articles to the server/);
    expect(await withTimeout(articles.next())).toEqual({ data: { articleAdded: { title: 'Port Reopens' } } });
    articles.close();
    // Neither token ever appears in what the server or the CLI print.
    const { token } = JSON.parse(await readFile(record, 'utf8'));
    for (const text of [serverLog, stdout, stderr]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(token);
    }
  });

  it('ends open subscriptions and removes its record when it stops', async () => {
    const articles = await subscribe('subscription { articleAdded { title } }');
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await expect(withTimeout(articles.next(), 10_000)).rejects.toThrow(/ended|terminated|aborted/);
    expect(await withTimeout(exited, 10_000)).toBe(0);
    await expect(stat(join(dataDir, 'server.json'))).rejects.toThrow();
  });
});
