import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const composeCli = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((p) => existsSync(p));

describe('docker-compose.yml', () => {
  it.skipIf(!composeCli)(
    'parses with docker-compose config (skipped where docker-compose is not installed)',
    async () => {
      const { stdout } = await run(composeCli!, ['-f', 'docker-compose.yml', 'config']);
      expect(stdout).toMatch(/image: neo4j:5\.26\.\d+-community/);
      expect(stdout).toMatch(/7687/);
      expect(stdout).toMatch(/healthcheck:/);
      expect(stdout).toMatch(/neo4j-data/);
    },
  );

  it('pins a Neo4j 5 LTS community image and takes the password from the environment', async () => {
    const text = await readFile('docker-compose.yml', 'utf8');
    expect(text).toMatch(/image: neo4j:5\.26\.\d+-community/);
    expect(text).toMatch(/NEO4J_AUTH: neo4j\/\$\{NEO4J_PASSWORD:-/);
  });
});
