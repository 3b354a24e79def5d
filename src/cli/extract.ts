import { readReporting, type ReadOptions } from './seed.js';

/**
 * Print the ExtractionDocument of a file or folder. stdout carries the document and nothing else;
 * problems go to stderr, one per line, then a count. Every article that can be read is extracted;
 * the exit code is non-zero only when nothing could be read, or with `strict` on any problem.
 */
export async function extractCommand(
  path: string,
  format: string,
  options: ReadOptions = {},
): Promise<number> {
  if (format !== 'json' && format !== 'summary')
    throw new Error(`unknown --format "${format}" (use json or summary)`);
  const doc = await readReporting(path, options, (line) => process.stderr.write(line + '\n'));
  if (format === 'json') {
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    process.stdout.write(
      `${doc.articles.length} articles, ${doc.entities.length} entities, ${doc.statements.length} statements, ` +
        `${doc.events.length} events, ${(doc.problems ?? []).length} problems\n`,
    );
  }
  return 0;
}
