import { describe, expect, it } from 'vitest';
import { lintRegistry, lintStatements } from '../../src/store/cypher/lint.js';
import { allStatements, CYPHER, MIGRATIONS } from '../../src/store/cypher/registry.js';

describe('lint:cypher', () => {
  it('finds no error in any statement the store can send', () => {
    const { checked, problems } = lintRegistry();
    expect(problems).toEqual([]);
    expect(checked).toBe(allStatements().length);
    expect(checked).toBeGreaterThan(MIGRATIONS.length + Object.keys(CYPHER).length - 1);
    // Parsing every statement is CPU work: seconds alone, minutes beside a loaded test run.
  }, 300_000);

  it('catches syntax errors, unknown functions and procedures, and undefined variables', () => {
    const { problems } = lintStatements([
      { name: 'syntax', cypher: 'MATCH (n:Person RETURN n' },
      { name: 'function', cypher: 'MATCH (n:Person) RETURN nosuchfunction(n.name)' },
      { name: 'procedure', cypher: "CALL db.index.fulltext.nosuch('x', $q) YIELD node RETURN node" },
      { name: 'variable', cypher: 'MATCH (n:Person) RETURN m.name' },
      { name: 'fine', cypher: 'MATCH (n:Person {id: $id}) RETURN coalesce(n.name, $fallback) AS name' },
    ]);
    expect([...new Set(problems.map((p) => p.statement))].sort()).toEqual([
      'function',
      'procedure',
      'syntax',
      'variable',
    ]);
  });
});
