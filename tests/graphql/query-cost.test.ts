import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { QUERY_LIMITS } from '../../src/graphql/limits/index.js';
import { queryCost } from '../../src/graphql/limits/query-cost.js';
import { schema } from '../../src/graphql/schema.js';

const weights = { storeCall: 100, unboundedList: 5, edgesPerNode: 3 };
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  queryCost(schema, parse(query), operationName, variables, weights)!;

describe('query cost', () => {
  it('counts the objects of a page: the connection, its edges and their nodes', () => {
    expect(cost('{ statements(first: 10) { totalCount edges { cursor node { text kind } } } }')).toEqual({
      objects: 1 + 10 + 10,
      storeCalls: 1,
      cost: 21 + 100,
    });
  });

  it('multiplies nested pages, but counts a batched relation as one store call', () => {
    const nested = cost(
      '{ people(first: 5) { edges { node { statementsBy(first: 4) { edges { node { text } } } } } } }',
    );
    expect(nested.objects).toBe(1 + 5 + 5 + 5 * (1 + 4 + 4));
    expect(nested.storeCalls).toBe(2);
  });

  it('takes page sizes from defaults and from variables', () => {
    expect(cost('{ statements { edges { node { id } } } }').objects).toBe(1 + 20 + 20);
    const query = 'query($n: Int) { statements(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 3 }).objects).toBe(7);
    expect(cost(query).objects).toBe(41);
  });

  it('counts fragments as if written inline, and only the operation asked for', () => {
    const query = `query A { entity(name: "x") { ...Said } }
      query B { entity(name: "x") { name } }
      fragment Said on Entity { statementsBy(first: 2) { edges { node { ... on Statement { article { title } } } } } }`;
    expect(cost(query, {}, 'A')).toMatchObject({ objects: 1 + 1 + 2 + 2 + 2, storeCalls: 3 });
    expect(cost(query, {}, 'B')).toMatchObject({ objects: 1, storeCalls: 1 });
  });

  it('sizes lists by their own argument, or by a typical length when they have none', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }').objects).toBe(3);
    expect(cost('{ search(query: "x", first: 7) { node { id } } }').objects).toBe(7 + 7);
    // A statement's subjects are not paged: five each.
    expect(cost('{ statements(first: 2) { edges { node { about { name } } } } }').objects).toBe(
      1 + 2 + 2 + 10,
    );
    // A neighbourhood of 10 nodes: 10 nodes and up to 30 edges.
    expect(cost('{ neighborhood(ids: ["a"], limit: 10) { nodes { id } edges { id } } }').objects).toBe(
      1 + 10 + 30,
    );
  });

  it("costs the issue's analyst query at about 8,000 objects and a handful of store calls", () => {
    const analyst = cost(`{ people(first: 50) { edges { node { name statementsBy(first: 20) {
      edges { node { text about { name } article { title } } } } } } } }`);
    // 50 people (connection, edges, nodes), 50 × 20 statements (edges, nodes), 1,000 articles and
    // 5,000 subjects at five per statement.
    expect(analyst.objects).toBe(1 + 50 + 50 + 50 + 1_000 + 1_000 + 5_000 + 1_000);
    expect(analyst.storeCalls).toBe(4);
  });

  it('leaves every example operation far below the limit', () => {
    const variables = { ids: ['a', 'b', 'c'], id: 'a', from: 'a', to: 'b', entity: 'a', about: 'a' };
    for (const example of EXAMPLES) {
      const { cost: found } = queryCost(
        schema,
        parse(example.query),
        undefined,
        variables,
        QUERY_LIMITS.costWeights,
      )!;
      expect(found, example.name).toBeLessThan(QUERY_LIMITS.maxCost / 10);
    }
  });
});
