import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

async function cli(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], {
      env: { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
  }
}

async function inStore<T>(
  dataDir: string,
  read: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
) {
  const store = await openStore({ KG_DATA_DIR: dataDir });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

const SEEDED =
  'Harbour Talks Resume\n\n' +
  'Tunde Okafor, the chief negotiator of the Dockworkers Union, said on Monday that talks would resume.\n\n' +
  '“We are ready to talk,” Okafor said.\n';
const LATER = {
  title: 'Union Sets Deadline',
  text: 'Okafor said the union would strike on Friday.\n\n“Time is short,” Okafor told reporters.',
  url: 'https://news.example/union-deadline?utm_source=feed',
  source: 'Example Wire',
  publishedAt: '2031-05-02',
};

let work: string;
let dataDir: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  dataDir = join(work, 'data');
  await mkdir(join(work, 'seed'));
  await writeFile(join(work, 'seed', 'talks.txt'), SEEDED);
  await mkdir(join(work, 'new'));
  await writeFile(join(work, 'new', 'wire.jsonl'), JSON.stringify(LATER) + '\n');
  expect((await cli(['seed', join(work, 'seed')], dataDir)).code).toBe(0);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('adds a new article, its speakers resolved against the graph, and prints what it did', async () => {
    const result = await cli(['ingest', join(work, 'new')], dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('added 1, updated 0, unchanged 0 articles; 2 statements; 0 problems\n');
    await inStore(dataDir, async (store) => {
      expect((await store.counts()).nodes.Article).toBe(2);
      const [article] = (await store.listArticles({}, { first: 1 })).edges.map((e) => e.node);
      expect(article).toMatchObject({
        url: 'https://news.example/union-deadline',
        source: 'Example Wire',
        publishedAt: '2031-05-02',
      });
      const [page] = await store.statementsFor('article', [article!.id], {}, { first: 10 });
      // "Okafor said" in the new article is the Tunde Okafor seeded before, not a new entity.
      expect(page!.edges.map((e) => e.node.speakerId)).toEqual(['per_tunde_okafor', 'per_tunde_okafor']);
      expect((await store.entitiesByNames(['okafor']))[0]?.id).toBe('per_tunde_okafor');
    });
  });

  it('changes nothing when the same input comes again', async () => {
    const before = await inStore(dataDir, async (store) => [await store.counts(), await store.version()]);
    const result = await cli(['ingest', join(work, 'new')], dataDir);
    expect(result.stdout).toBe('added 0, updated 0, unchanged 1 articles; 0 statements; 0 problems\n');
    expect(await inStore(dataDir, async (store) => [await store.counts(), await store.version()])).toEqual(
      before,
    );
  });

  it('updates a changed article in place, and names bad input without losing the good', async () => {
    const changed = { ...LATER, text: `${LATER.text}\n\n“We will not wait,” Okafor added.` };
    await writeFile(join(work, 'new', 'wire.jsonl'), JSON.stringify(changed) + '\n{"title": broken}\n');
    const result = await cli(['ingest', join(work, 'new')], dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('added 0, updated 1, unchanged 0 articles; 3 statements; 1 problem\n');
    expect(result.stderr).toMatch(/wire\.jsonl:2: error: not JSON/);
    expect((await inStore(dataDir, (store) => store.counts())).nodes.Statement).toBe(5);
  });

  it('with --strict refuses the whole input on a problem, merging nothing', async () => {
    await writeFile(join(work, 'new', 'more.txt'), 'Fresh Story\n\nSomething new happened.\n');
    const before = await inStore(dataDir, (store) => store.counts());
    const result = await cli(['ingest', join(work, 'new'), '--strict'], dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/refused \(--strict\): .*wire\.jsonl:2/);
    expect(await inStore(dataDir, (store) => store.counts())).toEqual(before);
  });

  it('needs a path', async () => {
    const result = await cli(['ingest'], dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ingest needs a file or folder/);
  });
});
