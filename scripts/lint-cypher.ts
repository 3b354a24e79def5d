/** npm run lint:cypher — every statement the store can send, through Neo4j's Cypher linter. */
import { lintRegistry } from '../src/store/cypher/lint.js';

const { checked, problems } = lintRegistry();
for (const p of problems) {
  process.stderr.write(`${p.statement}:${p.line}:${p.column}: ${p.message}\n    ${p.excerpt}\n`);
}
process.stdout.write(`lint:cypher: ${checked} statements checked, ${problems.length} errors\n`);
process.exitCode = problems.length ? 1 : 0;
