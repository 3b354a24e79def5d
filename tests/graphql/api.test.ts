import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { gql } from '../support/graphql-client.js';
import { apiFixture } from '../support/api-fixture.js';
import { openSeededStore } from '../support/seeded-store.js';

const fixture = apiFixture();

let app: App;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const seeded = await openSeededStore();
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
});
afterAll(() => cleanup?.());

describe('who said what about whom', () => {
  it('lists Holt and Brekke among those speaking about Norland, with their articles', async () => {
    const { body } = await gql(
      app,
      `{ entity(name: "Norland") { name statementsAbout(first: 100) { totalCount edges { node {
          text kind speaker { name } article { title } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const about = body.data.entity.statementsAbout;
    const speakers = new Set(about.edges.map((e: any) => e.node.speaker?.name));
    expect(speakers).toContain('Maren Holt');
    expect(speakers).toContain('Jonas Brekke');
    expect(about.totalCount).toBe(about.edges.length);
    const holt = about.edges.filter((e: any) => e.node.speaker?.name === 'Maren Holt');
    expect(holt.length).toBe(7);
    for (const e of holt) expect(e.node.article.title).toMatch(/Norland/);
    expect(new Set(holt.map((e: any) => e.node.kind))).toEqual(new Set(['direct', 'reported']));
  });

  it('filters root statements by speaker and kind using global ids', async () => {
    const person = await gql(app, `{ entity(name: "Brekke") { id name } }`);
    const id = person.body.data.entity.id;
    const { body } = await gql(
      app,
      `query($id: ID) { statements(speaker: $id, kind: direct, first: 50) { totalCount edges { node { kind speaker { id } } } } }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.statements.totalCount).toBe(2);
    for (const edge of body.data.statements.edges) {
      expect(edge.node.kind).toBe('direct');
      expect(edge.node.speaker.id).toBe(id);
    }
  });
});

describe('filters and order', () => {
  it('filters statements by stance, speaker type and date range, newest first', async () => {
    const { body } = await gql(
      app,
      `{ countries: statements(speakerType: Country, first: 100) { totalCount edges { node { speaker { __typename } } } }
         denials: statements(stance: deny, first: 100) { totalCount edges { node { cue stance } } }
         january: statements(from: "2031-01-01", to: "2031-01-31", order: desc, first: 100) {
           totalCount edges { node { article { publishedAt } } } }
         countryDenialsSinceFebruary: statements(stance: deny, speakerType: Country, from: "2031-02-01") {
           totalCount edges { node { speaker { name } article { publishedAt } } } }
         all: statements { totalCount } }`,
    );
    expect(body.errors).toBeUndefined();
    const { countries, denials, january, countryDenialsSinceFebruary, all } = body.data;
    expect(countries.totalCount).toBe(8);
    expect(new Set(countries.edges.map((e: any) => e.node.speaker.__typename))).toEqual(new Set(['Country']));
    expect(denials.totalCount).toBe(7);
    for (const e of denials.edges)
      expect(e.node).toMatchObject({ cue: expect.stringMatching(/^den/), stance: 'deny' });
    const dates = january.edges.map((e: any) => e.node.article.publishedAt);
    expect(january.totalCount).toBe(23);
    expect(dates).toHaveLength(23);
    expect(dates.every((d: string) => d.startsWith('2031-01'))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).not.toBe(dates.at(-1));
    expect(all.totalCount).toBe(47);
    // All filters at once: the README's kind of question.
    expect(countryDenialsSinceFebruary.totalCount).toBe(3);
    expect(countryDenialsSinceFebruary.edges.map((e: any) => e.node.speaker.name).sort()).toEqual([
      'Norland',
      'Ostmark',
      'Savenia',
    ]);
    for (const e of countryDenialsSinceFebruary.edges)
      expect(e.node.article.publishedAt >= '2031-02-01').toBe(true);
  });

  it('refuses a bad argument naming the argument, quoting the value and saying what it takes', async () => {
    const date = await gql(app, `{ statements(from: "yesterday") { totalCount } }`);
    expect(date.status).toBe(400);
    expect(date.body.errors).toHaveLength(1);
    expect(date.body.errors![0]).toMatchObject({
      message:
        'Argument "from": Expected value of type "Date", found "yesterday"; ' +
        'a Date is written YYYY-MM-DD, as a string: "2026-01-13"',
      extensions: { argumentName: 'from', received: '"yesterday"' },
    });
    const nested = await gql(app, `{ entities(types: [Person, Robot]) { totalCount } }`);
    expect(nested.body.errors![0]!.message).toMatch(
      /^Argument "types": Value "Robot" does not exist in "EntityType" enum/,
    );
    const stance = await gql(app, `{ statements(stance: denial) { totalCount } }`);
    expect(stance.body.errors![0]!.message).toMatch(
      /^Argument "stance": .*"denial".*did you mean the enum value "deny"/i,
    );
  });

  it('refuses a bad variable naming the variable and quoting the value', async () => {
    const { status, body } = await gql(app, `query($since: Date) { articles(from: $since) { totalCount } }`, {
      since: '13/01/2026',
    });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toBe(
      'Variable "$since" got invalid value "13/01/2026"; a Date is written YYYY-MM-DD, as a string: "2026-01-13"',
    );
  });
});

describe('entity by alias', () => {
  it('resolves Dmitri and Dmitry Sorokin and Sorokin (any case) to the same node', async () => {
    const { body } = await gql(
      app,
      `{ a: entity(name: "Dmitri Sorokin") { id name } b: entity(name: "Dmitry Sorokin") { id } c: entity(name: "sorokin") { id } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.a.name).toBe('Dmitri Sorokin');
    expect(body.data.a.id).toBe(body.data.b.id);
    expect(body.data.a.id).toBe(body.data.c.id);
  });

  it('gives each alias with the rule that joined it and the articles that write it', async () => {
    const { body } = await gql(
      app,
      `{ p: entity(name: "Brekke") { aliases { name rule evidence articles { id title } } }
         c: entity(name: "Norland") { aliases { name rule articles { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.p.aliases).toEqual([
      {
        name: 'Brekke',
        rule: 'surname',
        evidence: 'the only person with this surname',
        articles: [{ id: expect.any(String), title: expect.any(String) }],
      },
    ]);
    // Aliases stored without evidence still answer, with no articles.
    expect(body.data.c.aliases.map((a: { name: string }) => a.name)).toEqual(['Norlandic', 'Brevik']);
    expect(body.data.c.aliases[0].articles).toEqual([]);
  });

  it('returns null for a name nobody used', async () => {
    const { body } = await gql(app, `{ entity(name: "Nobody Atall") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity).toBeNull();
  });

  it('resolves a capital used as a metonym to its country', async () => {
    const { body } = await gql(
      app,
      `{ a: entity(name: "Brevik") { name type } b: entity(name: "kestrel") { name } }`,
    );
    expect(body.data).toEqual({ a: { name: 'Norland', type: 'Country' }, b: { name: 'Valdoria' } });
  });
});

describe('Relay', () => {
  it('refetches people, articles and statements by global id with node and nodes', async () => {
    const { body } = await gql(
      app,
      `{ statements(first: 1) { edges { node { id article { id title } speaker { id name } } } } }`,
    );
    const s = body.data.statements.edges[0].node;
    const ids = [s.id, s.article.id, s.speaker.id];
    const again = await gql(app, `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, { ids });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.nodes.map((n: any) => n.id)).toEqual(ids);
    expect(again.body.data.nodes[0].__typename).toBe('Statement');
    expect(again.body.data.nodes[1].__typename).toBe('Article');
  });

  it('answers null, without an error, for well-formed ids of nodes the graph does not hold', async () => {
    const holt = (await gql(app, `{ entity(name: "Holt") { id } }`)).body.data.entity.id;
    const missing = [
      encodeGlobalID('Person', 'per_gone_since_reseed'),
      encodeGlobalID('Article', 'art_gone'),
      encodeGlobalID('Statement', 'stm_gone'),
      // A person's store id under another type: no Country has it.
      encodeGlobalID('Country', 'per_holt'),
      // A type this API never had.
      encodeGlobalID('Spaceship', 'x1'),
    ];
    for (const id of missing) {
      const { body } = await gql(app, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(body, id).toEqual({ data: { node: null } });
    }
    const { body } = await gql(app, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [missing[0], holt, missing[2], holt],
    });
    expect(body).toEqual({ data: { nodes: [null, { id: holt }, null, { id: holt }] } });
  });

  it('refuses a string that is no global id, naming the argument and quoting the value', async () => {
    const one = await gql(app, `{ node(id: "not-an-id") { id } }`);
    expect(one.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/"id".*"not-an-id"/),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
    });
    const many = await gql(app, `{ nodes(ids: ["not-an-id"]) { id } }`);
    expect(many.body.errors?.[0]?.message).toMatch(/"ids".*"not-an-id"/);
  });

  it('pages forward with keyset cursors without repeating or skipping', async () => {
    const all = await gql(app, `{ statements(first: 100) { totalCount edges { node { id } } } }`);
    const everything = all.body.data.statements.edges.map((e: any) => e.node.id);
    expect(everything.length).toBe(all.body.data.statements.totalCount);
    expect(everything.length).toBe(fixture.statements.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: any = await gql(
        app,
        `query($after: String) { statements(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      const conn = page.body.data.statements;
      expect(conn.totalCount).toBe(everything.length);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
  });

  it('refuses a page size above 100 and a forged cursor with clear errors', async () => {
    const big = await gql(app, `{ people(first: 1000) { totalCount } }`);
    expect(big.body.errors?.[0]?.message).toMatch(/first.*100/);
    const forged = await gql(app, `{ people(after: "not-a-cursor") { totalCount } }`);
    expect(forged.body.errors?.[0]?.message).toMatch(/Invalid cursor/);
  });

  it('pages a relation to its end, and refuses a cursor taken from another field as a bad "after"', async () => {
    const norland = `entity(name: "Norland")`;
    const all: any = await gql(
      app,
      `{ ${norland} { statementsAbout(first: 100) { totalCount edges { node { id } } } } }`,
    );
    const everything = all.body.data.entity.statementsAbout.edges.map((e: any) => e.node.id);
    expect(everything.length).toBe(all.body.data.entity.statementsAbout.totalCount);
    expect(everything.length).toBe(fixture.statements.filter((st) => st.aboutIds.includes('cty_nor')).length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: any = await gql(
        app,
        `query($after: String) { ${norland} { statementsAbout(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
        { after },
      );
      const conn = page.body.data.entity.statementsAbout;
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);

    const root: any = await gql(app, `{ statements(first: 1) { pageInfo { endCursor } } }`);
    const foreign = await gql(
      app,
      `query($after: String) { ${norland} { statementsAbout(after: $after) { totalCount } } }`,
      {
        after: root.body.data.statements.pageInfo.endCursor,
      },
    );
    expect(foreign.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/does not belong to this list/),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  });

  it('refuses an id of the wrong type as a statement filter', async () => {
    const art = await gql(app, `{ articles(first: 1) { edges { node { id } } } }`);
    const { body } = await gql(app, `query($id: ID) { statements(about: $id) { totalCount } }`, {
      id: art.body.data.articles.edges[0].node.id,
    });
    expect(body.errors?.[0]?.message).toMatch(/"about" must be the id of a/);
  });
});

describe('articles', () => {
  it('serves articles with dates, paragraphs, statements and mentions', async () => {
    const { body } = await gql(
      app,
      `{ articles(first: 10) { totalCount edges { node { title publishedAt paragraphs
          statements(first: 2) { totalCount } mentions(first: 3) { edges { count node { name } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.totalCount).toBe(fixture.articles.length);
    const dates = body.data.articles.edges.map((e: any) => e.node.publishedAt);
    expect(dates.filter((d: string | null) => d === null)).toHaveLength(1);
    for (const date of dates.filter(Boolean)) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const { node } of body.data.articles.edges) {
      const source = fixture.articles.find((a) => a.title === node.title)!;
      expect(node.paragraphs).toEqual(source.paragraphs);
      expect(node.statements.totalCount).toBe(node.paragraphs.length - 1);
      const counts = node.mentions.edges.map((e: any) => e.count);
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    }
  });
});

describe('HTTP', () => {
  it('answers /health', async () => {
    const response = await app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
  });

  it('serves GraphiQL to browsers', async () => {
    const response = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});
