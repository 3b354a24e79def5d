import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

let app: App;
let cleanup: () => Promise<void>;
let ids: { blinken: string; russia: string; iran: string };
beforeAll(async () => {
  const seeded = await openSeededStore();
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
  const { body } = await gql(app, `{ blinken: entity(name: "Blinken") { id } russia: entity(name: "Russia") { id } iran: entity(name: "Iran") { id } }`);
  ids = { blinken: body.data.blinken.id, russia: body.data.russia.id, iran: body.data.iran.id };
});
afterAll(() => cleanup?.());

describe('search', () => {
  it('ranks entities by name and alias, tolerating case and word beginnings', async () => {
    const { body } = await gql(app, `{ search(query: "STOLTEN", first: 3) { score node { __typename ... on Entity { name } } } }`);
    expect(body.data.search[0].node).toEqual({ __typename: 'Person', name: 'Jens Stoltenberg' });
    expect(body.data.search[0].score).toBeGreaterThan(0);
  });

  it('finds statements by their words and filters by entity type', async () => {
    const text = await gql(app, `{ search(query: "horrific violence") { node { __typename ... on Statement { text } } } }`);
    expect(text.body.data.search[0].node.__typename).toBe('Statement');
    expect(text.body.data.search[0].node.text).toMatch(/horrific violence/);
    const typed = await gql(app, `{ search(query: "iran", types: [Country]) { node { __typename } } }`);
    expect(typed.body.data.search.map((h: any) => h.node.__typename)).toEqual(['Country']);
  });

  it('tolerates diacritics both ways', async () => {
    const { body } = await gql(app, `{ a: search(query: "Türk") { node { ... on Entity { name } } } b: search(query: "turk") { node { ... on Entity { name } } } }`);
    expect(body.data.a.map((h: any) => h.node.name)).toContain('Volker Turk');
    expect(body.data.b.map((h: any) => h.node.name)).toContain('Volker Turk');
  });

  it('refuses an empty query and too many results with clear errors', async () => {
    expect((await gql(app, `{ search(query: "  ") { score } }`)).body.errors![0]!.message).toMatch(/"query" must not be empty/);
    expect((await gql(app, `{ search(query: "x", first: 50) { score } }`)).body.errors).toBeUndefined();
    expect((await gql(app, `query($n: Int) { search(query: "x", first: $n) { score } }`, { n: 51 })).body.errors![0]!.message).toMatch(
      /"first" must be between 1 and 50/,
    );
  });
});

describe('relationships', () => {
  it('connects Antony Blinken to Russia through a statement', async () => {
    const { body } = await gql(app, `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes { id label type } edges { source target type } } }`, { from: ids.blinken, to: ids.russia });
    const path = body.data.path;
    expect(path.nodes.map((n: any) => n.type)).toEqual(['Person', 'Statement', 'Country']);
    expect(path.nodes[0].id).toBe(ids.blinken);
    expect(path.nodes[2].id).toBe(ids.russia);
    expect(path.edges.map((e: any) => e.type)).toEqual(['SAID', 'ABOUT']);
    expect(path.edges[0]).toMatchObject({ source: ids.blinken, target: path.nodes[1].id });
  });

  it('returns null when no path fits in maxHops, and bounds maxHops', async () => {
    const far = await gql(app, `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { nodes { id } } }`, { from: ids.blinken, to: ids.iran });
    expect(far.body.data.path).toBeNull();
    const bad = await gql(app, `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 60) { nodes { id } } }`, { from: ids.blinken, to: ids.iran });
    expect(bad.body.errors![0]!.message).toMatch(/"maxHops" must be between 1 and 6/);
  });

  it('lists related entities with reasons and weights, strongest first', async () => {
    const { body } = await gql(app, `{ entity(name: "Blinken") { related(first: 5) { weight reasons entity { name } } } }`);
    const related = body.data.entity.related;
    const russia = related.find((r: any) => r.entity.name === 'Russia');
    expect(russia.reasons).toContain('said something about it');
    const us = related.find((r: any) => r.entity.name === 'United States');
    expect(us.reasons).toContain('holds a role');
    const weights = related.map((r: any) => r.weight);
    expect(weights).toEqual([...weights].sort((a: number, b: number) => b - a));
  });

  it('tells an entity story by date', async () => {
    const { body } = await gql(app, `query($id: ID!) { timeline(entity: $id, first: 50) { date statement { text } event { name } } }`, { id: ids.iran });
    const dates = body.data.timeline.map((t: any) => t.date);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
    expect(body.data.timeline.some((t: any) => t.statement)).toBe(true);
  });
});

describe('neighborhood for visualization', () => {
  it('returns nodes with global ids usable by node(id:), and edges among them', async () => {
    const { body } = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id label type } edges { id source target type } } }`, { ids: [ids.blinken] });
    const { nodes, edges } = body.data.neighborhood;
    expect(nodes[0]).toMatchObject({ id: ids.blinken, label: 'Antony Blinken', type: 'Person' });
    const nodeIds = new Set(nodes.map((n: any) => n.id));
    for (const e of edges) {
      expect(nodeIds.has(e.source)).toBe(true);
      expect(nodeIds.has(e.target)).toBe(true);
    }
    expect(edges.map((e: any) => e.type)).toContain('SAID');
    const refetch = await gql(app, `query($id: ID!) { node(id: $id) { __typename } }`, { id: nodes.find((n: any) => n.type === 'Statement').id });
    expect(refetch.body.data.node.__typename).toBe('Statement');
  });

  it('expands: the union of two neighbourhoods merges on ids', async () => {
    const one = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, { ids: [ids.blinken] });
    const both = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, { ids: [ids.blinken, ids.russia] });
    const a = new Set(one.body.data.neighborhood.nodes.map((n: any) => n.id));
    const b = new Set(both.body.data.neighborhood.nodes.map((n: any) => n.id));
    for (const id of a) expect(b.has(id)).toBe(true);
    expect(b.size).toBeGreaterThan(a.size);
  });

  it('bounds depth and limit', async () => {
    const deep = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 9) { nodes { id } } }`, { ids: [ids.blinken] });
    expect(deep.body.errors![0]!.message).toMatch(/"depth" must be between 1 and 3/);
    const few = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 7) { nodes { id } } }`, { ids: [ids.blinken] });
    expect(few.body.data.neighborhood.nodes).toHaveLength(7);
  });
});

describe('graph exports over HTTP', () => {
  const fetchText = async (path: string) => {
    const response = await app.fetch(`http://localhost${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('exports a neighbourhood that graphology and cytoscape load with the same counts as the API', async () => {
    const api = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id } edges { id } } }`, { ids: [ids.blinken] });
    const expected = { nodes: api.body.data.neighborhood.nodes.length, edges: api.body.data.neighborhood.edges.length };
    const q = `?ids=${encodeURIComponent(ids.blinken)}&depth=1&limit=200`;

    const g1 = gexf.parse(MultiDirectedGraph, (await fetchText(`/export/graph.gexf${q}`)).text);
    expect({ nodes: g1.order, edges: g1.size }).toEqual(expected);
    const g2 = graphml.parse(MultiDirectedGraph, (await fetchText(`/export/graph.graphml${q}`)).text);
    expect({ nodes: g2.order, edges: g2.size }).toEqual(expected);
    const json = await fetchText(`/export/cytoscape.json${q}`);
    expect(json.type).toMatch(/application\/json/);
    const cy = cytoscape({ headless: true, elements: JSON.parse(json.text).elements });
    expect({ nodes: cy.nodes().length, edges: cy.edges().length }).toEqual(expected);
    expect(cy.getElementById(ids.blinken).data('label')).toBe('Antony Blinken');
  });

  it('exports the whole graph when no ids are given', async () => {
    const counts = await gql(app, `{ articles { totalCount } statements { totalCount } }`);
    const g = gexf.parse(MultiDirectedGraph, (await fetchText('/export/graph.gexf')).text);
    expect(g.order).toBeGreaterThan(counts.body.data.articles.totalCount + counts.body.data.statements.totalCount);
    expect(g.size).toBeGreaterThan(g.order);
  });

  it('refuses bad parameters with 400 and a message', async () => {
    const bad = await fetchText('/export/cytoscape.json?ids=nonsense');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatch(/global ids/);
    expect((await fetchText('/export/graph.gexf?limit=0')).status).toBe(400);
  });
});
