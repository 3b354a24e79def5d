import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServerRecord } from '../../src/cli/server-record.js';
import { countsIn } from '../support/seeded-store.js';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

/** Run the real CLI in a child process, as a user would, against a given data directory. */
async function cli(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], {
      env: { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
  }
}

let work: string;
let dataDir: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-cli-'));
  dataDir = join(work, 'data');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run seed', () => {
  it('seeds the corpus, prints counts per label and relationship type, and is idempotent', async () => {
    const first = await cli(['seed', 'seed/articles.txt'], dataDir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/nodes: .*Person=\d+/);
    expect(first.stderr).toMatch(/relationships: .*SAID=\d+/);
    const before = await countsIn(dataDir);
    expect(before.nodes.Article).toBe(4);

    const again = await cli(['seed', 'seed/articles.txt'], dataDir);
    expect(again.code).toBe(0);
    expect(await countsIn(dataDir)).toEqual(before);
  });

  it('refuses a folder of garbage with one line naming the file, and keeps the previous graph', async () => {
    const before = await countsIn(dataDir);
    const garbage = join(work, 'garbage');
    await mkdir(garbage, { recursive: true });
    await writeFile(join(garbage, 'a-binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    await writeFile(join(garbage, 'b-empty.txt'), '');

    const result = await cli(['seed', garbage], dataDir);
    expect(result.code).not.toBe(0);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('error:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/a-binary\.txt/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await countsIn(dataDir)).toEqual(before);
  });

  it('loads every good article of a corpus with a broken one, listing each problem and a count; --strict refuses', async () => {
    const mixed = join(work, 'mixed');
    await mkdir(mixed, { recursive: true });
    await writeFile(
      join(mixed, 'a.txt'),
      'Bridge Reopens\n\nThe bridge reopened on Monday.\n\n\n\nNo Body Here\n\n\n\n' +
        'Quote Left Open\n\n“The work is not done, the engineer said.\n\nTraffic flowed again.\n',
    );
    await writeFile(join(mixed, 'b.jsonl'), '{"title": "Wire Story", "text": "A wire story."}\nnot json\n');
    await writeFile(join(mixed, 'c.md'), '# notes');

    const before = await countsIn(dataDir);
    const strict = await cli(['seed', mixed, '--strict'], dataDir);
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toMatch(/error: refused \(--strict\): .*a\.txt:7: error: article "No Body Here"/);
    expect(await countsIn(dataDir)).toEqual(before);

    const result = await cli(['seed', mixed], dataDir);
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      `${join(mixed, 'a.txt')}:7: error: article "No Body Here": has a headline but no body paragraphs`,
    );
    expect(lines).toContain(
      `${join(mixed, 'a.txt')}:13: warning: article "Quote Left Open": a quote opened in paragraph 1 is neither closed nor reopened in paragraph 2`,
    );
    expect(lines.some((l) => l.startsWith(`${join(mixed, 'b.jsonl')}:2: error: not JSON`))).toBe(true);
    expect(lines).toContain(
      `${join(mixed, 'c.md')}: note: skipped: not a supported format (.txt, .text, .jsonl, .ndjson, .json, .html, .htm, .xhtml, .xml, .rss, .atom)`,
    );
    expect(lines).toContain('read 3 articles; 2 errors, 1 warning, 1 note');
    expect((await countsIn(dataDir)).nodes.Article).toBe(3);
  });

  it('counts an article read twice as read, loaded once, and says so', async () => {
    const file = join(work, 'twice.jsonl');
    const story = { title: 'Ferry Returns', text: '"The ferry runs again," Ilse Varnholt said.' };
    const other = { title: 'Bridge Repaired', text: '"The bridge is open," Ada Ferrol said.' };
    await writeFile(file, [story, other, story].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const result = await cli(['seed', file], join(work, 'data-twice'));
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toContain(
      'read 3 articles (1 read twice, loaded once); 0 errors, 0 warnings, 1 note',
    );
    expect((await countsIn(join(work, 'data-twice'))).nodes.Article).toBe(2);
  });

  it('refuses a path that does not exist, naming it', async () => {
    const result = await cli(['seed', join(work, 'nowhere')], dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/nowhere/);
  });

  it('beside a running server, says which server holds the store and points to ingest, reading nothing', async () => {
    const held = join(work, 'held');
    // This test's own process stands in for the server: the record is what a server writes.
    await writeServerRecord(held, {
      pid: process.pid,
      url: 'http://127.0.0.1:4999',
      token: 'x',
      startedAt: '',
    });
    const result = await cli(['seed', join(work, 'nowhere')], held);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe(
      `error: the server at http://127.0.0.1:4999 (pid ${process.pid}) holds the embedded store in ${held}: ` +
        'stop it to replace the graph, or add articles beside it with `npm run ingest -- <file-or-folder>`\n',
    );
  });
});

describe('npm run extract', () => {
  it('with --strict prints no document when anything could not be read', async () => {
    const file = join(work, 'one-bad.txt');
    await writeFile(file, 'Good Story\n\nFine text.\n\n\n\nBad Story\n');
    const lenient = await cli(['extract', file, '--format', 'summary'], dataDir);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^1 articles, .* 1 problems/);
    expect(lenient.stderr).toContain(
      `${file}:7: error: article "Bad Story": has a headline but no body paragraphs`,
    );
    const strict = await cli(['extract', file, '--strict'], dataDir);
    expect(strict.code).not.toBe(0);
    expect(strict.stdout).toBe('');
  });

  it('prints the extraction document as JSON on stdout and nothing else', async () => {
    const result = await cli(['extract', 'seed/articles.txt', '--format', 'json'], dataDir);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.articles).toHaveLength(4);
    expect(doc.entities.length).toBeGreaterThan(10);
    expect(doc.statements.length).toBeGreaterThan(10);
  });
});
