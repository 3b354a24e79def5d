import type { ExportGraph } from './export-graph.js';

/** Any export: the graph's own or the speaker network, each declaring its attributes. */
type AnyExport = ExportGraph<object, object>;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xml = (text: string | number | boolean) =>
  // Control characters other than tab, newline and carriage return are not allowed in XML 1.0.
  String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

type Names = readonly (readonly [string, string])[];
const valueOf = (item: object, name: string) => (item as Record<string, string | number | undefined>)[name];
/** The attributes an item has a value for, with their values. */
const present = (item: object, names: Names) =>
  names.flatMap(([name]) => {
    const value = valueOf(item, name);
    return value === undefined || value === null ? [] : [[name, value] as const];
  });

const truncationNote = (graph: AnyExport) =>
  graph.truncated
    ? `Truncated: the graph has more than ${graph.limit} nodes; this export holds the first ${graph.limit}.`
    : 'Complete.';

/**
 * GEXF 1.3, as Gephi and graphology-gexf read it: the label on each node, the rest as attributes
 * (counts as integers, so Gephi can size by them). GEXF has no graph attributes: whether the
 * export was cut is said in the meta description.
 */
export function toGexf(graph: AnyExport): string {
  const NODE_ATTRIBUTES = graph.attributes.node;
  // GEXF has weight of its own on edges (Gephi reads it there), not as a declared attribute.
  const EDGE_ATTRIBUTES = graph.attributes.edge.filter(([name]) => name !== 'weight');
  const weight = (edge: object) => {
    const value = valueOf(edge, 'weight');
    return typeof value === 'number' ? ` weight="${value}"` : '';
  };
  const attvalues = (item: object, names: Names) =>
    `<attvalues>${present(item, names)
      .map(([n, v]) => `<attvalue for="${n}" value="${xml(v)}"/>`)
      .join('')}</attvalues>`;
  const declare = (names: Names) =>
    names.map(([n, type]) => `<attribute id="${n}" title="${n}" type="${type}"/>`).join('');
  const nodes = graph.nodes
    .map(
      (n) => `      <node id="${xml(n.id)}" label="${xml(n.label)}">${attvalues(n, NODE_ATTRIBUTES)}</node>`,
    )
    .join('\n');
  const edges = graph.edges
    .map(
      (e) =>
        `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.type)}"${weight(e)}>` +
        `${attvalues(e, EDGE_ATTRIBUTES)}</edge>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>news-knowledge-graph</creator><description>${xml(truncationNote(graph))}</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">${declare(NODE_ATTRIBUTES)}</attributes>
    <attributes class="edge">${declare(EDGE_ATTRIBUTES)}</attributes>
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

const GRAPHML_TYPES: Record<string, string> = { string: 'string', integer: 'int', boolean: 'boolean' };

/** GraphML (yEd, Gephi, graphology-graphml): keys for every attribute, `truncated` on the graph. */
export function toGraphml(graph: AnyExport): string {
  const { node: NODE_ATTRIBUTES, edge: EDGE_ATTRIBUTES } = graph.attributes;
  const key = (id: string, domain: string, name: string, type: string) =>
    `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPES[type]}"/>`;
  const keys = [
    `  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>`,
    `  <key id="limit" for="graph" attr.name="limit" attr.type="int"/>`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_ATTRIBUTES.map(([n, t]) => key(`n_${n}`, 'node', n, t)),
    ...EDGE_ATTRIBUTES.map(([n, t]) => key(`e_${n}`, 'edge', n, t)),
  ].join('\n');
  const data = (item: object, prefix: string, names: Names) =>
    present(item, names)
      .map(([n, v]) => `<data key="${prefix}${n}">${xml(v)}</data>`)
      .join('');
  const nodes = graph.nodes
    .map((n) => {
      const attributes = `<data key="label">${xml(n.label)}</data>${data(n, 'n_', NODE_ATTRIBUTES)}`;
      return `    <node id="${xml(n.id)}">${attributes}</node>`;
    })
    .join('\n');
  const edges = graph.edges
    .map((e) => {
      const ends = `source="${xml(e.source)}" target="${xml(e.target)}"`;
      return `    <edge id="${xml(e.id)}" ${ends}>${data(e, 'e_', EDGE_ATTRIBUTES)}</edge>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
  <graph id="news" edgedefault="directed">
    <data key="truncated">${graph.truncated}</data>
    <data key="limit">${graph.limit}</data>
${nodes}
${edges}
  </graph>
</graphml>
`;
}

/**
 * Cytoscape.js elements JSON: `cytoscape({ elements, data })` or `cy.json(json)` loads it as is;
 * `data` is the graph's own (`cy.data('truncated')`).
 */
export function toCytoscapeJson(graph: AnyExport) {
  return {
    data: { truncated: graph.truncated, limit: graph.limit },
    elements: {
      nodes: graph.nodes.map((data) => ({ data })),
      edges: graph.edges.map((data) => ({ data })),
    },
  };
}
