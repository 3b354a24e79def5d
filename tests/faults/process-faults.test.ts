/**
 * Faults of the process and the disk: a seed killed with SIGKILL midway, a data directory that is
 * not one or is corrupted, and SIGTERM during a request.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-generator.js';
import { countsIn } from '../support/seeded-store.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-faults-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function start(args: string[], env: Record<string, string>) {
  // node itself, with tsx as a loader: a signal reaches the process that holds the store.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (re: RegExp, ms = 90_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}:\n${stderr}`)), ms);
      const check = () => {
        const m = re.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m);
        }
      };
      child.stderr.on('data', check);
      check();
    });
  return { child, exited, waitFor, stderr: () => stderr };
}

/**
 * A GET that says when the server has it: with "Expect: 100-continue" the server answers 100
 * Continue once it has read the request and handed it on, so `continued` resolves while the
 * request is in flight.
 */
function getWithContinue(url: string) {
  const req = request(url, { method: 'GET', headers: { expect: '100-continue' } });
  const continued = new Promise<void>((resolve, reject) => {
    req.once('continue', () => resolve());
    req.once('error', reject);
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.once('error', reject);
    });
  });
  req.end();
  return { continued, response };
}

describe('kill -9 during a seed', () => {
  it('leaves the previous graph whole, and the next seed succeeds', async () => {
    const dataDir = join(work, 'killed');
    const first = start(['seed', 'seed/articles.txt'], { KG_DATA_DIR: dataDir });
    expect((await first.exited).code).toBe(0);
    const before = await countsIn(dataDir);

    const corpus = join(work, 'big');
    await mkdir(corpus, { recursive: true });
    await writeFile(join(corpus, 'big.txt'), generateCorpus(1500).join('\n\n\n'));
    const seeding = start(['seed', corpus], { KG_DATA_DIR: dataDir });
    // Killed once the new generation is being written (its first nodes are in).
    await seeding.waitFor(/Person nodes: \d+/);
    seeding.child.kill('SIGKILL');
    expect((await seeding.exited).signal).toBe('SIGKILL');

    expect(await countsIn(dataDir)).toEqual(before);
    const again = start(['seed', 'seed/articles.txt'], { KG_DATA_DIR: dataDir });
    expect((await again.exited).code).toBe(0);
    expect(await countsIn(dataDir)).toEqual(before);
    // Three seeds in child processes: on a loaded machine they take minutes, and each step above
    // waits for what it checks, so the only limit is a generous one.
  }, 300_000);
});

describe('a bad data directory', () => {
  it('that is a file: one line naming it, exit non-zero, no retry loop', async () => {
    const file = join(work, 'not-a-dir');
    await writeFile(file, 'x');
    const run = start(['serve'], { KG_DATA_DIR: file, PORT: '0' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const lines = run
      .stderr()
      .trim()
      .split('\n')
      .filter((l) => !/nodedir/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(/^error: KG_DATA_DIR .*not-a-dir is not a writable directory/),
    ]);
  });

  it('holding a corrupted database: one line naming the file and what to do', async () => {
    const dir = join(work, 'corrupt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'graph.grafeo'), Buffer.alloc(4096, 0x5a));
    const run = start(['serve'], { KG_DATA_DIR: dir, PORT: '0' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const errors = run
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/cannot open the embedded store in .*corrupt/);
    expect(errors[0]).toMatch(/move .*graph\.grafeo away/);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('SIGTERM', () => {
  it('finishes the request in flight, closes the store and exits 0', async () => {
    const dataDir = join(work, 'graceful');
    const server = start(['serve'], { KG_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const [, url] = await server.waitFor(/serving GraphQL on (\S+)\/graphql/);
    // The explorer bundle is built on first request: a request that takes a while. The signal is
    // sent once the server has it (100 Continue), not after a guessed delay.
    const { continued, response } = getWithContinue(`${url}/explorer/app.js`);
    await continued;
    server.child.kill('SIGTERM');
    const { status, body } = await response;
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(10_000);
    expect((await server.exited).code).toBe(0);
    expect(server.stderr()).toMatch(/SIGTERM: finishing in-flight requests/);
    // The store was closed cleanly: it opens again at once.
    expect((await countsIn(dataDir)).nodes.Article).toBe(4);
  });
});
