/** The export routes on the fixture graph: the facts Gephi and Cytoscape users filter by, and cuts. */
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { apiFixture } from '../support/api-fixture.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

const doc = apiFixture();
const ORDER = doc.articles.length + doc.statements.length + doc.entities.length + doc.events.length;

let app: App;
let cleanup: () => Promise<void>;
let holt: string;
beforeAll(async () => {
  const seeded = await openSeededStore(doc);
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
  holt = (await gql(app, `{ entity(name: "Holt") { id } }`)).body.data.entity.id;
});
afterAll(() => cleanup?.());

const get = async (path: string) => {
  const response = await app.fetch(`http://localhost${path}`);
  return { truncated: response.headers.get('x-export-truncated'), text: await response.text() };
};

describe('exports carry what tools size and filter by', () => {
  it('puts mentions on entities and kind, stance, cue and date on statements and their edges', async () => {
    const { text } = await get(`/export/graph.gexf?ids=${encodeURIComponent(holt)}&depth=1`);
    const graph = gexf.parse(MultiDirectedGraph, text);
    const timesNamed = doc.mentions.filter((m) => m.entityId === 'per_holt');
    expect(graph.getNodeAttributes(holt)).toMatchObject({
      label: 'Maren Holt',
      mentions: timesNamed.reduce((sum, m) => sum + m.count, 0),
      articles: timesNamed.length,
    });
    const said = graph.filterOutEdges(holt, (_edge, attributes) => attributes.type === 'SAID');
    const holtStatements = doc.statements.filter((s) => s.speakerId === 'per_holt');
    expect(said).toHaveLength(holtStatements.length);
    for (const edge of said) {
      const statement = graph.getNodeAttributes(graph.target(edge));
      const source = holtStatements.find((s) => s.text === statement.label)!;
      const date = doc.articles.find((a) => a.id === source.articleId)!.publishedAt;
      const expected = {
        kind: source.kind,
        stance: source.stance,
        cue: source.cue,
        negated: source.negated ?? false,
        date,
      };
      expect(graph.getEdgeAttributes(edge)).toMatchObject({ type: 'SAID', ...expected });
      expect(statement).toMatchObject({ type: 'Statement', ...expected });
    }
    // Articles carry their date; events theirs.
    const article = graph.findNode((_n, a) => a.type === 'Article')!;
    expect(graph.getNodeAttribute(article, 'date')).toMatch(/^2031-\d\d-\d\d$/);
    const summit = graph.findNode((_n, a) => a.label === 'Kestrel summit')!;
    expect(graph.getNodeAttribute(summit, 'date')).toBe('2031-02-03');
    // Events say what kind of happening they are.
    expect(graph.getNodeAttribute(summit, 'eventType')).toBe('meeting');
  });
});

describe('a cut export says so', () => {
  it('says complete when every node fits, in the header and in each format', async () => {
    const gexfFile = await get(`/export/graph.gexf?limit=${ORDER}`);
    expect(gexfFile.truncated).toBe('false');
    expect(gexf.parse(MultiDirectedGraph, gexfFile.text).order).toBe(ORDER);
    expect(gexf.parse(MultiDirectedGraph, gexfFile.text).getAttribute('description')).toBe('Complete.');
    const ml = graphml.parse(MultiDirectedGraph, (await get(`/export/graph.graphml?limit=${ORDER}`)).text);
    expect(ml.getAttribute('truncated')).toBe(false);
    const cy = JSON.parse((await get(`/export/cytoscape.json?limit=${ORDER}`)).text);
    expect(cy.data).toEqual({ truncated: false, limit: ORDER });
  });

  it.each([3, ORDER - 1])('says truncated at limit=%i, and holds exactly that many nodes', async (limit) => {
    const gexfFile = await get(`/export/graph.gexf?limit=${limit}`);
    expect(gexfFile.truncated).toBe('true');
    // graphology-gexf makes a file without edges a mixed graph: MultiGraph takes either.
    const g = gexf.parse(MultiGraph, gexfFile.text);
    expect(g.order).toBe(limit);
    expect(g.getAttribute('description')).toMatch(
      new RegExp(`^Truncated: the graph has more than ${limit} nodes`),
    );
    const ml = await get(`/export/graph.graphml?limit=${limit}`);
    expect(ml.truncated).toBe('true');
    expect(graphml.parse(MultiGraph, ml.text).getAttributes()).toMatchObject({ truncated: true, limit });
    const cy = await get(`/export/cytoscape.json?limit=${limit}`);
    expect(cy.truncated).toBe('true');
    expect(JSON.parse(cy.text)).toMatchObject({ data: { truncated: true, limit } });
  });

  it('says truncated for a neighbourhood cut by its limit', async () => {
    const cut = await get(`/export/graph.gexf?ids=${encodeURIComponent(holt)}&depth=2&limit=5`);
    expect(cut.truncated).toBe('true');
    expect(gexf.parse(MultiDirectedGraph, cut.text).order).toBe(5);
    expect(
      (await get(`/export/graph.gexf?ids=${encodeURIComponent(holt)}&depth=1&limit=1000`)).truncated,
    ).toBe('false');
  });
});
