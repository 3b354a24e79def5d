/**
 * The explorer: search an entity, draw its neighbourhood, expand by clicking, read statements.
 * Runs in the browser; bundled by esbuild on first request (see ../assets.ts) and talks only to
 * the GraphQL API, like any other client.
 */
import cytoscape from 'cytoscape';

interface GraphNode { id: string; label: string; type: string }
interface GraphEdge { id: string; source: string; target: string; type: string }

const COLORS: Record<string, string> = {
  Person: '#d9534f', Country: '#2e7d32', Organization: '#1565c0', Place: '#8d6e63',
  Event: '#ef6c00', Statement: '#7b1fa2', Article: '#546e7a',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data as T;
}

const cy = cytoscape({
  container: $('graph'),
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(short)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': '120px',
        'background-color': (node: cytoscape.NodeSingular) => COLORS[node.data('type')] ?? '#999',
        width: 18, height: 18, color: '#1d2330', 'text-valign': 'bottom',
      },
    },
    { selector: 'node[type = "Statement"]', style: { shape: 'round-rectangle', width: 14, height: 10 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffb300' } },
    {
      selector: 'edge',
      style: {
        width: 1.2, 'line-color': '#b8c0cf', 'target-arrow-color': '#b8c0cf', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#8a93a6',
      },
    },
  ],
  layout: { name: 'grid' },
});
(window as unknown as { explorer: unknown }).explorer = { cy };

function setStatus(text: string) {
  $('status').textContent = text;
}

function merge(graph: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const added: cytoscape.ElementDefinition[] = [];
  for (const n of graph.nodes) {
    if (cy.getElementById(n.id).empty()) {
      const short = n.label.length > 40 ? n.label.slice(0, 39) + '…' : n.label;
      added.push({ group: 'nodes', data: { ...n, short } });
    }
  }
  for (const e of graph.edges) {
    if (cy.getElementById(e.id).empty()) added.push({ group: 'edges', data: { ...e } });
  }
  cy.add(added);
  cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true } as cytoscape.LayoutOptions).run();
  setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges`);
}

async function expand(id: string) {
  setStatus('loading…');
  const data = await gql<{ neighborhood: { nodes: GraphNode[]; edges: GraphEdge[] } }>(
    `query Expand($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) {
      nodes { id label type } edges { id source target type } } }`,
    { ids: [id] },
  );
  merge(data.neighborhood);
  cy.getElementById(id).select();
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function showStatement(id: string) {
  const data = await gql<{ node: any }>(
    `query Statement($id: ID!) { node(id: $id) { ... on Statement {
      text kind cue medium speakerDescription speaker { name } about { name }
      article { title publishedAt paragraphs } paragraph } } }`,
    { id },
  );
  const s = data.node;
  if (!s) return;
  const who = s.speaker?.name ?? s.speakerDescription ?? 'someone';
  const context = s.article.paragraphs[s.paragraph] ?? '';
  $('detail').innerHTML = `
    <strong data-testid="speaker">${escapeHtml(who)}</strong> ${escapeHtml(s.cue)}${s.medium ? ` (${escapeHtml(s.medium)})` : ''}:
    <blockquote data-testid="statement-text">${escapeHtml(s.text)}</blockquote>
    <div>About: ${s.about.map((a: any) => escapeHtml(a.name)).join(', ') || '–'}</div>
    <div style="margin-top:8px"><em data-testid="article-title">${escapeHtml(s.article.title)}</em>
    ${s.article.publishedAt ? `(${escapeHtml(s.article.publishedAt)})` : ''}</div>
    <p style="font-size:13px;color:#434a5a">${escapeHtml(context)}</p>`;
}

async function search(query: string) {
  setStatus('searching…');
  const data = await gql<{ search: { score: number; node: { id: string; __typename: string; name?: string; text?: string } }[] }>(
    `query Search($q: String!) { search(query: $q, first: 10) { score node { id __typename
      ... on Entity { name } ... on Statement { text } } } }`,
    { q: query },
  );
  const list = $('results');
  list.innerHTML = '';
  for (const hit of data.search) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    const label = hit.node.name ?? hit.node.text ?? hit.node.id;
    button.innerHTML = `${escapeHtml(label.length > 80 ? label.slice(0, 79) + '…' : label)}<span class="type">${hit.node.__typename}</span>`;
    button.dataset.id = hit.node.id;
    button.addEventListener('click', () => {
      cy.elements().remove();
      void expand(hit.node.id).catch((e: Error) => setStatus(e.message));
    });
    li.append(button);
    list.append(li);
  }
  setStatus(data.search.length ? `${data.search.length} results` : 'no results');
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $<HTMLInputElement>('search').value.trim();
  if (q) void search(q).catch((e: Error) => setStatus(e.message));
});

cy.on('tap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  const id = node.id();
  if (node.data('type') === 'Statement') void showStatement(id).catch((e: Error) => setStatus(e.message));
  void expand(id).catch((e: Error) => setStatus(e.message));
});

$('legend').innerHTML = Object.entries(COLORS)
  .map(([type, color]) => `<span><i style="background:${color}"></i>${type}</span>`)
  .join('');
