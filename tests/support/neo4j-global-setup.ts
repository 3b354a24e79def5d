/**
 * Says once, at the top of every test run, whether Neo4j is tested. Without NEO4J_URI the Neo4j
 * tests are reported as skipped; in CI (CI=true) that is a failure, never a silent skip. With it,
 * an unreachable Neo4j fails the run at once instead of in every Neo4j test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allStatements } from '../../src/store/cypher/registry.js';
import { Neo4jRunner } from '../../src/store/neo4j/neo4j-runner.js';

/** Test files that use Neo4j: those that take its lock. */
function neo4jTestFiles(dir = 'tests'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return neo4jTestFiles(path);
    return entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('lockNeo4j()')
      ? [path]
      : [];
  });
}

/**
 * After a run on Neo4j: every statement of the registry must have been sent to Neo4j by some test
 * file (cypher-trace.ts records them). Checked when every Neo4j test file ran; a filtered run says so.
 */
function checkStatementsRan(traceDir: string): void {
  const sent = new Set<string>();
  const files = new Set<string>();
  for (const name of readdirSync(traceDir)) {
    const trace = JSON.parse(readFileSync(join(traceDir, name), 'utf8')) as {
      file: string;
      statements: string[];
    };
    files.add(relative(process.cwd(), trace.file));
    for (const statement of trace.statements) sent.add(statement);
  }
  rmSync(traceDir, { recursive: true, force: true });
  const expected = neo4jTestFiles();
  const all = allStatements();
  const missing = all.filter((s) => !sent.has(s.cypher));
  if (!expected.every((f) => files.has(f))) {
    console.log(
      `Neo4j statement coverage not checked: ${files.size} of ${expected.length} Neo4j test files ran`,
    );
    return;
  }
  console.log(
    `Neo4j ran ${all.length - missing.length} of the ${all.length} statements in the Cypher registry`,
  );
  if (missing.length) {
    console.error(`never sent to Neo4j by any test: ${missing.map((s) => s.name).join(', ')}`);
    process.exitCode = 1;
  }
}

export default async function neo4jGlobalSetup(): Promise<(() => void) | void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    if (process.env.CI === 'true') {
      throw new Error('CI=true but NEO4J_URI is not set: CI tests both engines (.ci/run starts Neo4j)');
    }
    console.log(
      'Neo4j was NOT tested: NEO4J_URI is not set (embedded engine only; `npm run neo4j`, then NEO4J_URI=bolt://127.0.0.1:7687 npm test)',
    );
    return;
  }
  const runner = await Neo4jRunner.connect(process.env);
  await runner.close();
  console.log(`Neo4j is tested at ${uri} (its test files run one at a time and wipe its database)`);
  const traceDir = mkdtempSync(join(tmpdir(), 'kg-cypher-trace-'));
  process.env.KG_CYPHER_TRACE_DIR = traceDir;
  return () => checkStatementsRan(traceDir);
}
