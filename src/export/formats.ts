import type { GraphView } from './graph-view.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string) =>
  // Control characters other than tab, newline and carriage return are not allowed in XML 1.0.
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** GEXF 1.3, as Gephi and graphology-gexf read it: label on each node, `type` as an attribute. */
export function toGexf(graph: GraphView): string {
  const nodes = graph.nodes
    .map(
      (n) =>
        `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues><attvalue for="type" value="${xml(n.type)}"/></attvalues></node>`,
    )
    .join('\n');
  const edges = graph.edges
    .map(
      (e) =>
        `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.type)}"><attvalues><attvalue for="type" value="${xml(e.type)}"/></attvalues></edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>news-knowledge-graph</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node"><attribute id="type" title="type" type="string"/></attributes>
    <attributes class="edge"><attribute id="type" title="type" type="string"/></attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}

/** GraphML with `label` and `type` keys on nodes and `type` on edges (yEd, Gephi, graphology-graphml). */
export function toGraphml(graph: GraphView): string {
  const nodes = graph.nodes
    .map((n) => `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="type">${xml(n.type)}</data></node>`)
    .join('\n');
  const edges = graph.edges
    .map(
      (e) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="etype">${xml(e.type)}</data></edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="etype" for="edge" attr.name="type" attr.type="string"/>
  <graph id="news" edgedefault="directed">
${nodes}
${edges}
  </graph>
</graphml>
`;
}

/** Cytoscape.js elements JSON: `cy.add(json.elements)` or `cytoscape({ elements })` loads it as is. */
export function toCytoscapeJson(graph: GraphView) {
  return {
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type } })),
      edges: graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
    },
  };
}
