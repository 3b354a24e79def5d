import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRAPH_ATTRIBUTES, type ExportGraph } from '../../src/export/export-graph.js';
import { toCytoscapeJson, toGexf, toGraphml } from '../../src/export/formats.js';

// Hand-made export with the awkward cases: XML metacharacters, quotes, a control character, unicode.
const view = (truncated = false): ExportGraph => ({
  truncated,
  limit: 3,
  attributes: GRAPH_ATTRIBUTES,
  nodes: [
    { id: 'UGVyc29uOnBlcl9h', label: 'Ana "Ani" <Lopes> & Co', type: 'Person', mentions: 7, articles: 2 },
    { id: 'Q291bnRyeTpjdHlfdHVy', label: 'Türkiye', type: 'Country', mentions: 12, articles: 3 },
    {
      id: 'U3RhdGVtZW50OnN0bV8x',
      label: "We won't\u0007 stop",
      type: 'Statement',
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    },
  ],
  edges: [
    {
      id: 'e1',
      source: 'UGVyc29uOnBlcl9h',
      target: 'U3RhdGVtZW50OnN0bV8x',
      type: 'SAID',
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    },
    {
      id: 'e2',
      source: 'U3RhdGVtZW50OnN0bV8x',
      target: 'Q291bnRyeTpjdHlfdHVy',
      type: 'ABOUT',
      kind: 'direct',
      cue: 'warned',
    },
  ],
});

describe('graph exports load into the real libraries, with every attribute', () => {
  it('GEXF into graphology-gexf', () => {
    const graph = gexf.parse(Graph, toGexf(view()));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('UGVyc29uOnBlcl9h', 'label')).toBe('Ana "Ani" <Lopes> & Co');
    // Counts are integers, so Gephi can size nodes by them.
    expect(graph.getNodeAttributes('Q291bnRyeTpjdHlfdHVy')).toMatchObject({
      type: 'Country',
      mentions: 12,
      articles: 3,
    });
    expect(graph.getNodeAttributes('U3RhdGVtZW50OnN0bV8x')).toMatchObject({
      label: "We won't stop",
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    });
    expect(graph.source('e1')).toBe('UGVyc29uOnBlcl9h');
    expect(graph.getEdgeAttributes('e1')).toMatchObject({
      type: 'SAID',
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    });
    // An attribute without a value is left out, not written empty.
    expect(graph.getEdgeAttributes('e2')).not.toHaveProperty('stance');
    expect(graph.getAttribute('description')).toBe('Complete.');
    expect(gexf.parse(Graph, toGexf(view(true))).getAttribute('description')).toMatch(
      /^Truncated: .* more than 3 nodes/,
    );
  });

  it('GraphML into graphology-graphml', () => {
    const graph = graphml.parse(Graph, toGraphml(view()));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('Q291bnRyeTpjdHlfdHVy')).toMatchObject({
      label: 'Türkiye',
      type: 'Country',
      mentions: 12,
      articles: 3,
    });
    expect(graph.getNodeAttributes('U3RhdGVtZW50OnN0bV8x')).toMatchObject({
      kind: 'direct',
      stance: 'warn',
      date: '2031-03-04',
    });
    expect(graph.getEdgeAttributes('e1')).toMatchObject({
      type: 'SAID',
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    });
    expect(graph.getEdgeAttribute('e2', 'type')).toBe('ABOUT');
    expect(graph.getAttributes()).toMatchObject({ truncated: false, limit: 3 });
    expect(graphml.parse(Graph, toGraphml(view(true))).getAttribute('truncated')).toBe(true);
  });

  it('Cytoscape JSON into headless cytoscape', () => {
    const json = toCytoscapeJson(view(true));
    const cy = cytoscape({ headless: true, elements: json.elements, data: json.data });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById('e2').source().data('label')).toBe("We won't\u0007 stop");
    expect(cy.getElementById('e1').data()).toMatchObject({
      kind: 'direct',
      stance: 'warn',
      cue: 'warned',
      date: '2031-03-04',
    });
    expect(cy.getElementById('Q291bnRyeTpjdHlfdHVy').data('mentions')).toBe(12);
    expect(cy.data('truncated')).toBe(true);
  });
});
