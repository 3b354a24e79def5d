// Exits 0 once Neo4j at NEO4J_URI answers a query with NEO4J_USER/NEO4J_PASSWORD, else 1.
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { connectionTimeout: 2_000 },
);
try {
  await driver.executeQuery('RETURN 1');
  process.exitCode = 0;
} catch {
  process.exitCode = 1;
} finally {
  await driver.close();
}
