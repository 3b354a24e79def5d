import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/store/neo4j/neo4j-runner.js';
import neo4j from 'neo4j-driver';

const run = promisify(execFile);

describe('Neo4j runner without a server', () => {
  it('fails within seconds with one line naming the problem when Neo4j is unreachable', async () => {
    const started = Date.now();
    const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed'], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_ATTEMPTS: '2' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).not.toBe(0);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Neo4j is unreachable at bolt:\/\/127\.0\.0\.1:1/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('maps driver values to the plain values the embedded runner returns', () => {
    const node = new neo4j.types.Node(
      neo4j.int(7),
      ['Item', 'Person'],
      { id: 'per_a', count: neo4j.int(3), tags: ['x'] },
      'el',
    );
    expect(
      plain({
        n: node,
        total: neo4j.int(42),
        list: [neo4j.int(1), null],
        date: new neo4j.types.Date(2031, 3, 4),
      }),
    ).toEqual({
      n: { id: 'per_a', count: 3, tags: ['x'] },
      total: 42,
      list: [1, null],
      date: '2031-03-04',
    });
  });
});
