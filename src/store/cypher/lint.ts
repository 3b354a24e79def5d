/**
 * Lint every statement in the registry with Neo4j's own Cypher linter (the one its editors use),
 * against a Cypher 5 list of functions and procedures. Nothing here runs against a database: it
 * is how the Neo4j path stays honest where no Neo4j can run.
 */
import { createRequire } from 'node:module';
import { GRAPH_LABELS, ITEM, REL_TYPES, allStatements } from './registry.js';

// The package's ESM build has extension-less imports that Node cannot resolve; its CJS build works.
const require = createRequire(import.meta.url);
const languageSupport =
  require('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');

export interface LintProblem {
  statement: string;
  message: string;
  line: number;
  column: number;
  /** The offending line of the statement. */
  excerpt: string;
}

const ERROR = 1;

/** Lint the registry; returns how many statements were checked and every error found. */
export function lintRegistry(): { checked: number; problems: LintProblem[] } {
  return lintStatements(allStatements());
}

/** Lint named statements; parameters (`$name`) count as declared. */
export function lintStatements(statements: { name: string; cypher: string }[]): {
  checked: number;
  problems: LintProblem[];
} {
  const { lintCypherQuery, testData } = languageSupport;
  // The package ships the function and procedure signatures of a real Neo4j 5 server with its test
  // data: that, not our own list, is what the statements are checked against.
  const base = testData.mockSchema;
  const problems: LintProblem[] = [];
  for (const { name, cypher } of statements) {
    const parameters = Object.fromEntries([...cypher.matchAll(/\$(\w+)/g)].map((m) => [m[1]!, null]));
    const diagnostics = lintCypherQuery(cypher, {
      functions: base.functions,
      procedures: base.procedures,
      labels: [...GRAPH_LABELS, ITEM, 'GraphMeta'],
      relationshipTypes: [...REL_TYPES],
      propertyKeys: [],
      parameters,
      defaultLanguage: 'CYPHER 5',
    });
    for (const d of diagnostics) {
      if (d.severity !== ERROR) continue;
      const lines = cypher.split('\n');
      problems.push({
        statement: name,
        message: typeof d.message === 'string' ? d.message : d.message.value,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        excerpt: (lines[d.range.start.line] ?? '').trim(),
      });
    }
  }
  return { checked: statements.length, problems };
}
