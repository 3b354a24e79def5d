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

describe('role edges', () => {
  it('have an id of their own and the role title, also for two roles at one organisation', async () => {
    const twoRoles = apiFixture();
    const brekke = twoRoles.entities.find((e) => e.id === 'per_brekke')!;
    brekke.roles = [...(brekke.roles ?? []), { title: 'Treasurer', of: 'org_nac' }];
    const seeded = await openSeededStore(twoRoles);
    try {
      const roleApp = createApp(seeded.store);
      const fetchText = async (path: string) => (await roleApp.fetch(`http://localhost${path}`)).text();
      // graphology refuses an edge id it has seen: each file loading whole proves the ids unique.
      const fromGexf = gexf.parse(MultiDirectedGraph, await fetchText('/export/graph.gexf'));
      const fromGraphml = graphml.parse(MultiDirectedGraph, await fetchText('/export/graph.graphml'));
      const cy = JSON.parse(await fetchText('/export/cytoscape.json'));
      const cyIds = cy.elements.edges.map((e: { data: { id: string } }) => e.data.id);
      expect(new Set(cyIds).size).toBe(cyIds.length);
      expect(fromGexf.size).toBe(cyIds.length);
      expect(fromGraphml.size).toBe(cyIds.length);
      for (const graph of [fromGexf, fromGraphml]) {
        const titles = graph
          .filterEdges((_e, a) => a.type === 'HOLDS_ROLE' && a.title !== 'Foreign Minister')
          .map((e) => [graph.getNodeAttribute(graph.source(e), 'label'), graph.getEdgeAttribute(e, 'title')]);
        expect(titles).toEqual(
          expect.arrayContaining([
            ['Jonas Brekke', 'Secretary General'],
            ['Jonas Brekke', 'Treasurer'],
          ]),
        );
      }
    } finally {
      await seeded.cleanup();
    }
  });
});

describe('the speaker network: /export/speakers.*', () => {
  /** (speaker, subject) → statements, from the fixture itself. */
  const expected = new Map<string, number>();
  for (const s of doc.statements) {
    if (!s.speakerId) continue;
    for (const about of s.aboutIds) {
      const key = `${s.speakerId} ${about}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
  }
  const storeId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

  it('has entities as nodes and one weighted edge per speaker and subject, with counts per stance', async () => {
    const { text, truncated } = await get('/export/speakers.gexf');
    expect(truncated).toBe('false');
    const graph = gexf.parse(MultiDirectedGraph, text);
    expect(graph.size).toBe(expected.size);
    graph.forEachNode((_n, a) => expect(a.type).toMatch(/^(Person|Country|Organization|Place|Event)$/));
    graph.forEachEdge((edge, a, source, target) => {
      expect(a.type).toBe('SPOKE_ABOUT');
      expect(a.weight).toBe(expected.get(`${storeId(source)} ${storeId(target)}`));
      const stanceCounts = Object.entries(a).filter(([k]) => !['type', 'weight', 'label'].includes(k));
      expect(stanceCounts.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(a.weight);
    });
    // The heaviest pair carries its stances by name.
    const [key, weight] = [...expected].sort((a, b) => b[1] - a[1])[0]!;
    const [speaker, subject] = key.split(' ');
    const stances = doc.statements
      .filter((s) => s.speakerId === speaker && s.aboutIds.includes(subject!))
      .map((s) => s.stance ?? 'unmarked');
    const edge = graph.findEdge((_e, _a, s, t) => storeId(s) === speaker && storeId(t) === subject)!;
    expect(graph.getEdgeAttribute(edge, 'weight')).toBe(weight);
    for (const stance of new Set(stances))
      expect(graph.getEdgeAttribute(edge, stance)).toBe(stances.filter((s) => s === stance).length);
  });

  it('reads into graphology-graphml and cytoscape alike, and takes ids, depth and limit', async () => {
    const ml = graphml.parse(MultiDirectedGraph, (await get('/export/speakers.graphml')).text);
    expect(ml.size).toBe(expected.size);
    expect(ml.getEdgeAttribute(ml.edges()[0]!, 'weight')).toBeGreaterThan(0);
    const cy = JSON.parse((await get('/export/speakers.cytoscape.json')).text);
    expect(cy.elements.edges).toHaveLength(expected.size);

    const around = gexf.parse(
      MultiDirectedGraph,
      (await get(`/export/speakers.gexf?ids=${encodeURIComponent(holt)}&depth=1`)).text,
    );
    const holtsPartners = new Set(
      [...expected.keys()]
        .map((k) => k.split(' '))
        .filter((pair) => pair.includes('per_holt'))
        .flat(),
    );
    expect(new Set(around.nodes().map(storeId))).toEqual(holtsPartners);
    expect(around.nodes()[0]).toBe(holt);
    const cut = await get(`/export/speakers.gexf?ids=${encodeURIComponent(holt)}&depth=2&limit=2`);
    expect(cut.truncated).toBe('true');
    expect(gexf.parse(MultiGraph, cut.text).order).toBe(2);
    expect((await app.fetch('http://localhost/export/speakers.gexf?depth=9')).status).toBe(400);
  });
});
