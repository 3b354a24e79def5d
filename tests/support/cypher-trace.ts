/**
 * Setup file: on a run against Neo4j, records every statement this test file sends through the
 * driver, into the run's trace folder (see neo4j-global-setup.ts, which checks them all at the end).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session, Transaction } from 'neo4j-driver';
import { afterAll, expect } from 'vitest';

const dir = process.env.KG_CYPHER_TRACE_DIR;
if (process.env.NEO4J_URI && dir) {
  const sent = new Set<string>();
  for (const proto of [Session.prototype, Transaction.prototype] as { run: (...args: any[]) => unknown }[]) {
    const run = proto.run;
    proto.run = function (this: unknown, query: unknown, ...rest: unknown[]) {
      if (typeof query === 'string') sent.add(query);
      return run.call(this, query, ...rest);
    };
  }
  afterAll(() => {
    const file = expect.getState().testPath ?? 'unknown';
    writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify({ file, statements: [...sent] }));
  });
}
