import { readFile, writeFile } from 'node:fs/promises';
import { printedSchema } from '../graphql/schema.js';

export const SCHEMA_PATH = 'schema/schema.graphql';

/** Print the SDL from the builder into schema/schema.graphql (or, with --check, compare). */
export async function schemaCommand(check: boolean): Promise<number> {
  const sdl = printedSchema() + '\n';
  if (check) {
    const current = await readFile(SCHEMA_PATH, 'utf8').catch(() => '');
    if (current !== sdl) {
      process.stderr.write(`${SCHEMA_PATH} is stale: run npm run schema\n`);
      return 1;
    }
    return 0;
  }
  await writeFile(SCHEMA_PATH, sdl);
  process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
  return 0;
}
