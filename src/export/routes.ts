import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.js';
import { exportGraph, type ExportGraph } from './export-graph.js';
import { toCytoscapeJson, toGexf, toGraphml } from './formats.js';

export const EXPORT_LIMITS = { maxNodes: 20_000, defaultNodes: 5_000, maxDepth: 3 } as const;

const FORMATS: Record<string, { type: string; render: (g: ExportGraph) => string }> = {
  '/export/graph.gexf': { type: 'application/gexf+xml; charset=utf-8', render: toGexf },
  '/export/graph.graphml': { type: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  '/export/cytoscape.json': {
    type: 'application/json; charset=utf-8',
    render: (g) => JSON.stringify(toCytoscapeJson(g)),
  },
};

class BadRequest extends Error {}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadRequest(`"${name}" must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

/**
 * The graph as files for visualization tools: GET /export/graph.gexf (Gephi), /export/graph.graphml,
 * /export/cytoscape.json. The whole graph, or `?ids=<global ids>&depth=1..3` for a neighbourhood;
 * `limit` caps the nodes, and a cut export says so (header `X-Export-Truncated: true` and in the
 * file). Node ids are the API's global ids.
 */
export function exportPlugin(store: GraphStore): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const format = FORMATS[url.pathname];
      if (!format || request.method !== 'GET') return;
      try {
        const limit = intParam(url, 'limit', EXPORT_LIMITS.defaultNodes, 1, EXPORT_LIMITS.maxNodes);
        const ids = (url.searchParams.get('ids') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        let graph;
        if (ids.length) {
          const depth = intParam(url, 'depth', 1, 1, EXPORT_LIMITS.maxDepth);
          const storeIds = ids.map((id) => {
            try {
              return decodeGlobalID(id).id;
            } catch {
              throw new BadRequest(`"ids" must be global ids as returned by the API, got "${id}"`);
            }
          });
          graph = await store.neighborhood(storeIds, depth, limit + 1);
        } else {
          graph = await store.wholeGraph(limit + 1);
        }
        // One node more than the limit was read: if it came, the export is cut, and says so.
        const exported = await exportGraph(store, graph, limit);
        endResponse(
          new fetchAPI.Response(format.render(exported), {
            headers: {
              'content-type': format.type,
              'x-export-truncated': String(exported.truncated),
              'access-control-expose-headers': 'X-Export-Truncated',
            },
          }),
        );
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        endResponse(
          new fetchAPI.Response(JSON.stringify({ error: error.message }), {
            status: 400,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      }
    },
  };
}
