import { ingest } from '../ingest/index.js';

/**
 * Print the ExtractionDocument of a file or folder. stdout carries the document and nothing else;
 * parse problems go to stderr, one per line, and make the exit code non-zero.
 */
export async function extractCommand(path: string, format: string): Promise<number> {
  if (format !== 'json' && format !== 'summary') throw new Error(`unknown --format "${format}" (use json or summary)`);
  const doc = await ingest(path);
  const problems = doc.problems ?? [];
  for (const p of problems) process.stderr.write(`problem: ${p.file}:${p.line}: ${p.message}\n`);
  if (format === 'json') {
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    process.stdout.write(
      `${doc.articles.length} articles, ${doc.entities.length} entities, ${doc.statements.length} statements, ` +
        `${doc.events.length} events, ${problems.length} problems\n`,
    );
  }
  return problems.length > 0 ? 1 : 0;
}
