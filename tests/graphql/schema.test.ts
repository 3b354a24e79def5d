import { readFile } from 'node:fs/promises';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { printedSchema } from '../../src/graphql/schema.js';

const checkedIn = () => readFile('schema/schema.graphql', 'utf8');

describe('schema/schema.graphql', () => {
  it('is what the builder prints (run `npm run schema` when this fails)', async () => {
    expect(await checkedIn()).toBe(printedSchema() + '\n');
  });

  it('validates every example operation shown in GraphiQL and the README', async () => {
    const schema = buildSchema(await checkedIn());
    expect(EXAMPLES.length).toBeGreaterThan(5);
    for (const example of EXAMPLES) {
      const errors = validate(schema, parse(example.query));
      expect(errors.map((e) => `${example.name}: ${e.message}`)).toEqual([]);
    }
  });

  it('has an example for every root field', async () => {
    const schema = buildSchema(await checkedIn());
    const used = new Set<string>();
    for (const example of EXAMPLES) {
      for (const def of parse(example.query).definitions) {
        if (def.kind !== 'OperationDefinition') continue;
        for (const sel of def.selectionSet.selections) if (sel.kind === 'Field') used.add(sel.name.value);
      }
    }
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((f) => !used.has(f))).toEqual([]);
  });

  it('exposes the Relay and entity contracts clients rely on', async () => {
    const sdl = await checkedIn();
    for (const type of ['Person', 'Country', 'Organization', 'Place', 'Event']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Entity & Node`));
    }
    expect(sdl).toMatch(/node\(id: ID!\): Node/);
    const statements = buildSchema(sdl).getQueryType()!.getFields().statements!;
    expect(statements.args.map((a) => a.name)).toEqual(
      expect.arrayContaining(['speaker', 'about', 'kind', 'first', 'after']),
    );
    expect(String(statements.type)).toBe('StatementConnection!');
  });
});
