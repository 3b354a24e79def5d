/**
 * The explorer: search an entity, draw its neighbourhood with the speakers of its statements,
 * expand by clicking, read statements (on the graph and, whole, in the table beside it as
 * "speaker — cue — text"). Runs in the browser; bundled by esbuild on first request
 * (see ../assets.ts) with Cytoscape.js and its fcose layout, and talks only to the GraphQL API.
 *
 * A deep link opens a view directly: /explorer?focus=<global id>&depth=1..3&limit=1..1000.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { highlightSpans } from './highlight.js';
import { labelsThatFit, type LabelCandidate, type Side } from './labels.js';

cytoscape.use(fcose);

interface GraphNode {
  id: string;
  label: string;
  type: string;
}
interface GraphEdge {
  source: string;
  target: string;
  type: string;
}
interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
interface Speaker {
  id: string;
  name: string;
  type: string;
}

const COLORS: Record<string, string> = {
  Person: '#d9534f',
  Country: '#2e7d32',
  Organization: '#1565c0',
  Place: '#8d6e63',
  Event: '#ef6c00',
  Statement: '#7b1fa2',
  Article: '#546e7a',
};
const EDGE_COLORS: Record<string, string> = {
  SAID: '#d98a88',
  ABOUT: '#b39ddb',
  IN: '#b0bec5',
  MENTIONS: '#cfd8dc',
};
/** Whose label wins a place: entities before articles before statements, then the busiest. */
const TYPE_PRIORITY: Record<string, number> = { Statement: 0, Article: 100, Event: 150 };
const ENTITY_PRIORITY = 200;
const FONT_SIZE = 11;
const FONT_FAMILY = 'sans-serif';
const COMFORTABLE_ZOOM = 1.2;
const LABEL_WIDTH = 130;
/** Speakers are fetched for at most this many statements at once (the API's `nodes` maximum). */
const NODES_PER_CALL = 100;

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
  minZoom: 0.2,
  maxZoom: 3,
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': (node: cytoscape.NodeSingular) => COLORS[node.data('type')] ?? '#999',
        width: 'mapData(degree, 1, 25, 14, 34)',
        height: 'mapData(degree, 1, 25, 14, 34)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: '',
        'font-size': FONT_SIZE,
        'font-family': FONT_FAMILY,
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_WIDTH}px`,
        'min-zoomed-font-size': 7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
      },
    },
    { selector: 'node[type = "Statement"]', style: { shape: 'round-rectangle', width: 12, height: 9 } },
    { selector: 'node[type = "Article"]', style: { shape: 'rectangle' } },
    { selector: 'node.labelled, node.hovered, node:selected', style: { label: 'data(short)' } },
    { selector: 'node.labelled[side = "top"]', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    {
      selector: 'node.labelled[side = "right"]',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 3, 'text-margin-y': 0 },
    },
    {
      selector: 'node.labelled[side = "left"]',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -3, 'text-margin-y': 0 },
    },
    {
      selector: 'node.hovered, node:selected',
      style: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 3 },
    },
    { selector: 'node.hovered, node:selected', style: { 'z-index': 10, 'text-background-opacity': 1 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffb300' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': (e: cytoscape.EdgeSingular) => EDGE_COLORS[e.data('type')] ?? '#cfd8dc',
        'target-arrow-color': (e: cytoscape.EdgeSingular) => EDGE_COLORS[e.data('type')] ?? '#cfd8dc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        'curve-style': 'straight',
        opacity: 0.8,
      },
    },
    { selector: 'edge.hovered', style: { label: 'data(type)', 'font-size': 9, color: '#6b7385', width: 2 } },
  ],
});

let busy = 0;
function setBusy(delta: number) {
  busy += delta;
  document.body.dataset.state = busy ? 'busy' : 'idle';
}
document.body.dataset.state = 'idle';

function setStatus(text: string) {
  $('status').textContent = text;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Label widths at zoom 1, measured in the font the canvas draws them in (whatever it is here). */
const measurer = document.createElement('canvas').getContext('2d')!;
measurer.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
const widths = new Map<string, number>();
function labelWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    // Longer labels are cut with an ellipsis at the maximum width.
    width = Math.min(measurer.measureText(text).width, LABEL_WIDTH);
    widths.set(text, width);
  }
  return width;
}

/** Labels for the nodes whose label fits at the current zoom; the rest show theirs on hover. */
function placeLabels() {
  const zoom = cy.zoom();
  const fontPx = FONT_SIZE * zoom;
  const candidates: LabelCandidate[] = cy.nodes().map((node) => {
    const p = node.renderedPosition();
    const halfWidth = (node.width() * zoom) / 2;
    const halfHeight = (node.height() * zoom) / 2;
    return {
      id: node.id(),
      node: { x1: p.x - halfWidth, y1: p.y - halfHeight, x2: p.x + halfWidth, y2: p.y + halfHeight },
      width: (labelWidth(String(node.data('short'))) + 2) * zoom,
      height: fontPx * 1.3,
      priority: (TYPE_PRIORITY[node.data('type')] ?? ENTITY_PRIORITY) + node.degree(false),
      forced: node.selected() || node.hasClass('hovered'),
    };
  });
  const canvas = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const shown = fontPx < 7 ? new Map<string, Side>() : labelsThatFit(candidates, canvas);
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const side = shown.get(n.id());
      n.toggleClass('labelled', Boolean(side));
      if (side) n.data('side', side);
    }),
  );
}

let labelTimer: ReturnType<typeof setTimeout> | undefined;
cy.on('zoom', () => {
  clearTimeout(labelTimer);
  labelTimer = setTimeout(placeLabels, 80);
});

/** A small deterministic generator (mulberry32): the same graph is drawn the same way each time. */
function seededRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** fcose draws its starting point with Math.random; a seed makes the picture repeatable. */
function withSeed<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** Where a new node starts, near the node it came from: a fixed offset per id, not a random one. */
function offsetOf(id: string): { dx: number; dy: number } {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const angle = ((hash >>> 0) % 360) * (Math.PI / 180);
  return { dx: Math.cos(angle) * 30, dy: Math.sin(angle) * 30 };
}

let layoutSeed = Number(new URLSearchParams(location.search).get('seed') ?? 1) || 1;

function runLayout(firstTime: boolean): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'fcose',
      // fcose keeps positions only in its slow 'proof' quality; a fresh view starts from spectral.
      quality: firstTime ? 'default' : 'proof',
      randomize: firstTime,
      animate: false,
      fit: true,
      padding: 40,
      nodeSeparation: 90,
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.data('type') === 'MENTIONS' ? 110 : 70),
      nodeRepulsion: () => 9000,
      edgeElasticity: () => 0.35,
      gravity: 0.2,
      gravityRange: 3.2,
      numIter: 2500,
      tile: true,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    withSeed(layoutSeed++, () => layout.run());
  });
}

/** Add what is new, placing new nodes at the node they came from so the layout starts near it. */
function merge(graph: Graph, near?: string): number {
  const origin = near ? cy.getElementById(near) : undefined;
  const at = origin?.nonempty() ? origin.position() : { x: 0, y: 0 };
  const added: cytoscape.ElementDefinition[] = [];
  for (const n of graph.nodes) {
    if (cy.getElementById(n.id).nonempty()) continue;
    const { dx, dy } = offsetOf(n.id);
    const position = { x: at.x + dx, y: at.y + dy };
    added.push({
      group: 'nodes',
      data: { ...n, short: shorten(n.label, n.type === 'Statement' ? 36 : 40) },
      position,
    });
  }
  const known = (id: string) => cy.getElementById(id).nonempty() || added.some((a) => a.data.id === id);
  for (const e of graph.edges) {
    const id = `${e.source}|${e.type}|${e.target}`;
    if (cy.getElementById(id).empty() && known(e.source) && known(e.target)) {
      added.push({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type } });
    }
  }
  cy.add(added);
  cy.batch(() => cy.nodes().forEach((n) => void n.data('degree', n.degree(false))));
  return added.length;
}

/** The speakers of the statements on screen that do not show theirs yet: the second hop. */
async function speakersOf(statementIds: string[]): Promise<Graph> {
  const graph: Graph = { nodes: [], edges: [] };
  for (let i = 0; i < statementIds.length; i += NODES_PER_CALL) {
    const data = await gql<{ nodes: ({ id: string; speaker: Speaker | null } | null)[] }>(
      `query Speakers($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { id speaker { id name type } } } }`,
      { ids: statementIds.slice(i, i + NODES_PER_CALL) },
    );
    for (const statement of data.nodes) {
      if (!statement?.speaker) continue;
      const { id, name, type } = statement.speaker;
      graph.nodes.push({ id, label: name, type });
      graph.edges.push({ source: id, target: statement.id, type: 'SAID' });
    }
  }
  return graph;
}

interface StatementLine {
  id: string;
  text: string;
  cue: string;
  speakerDescription: string | null;
  speaker: { name: string } | null;
  article: { publishedAt: string | null } | null;
}

/** "Maren Holt — warned — the talks would fail": how a statement reads, on the graph and in the table. */
const statementLine = (who: string, cue: string, text: string) => `${who} — ${cue} — ${text}`;

/** Statements on screen get their speaker, cue and date: their label and their row in the table. */
async function describeStatements() {
  const ids = cy
    .nodes('[type = "Statement"]')
    .filter((n) => n.data('cue') === undefined)
    .map((n) => n.id());
  for (let i = 0; i < ids.length; i += NODES_PER_CALL) {
    const data = await gql<{ nodes: (StatementLine | null)[] }>(
      `query StatementLines($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement {
        id text cue speakerDescription speaker { name } article { publishedAt } } } }`,
      { ids: ids.slice(i, i + NODES_PER_CALL) },
    );
    for (const s of data.nodes) {
      if (!s?.id) continue;
      const who = s.speaker?.name ?? s.speakerDescription ?? 'someone';
      cy.getElementById(s.id).data({
        who,
        cue: s.cue,
        text: s.text,
        date: s.article?.publishedAt ?? null,
        short: shorten(statementLine(who, s.cue, s.text), 48),
      });
    }
  }
}

/** The table beside the graph: every statement on screen, readable whole, newest first. */
function renderStatementTable() {
  const statements = cy
    .nodes('[type = "Statement"]')
    .filter((n) => n.data('cue') !== undefined)
    .sort((a, b) => String(b.data('date') ?? '').localeCompare(String(a.data('date') ?? '')));
  const rows = statements.map((n) => {
    const row = document.createElement('tr');
    row.dataset.id = n.id();
    row.innerHTML =
      `<td data-testid="statement-line"><span class="who">${escapeHtml(n.data('who'))}</span> — ` +
      `<span class="cue">${escapeHtml(n.data('cue'))}</span> — ${escapeHtml(n.data('text'))}</td>` +
      `<td class="date">${escapeHtml(n.data('date') ?? '')}</td>`;
    row.addEventListener('click', () => {
      cy.$(':selected').unselect();
      n.select();
      cy.animate({ center: { eles: n } }, { duration: 200 });
      markRow(n.id());
      void showStatement(n.id()).catch((e: Error) => setStatus(e.message));
    });
    return row;
  });
  $('statement-rows').replaceChildren(...rows);
  $('statement-count').textContent = rows.length ? `(${rows.length})` : '';
  $('statement-empty').hidden = rows.length > 0;
}

function markRow(id: string) {
  for (const row of $('statement-rows').querySelectorAll('tr')) {
    row.classList.toggle('selected', row.dataset.id === id);
  }
}

/** Events show what kind of happening they are: "protest: Protests in Iran". */
async function showEventTypes() {
  const ids = cy
    .nodes('[type = "Event"]')
    .filter((n) => !n.data('eventType'))
    .map((n) => n.id());
  for (let i = 0; i < ids.length; i += NODES_PER_CALL) {
    const data = await gql<{ nodes: ({ id: string; eventType: string | null } | null)[] }>(
      `query EventTypes($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { id eventType } } }`,
      { ids: ids.slice(i, i + NODES_PER_CALL) },
    );
    for (const event of data.nodes) {
      if (!event?.eventType) continue;
      const node = cy.getElementById(event.id);
      const type = event.eventType.replace('_', ' ');
      node.data({ eventType: event.eventType, short: `${type}: ${shorten(node.data('label'), 30)}` });
    }
  }
}

async function expand(id: string, depth = 1, limit = 200) {
  setBusy(1);
  setStatus('loading…');
  try {
    const firstTime = cy.nodes().empty();
    const data = await gql<{ neighborhood: Graph }>(
      `query Expand($ids: [ID!]!, $depth: Int, $limit: Int) { neighborhood(ids: $ids, depth: $depth, limit: $limit) {
        nodes { id label type } edges { source target type } } }`,
      { ids: [id], depth, limit },
    );
    merge(data.neighborhood, id);
    const unspoken = cy
      .nodes('[type = "Statement"]')
      .filter((s) => s.incomers('edge[type = "SAID"]').empty())
      .map((s) => s.id());
    if (unspoken.length) merge(await speakersOf(unspoken), id);
    await Promise.all([showEventTypes(), describeStatements()]);
    renderStatementTable();
    await runLayout(firstTime);
    // A small graph fitted to the canvas would be drawn huge: no closer than a comfortable zoom.
    if (cy.zoom() > COMFORTABLE_ZOOM) {
      cy.zoom(COMFORTABLE_ZOOM);
      cy.center();
    }
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    placeLabels();
    setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges`);
  } finally {
    setBusy(-1);
  }
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function showStatement(id: string) {
  const data = await gql<{ node: any }>(
    `query Statement($id: ID!) { node(id: $id) { ... on Statement {
      text kind cue medium speakerDescription speaker { name } about { name }
      article { title publishedAt paragraphs text url source } paragraph spans { start end } } } }`,
    { id },
  );
  const s = data.node;
  if (!s) return;
  const who = s.speaker?.name ?? s.speakerDescription ?? 'someone';
  // The source passage with the statement's own characters marked; the paragraph where spans are unknown.
  const context =
    highlightSpans(s.article.text, s.spans) || escapeHtml(s.article.paragraphs[s.paragraph] ?? '');
  const source = [s.article.source, s.article.url]
    .filter(Boolean)
    .map((x: string) => escapeHtml(x))
    .join(' · ');
  $('detail').innerHTML = `
    <strong data-testid="speaker">${escapeHtml(who)}</strong>
    ${escapeHtml(s.cue)}${s.medium ? ` (${escapeHtml(s.medium)})` : ''}:
    <blockquote data-testid="statement-text">${escapeHtml(s.text)}</blockquote>
    <div>About: ${s.about.map((a: any) => escapeHtml(a.name)).join(', ') || '–'}</div>
    <div style="margin-top:8px"><em data-testid="article-title">${escapeHtml(s.article.title)}</em>
    ${s.article.publishedAt ? `(${escapeHtml(s.article.publishedAt)})` : ''}</div>
    ${source ? `<div style="font-size:12px;color:#5c6370">${source}</div>` : ''}
    <p data-testid="source-passage" style="font-size:13px;color:#434a5a">${context}</p>`;
}

async function search(query: string) {
  setStatus('searching…');
  type Hit = { score: number; node: { id: string; __typename: string; name?: string; text?: string } };
  const data = await gql<{ search: Hit[] }>(
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
    button.innerHTML = `${escapeHtml(shorten(label, 80))}<span class="type">${hit.node.__typename}</span>`;
    button.dataset.id = hit.node.id;
    button.addEventListener('click', () => {
      cy.elements().remove();
      renderStatementTable();
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
  if (node.data('type') === 'Statement') {
    markRow(id);
    void showStatement(id).catch((e: Error) => setStatus(e.message));
  }
  void expand(id).catch((e: Error) => setStatus(e.message));
});
cy.on('mouseover', 'node, edge', (event) => {
  event.target.addClass('hovered');
});
cy.on('mouseout', 'node, edge', (event) => {
  event.target.removeClass('hovered');
});

$('legend').innerHTML =
  Object.entries(COLORS)
    .map(([type, color]) => `<span><i style="background:${color}"></i>${type}</span>`)
    .join('') +
  '<br>' +
  Object.entries(EDGE_COLORS)
    .map(([type, color]) => `<span><b style="color:${color}">→</b> ${type.toLowerCase()}</span>`)
    .join('');

(window as unknown as { explorer: unknown }).explorer = { cy, expand, placeLabels };

const params = new URLSearchParams(location.search);
const focus = params.get('focus');
if (focus) {
  const number = (name: string, fallback: number) => Number(params.get(name) ?? fallback) || fallback;
  void expand(focus, number('depth', 1), number('limit', 200)).catch((e: Error) => setStatus(e.message));
}
