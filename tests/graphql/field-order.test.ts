import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphql-client.js';
import { useFixtureApp } from '../support/fixture-app.js';

const app = useFixtureApp();

/** Every object's keys, depth first, as paths: the order a client reading the JSON text sees. */
function keyOrder(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => keyOrder(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    `${path}.${key}`,
    ...keyOrder(child, `${path}.${key}`),
  ]);
}

describe('response field order', () => {
  it('follows the query, whichever field the store answers first', async () => {
    // Fields that need the store settle after those that do not: a query mixing them, in both
    // orders, at the root and inside objects.
    const query = `{
      entity(name: "Norland") {
        statementsAbout(first: 3) { edges { node { speaker { name } text __typename } } totalCount }
        name
        __typename
      }
      __typename
      people(first: 2) { totalCount edges { cursor node { name } } }
    }`;
    const { body } = await gql(app(), query);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data)).toEqual(['entity', '__typename', 'people']);
    expect(Object.keys(body.data.entity)).toEqual(['statementsAbout', 'name', '__typename']);
    expect(Object.keys(body.data.entity.statementsAbout)).toEqual(['edges', 'totalCount']);
    expect(Object.keys(body.data.entity.statementsAbout.edges[0].node)).toEqual([
      'speaker',
      'text',
      '__typename',
    ]);
    expect(Object.keys(body.data.people)).toEqual(['totalCount', 'edges']);
  });

  it('is the same, byte for byte, on every repetition', async () => {
    const query = `{ people(first: 5) { edges { node { name statementsBy(first: 2) { totalCount edges { node { text about { name } } } } id } } } }`;
    const first = JSON.stringify((await gql(app(), query)).body);
    const answers = await Promise.all(Array.from({ length: 8 }, () => gql(app(), query)));
    for (const answer of answers) expect(JSON.stringify(answer.body)).toBe(first);
    expect(keyOrder(JSON.parse(first)).length).toBeGreaterThan(10);
  });
});
