/**
 * Says once, at the top of every test run, whether Neo4j is tested. Without NEO4J_URI the Neo4j
 * tests are reported as skipped; in CI (CI=true) that is a failure, never a silent skip. With it,
 * an unreachable Neo4j fails the run at once instead of in every Neo4j test.
 */
import { Neo4jRunner } from '../../src/store/neo4j/neo4j-runner.js';

export default async function neo4jGlobalSetup(): Promise<void> {
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
}
