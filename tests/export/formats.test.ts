import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson, toGexf, toGraphml } from '../../src/export/formats.js';
import type { GraphView } from '../../src/export/graph-view.js';

// Hand-made view with the awkward cases: XML metacharacters, quotes, a control character, unicode.
const view: GraphView = {
  nodes: [
    { id: 'UGVyc29uOnBlcl9h', label: 'Ana "Ani" <Lopes> & Co', type: 'Person' },
    { id: 'Q291bnRyeTpjdHlfdHVy', label: 'Türkiye', type: 'Country' },
    { id: 'U3RhdGVtZW50OnN0bV8x', label: "We won't\u0007 stop", type: 'Statement' },
  ],
  edges: [
    { id: 'e1', source: 'UGVyc29uOnBlcl9h', target: 'U3RhdGVtZW50OnN0bV8x', type: 'SAID' },
    { id: 'e2', source: 'U3RhdGVtZW50OnN0bV8x', target: 'Q291bnRyeTpjdHlfdHVy', type: 'ABOUT' },
  ],
};

describe('graph exports load into the real libraries', () => {
  it('GEXF into graphology-gexf', () => {
    const graph = gexf.parse(Graph, toGexf(view));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('UGVyc29uOnBlcl9h', 'label')).toBe('Ana "Ani" <Lopes> & Co');
    expect(graph.getNodeAttribute('Q291bnRyeTpjdHlfdHVy', 'type')).toBe('Country');
    expect(graph.source('e1')).toBe('UGVyc29uOnBlcl9h');
  });

  it('GraphML into graphology-graphml', () => {
    const graph = graphml.parse(Graph, toGraphml(view));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('Q291bnRyeTpjdHlfdHVy', 'label')).toBe('Türkiye');
    expect(graph.getEdgeAttribute('e2', 'type')).toBe('ABOUT');
  });

  it('Cytoscape JSON into headless cytoscape', () => {
    const cy = cytoscape({ headless: true, elements: toCytoscapeJson(view).elements });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById('e2').source().data('label')).toBe("We won't\u0007 stop");
  });
});
