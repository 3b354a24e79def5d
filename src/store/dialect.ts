/**
 * The embedded engine (Grafeo) runs the registry's Neo4j Cypher unchanged except for what is
 * rewritten here, in one place:
 *
 * - full-text indexes: `CREATE FULLTEXT INDEX` becomes a Grafeo text index (an API call, not Cypher),
 *   and `db.index.fulltext.queryNodes` becomes `grafeo.search.text` joined back to its node;
 * - uniqueness constraints do not index in Grafeo: each one also gets a plain index;
 * - `IF NOT EXISTS` on a constraint or index that exists is fine in both.
 */
import { FULLTEXT_INDEXES } from './cypher/registry.js';

export type EmbeddedMigration =
  | { kind: 'cypher'; statements: string[] }
  | { kind: 'textIndex'; label: string; property: string };

const FULLTEXT_CREATE = /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS/;
const UNIQUE_CONSTRAINT =
  /^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \w+\.(\w+) IS UNIQUE$/;
const FULLTEXT_QUERY =
  /CALL db\.index\.fulltext\.queryNodes\('(\w+)', \$(\w+), \{limit: \$(\w+)\}\) YIELD node, score/g;

function fulltextIndex(name: string) {
  const index = FULLTEXT_INDEXES[name as keyof typeof FULLTEXT_INDEXES];
  if (!index) throw new Error(`unknown full-text index ${name}`);
  return index;
}

export function embeddedMigration(statement: string): EmbeddedMigration {
  const fulltext = FULLTEXT_CREATE.exec(statement);
  if (fulltext) return { kind: 'textIndex', ...fulltextIndex(fulltext[1]!) };
  const unique = UNIQUE_CONSTRAINT.exec(statement);
  if (unique) {
    const [, name, variable, label, property] = unique;
    return {
      kind: 'cypher',
      statements: [
        statement,
        `CREATE INDEX ${name}_index IF NOT EXISTS FOR (${variable}:${label}) ON (${variable}.${property})`,
      ],
    };
  }
  return { kind: 'cypher', statements: [statement] };
}

/** Rewrite a query for Grafeo; statements without Neo4j-only syntax come back unchanged. */
export function embeddedQuery(query: string): string {
  return query.replace(FULLTEXT_QUERY, (_all, name: string, queryParam: string, limitParam: string) => {
    const { label, property } = fulltextIndex(name);
    return (
      `CALL grafeo.search.text('${label}', '${property}', $${queryParam}, $${limitParam}) YIELD node_id, score ` +
      `MATCH (node) WHERE id(node) = node_id`
    );
  });
}
