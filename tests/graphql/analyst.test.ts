/**
 * Rankings and disputes through the API, on the hand-written fixture (see tests/support/api-fixture.ts):
 * the numbers below are counted from its tables.
 */
import { describe, expect, it } from 'vitest';
import { gql, type GraphQLResponse } from '../support/graphql-client.js';
import { useFixtureApp } from '../support/fixture-app.js';

const app = useFixtureApp();

const idOf = async (name: string) =>
  (await gql(app(), `{ entity(name: "${name}") { id } }`)).body.data.entity.id;

describe('rankings', () => {
  it('ranks countries by mentions, most first, with their counts', async () => {
    const { body } = await gql(
      app(),
      `{ entities(types: [Country], orderBy: {field: MENTIONS, direction: DESC}) { totalCount edges { node {
          name mentionCount articleCount statementCount } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data.entities.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.name)).toEqual(['Norland', 'Valdoria', 'Ostmark', 'Savenia']);
    expect(nodes[0]).toEqual({ name: 'Norland', mentionCount: 27, articleCount: 6, statementCount: 4 });
    const counts = nodes.map((n: any) => n.mentionCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('pages a ranking with cursors, ties broken by name', async () => {
    const query = `query($after: String) { entities(first: 3, after: $after, orderBy: {field: STATEMENTS}) {
        pageInfo { endCursor hasNextPage } edges { node { name statementCount } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    let last = Infinity;
    for (let page = 0; page < 10; page++) {
      const { body }: { body: GraphQLResponse } = await gql(app(), query, { after });
      for (const { node } of body.data.entities.edges) {
        expect(node.statementCount).toBeLessThanOrEqual(last);
        last = node.statementCount;
        names.push(node.name);
      }
      if (!body.data.entities.pageInfo.hasNextPage) break;
      after = body.data.entities.pageInfo.endCursor;
    }
    expect(names[0]).toBe('Maren Holt');
    expect(new Set(names).size).toBe(names.length);
    const { body } = await gql(app(), `{ entities(first: 100) { totalCount } }`);
    expect(names.length).toBe(body.data.entities.totalCount);
  });

  it('answers who spoke most about an entity, and the mirror: what a speaker spoke about', async () => {
    const norland = await idOf('Norland');
    const { body } = await gql(
      app(),
      `query($id: ID) { speakers(about: $id, first: 2) { totalCount edges { count node { name } } } }`,
      { id: norland },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.speakers.totalCount).toBe(8);
    expect(body.data.speakers.edges).toEqual([
      { count: 7, node: { name: 'Maren Holt' } },
      { count: 4, node: { name: 'Jonas Brekke' } },
    ]);
    const varga = await idOf('Varga');
    const mirror = await gql(
      app(),
      `query($id: ID) { subjects(by: $id) { edges { count node { name } } } }`,
      {
        id: varga,
      },
    );
    expect(mirror.body.data.subjects.edges.map((e: any) => [e.node.name, e.count])).toEqual([
      ['Valdoria', 4],
      ['Norland', 2],
      ['Northern Alliance Council', 1],
    ]);
  });

  it('refuses an id of the wrong kind', async () => {
    const { body } = await gql(app(), `{ speakers(about: "nonsense") { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists undated articles last, oldest first and newest first', async () => {
    for (const order of ['asc', 'desc']) {
      const { body } = await gql(
        app(),
        `{ articles(order: ${order}, first: 100) { edges { node { publishedAt } } } }`,
      );
      const dates = body.data.articles.edges.map((e: any) => e.node.publishedAt);
      expect(dates.at(-1)).toBeNull();
      expect(dates.slice(0, -1).every(Boolean)).toBe(true);
    }
  });
});

describe('disputes', () => {
  it('pairs a claim with its denial, newest first, with disputedBy on the statement too', async () => {
    const savenia = await idOf('Savenia');
    const { body } = await gql(
      app(),
      `query($id: ID) { disputes(about: $id) { totalCount edges { statement { text stance speaker { name } }
          disputedBy { text stance speaker { name } disputedBy { speaker { name } } } } } }`,
      { id: savenia },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.disputes.totalCount).toBe(2);
    const [denial, claim] = body.data.disputes.edges;
    expect(denial.statement).toEqual({
      text: 'that it had changed its position',
      stance: 'deny',
      speaker: { name: 'Savenia' },
    });
    expect(denial.disputedBy).toEqual([
      {
        text: 'Savenia was ready to drop its objections',
        stance: 'claim',
        speaker: { name: 'Maren Holt' },
        disputedBy: [{ speaker: { name: 'Savenia' } }],
      },
    ]);
    expect(claim.statement.speaker.name).toBe('Maren Holt');
  });

  it('counts an answer by the accused as a dispute, and leaves undisputed statements alone', async () => {
    const { body } = await gql(
      app(),
      `{ entity(name: "Holt") { statementsBy(first: 1) { edges { node { text disputedBy { speaker { name } stance } } } } } }`,
    );
    const [first] = body.data.entity.statementsBy.edges;
    expect(first.node.text).toMatch(/economic coercion/);
    expect(first.node.disputedBy.map((s: any) => s.speaker.name)).toContain('Norland');
    expect(new Set(first.node.disputedBy.map((s: any) => s.stance))).toEqual(new Set(['deny']));
    const quiet = await gql(
      app(),
      `{ statements(speakerType: Organization, stance: state, first: 1) { edges { node { disputedBy { text } } } } }`,
    );
    expect(quiet.body.data.statements.edges[0].node.disputedBy).toEqual([]);
  });

  it('takes an event, and refuses an entity id given as the event', async () => {
    const { body } = await gql(app(), `{ events(first: 10) { edges { node { id name } } } }`);
    const drill = body.data.events.edges.find((e: any) => e.node.name.includes('drill')).node.id;
    const none = await gql(app(), `query($id: ID) { disputes(event: $id) { totalCount } }`, { id: drill });
    expect(none.body.data.disputes.totalCount).toBe(0);
    const wrong = await gql(app(), `query($id: ID) { disputes(event: $id) { totalCount } }`, {
      id: await idOf('Norland'),
    });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
