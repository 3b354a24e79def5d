import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.js';
import { exportGraph, type ExportGraph } from './export-graph.js';
import { toCytoscapeJson, toGexf, toGraphml } from './formats.js';
import { exportSpeakerNetwork } from './speaker-network.js';

export const EXPORT_LIMITS = { maxNodes: 20_000, defaultNodes: 5_000, maxDepth: 3 } as const;

/** The file formats, each under both networks: `/export/graph.<ext>` and `/export/speakers.<ext>`. */
const FORMATS: Record<string, { type: string; render: (g: ExportGraph<object, object>) => string }> = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', render: toGexf },
  graphml: { type: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  'cytoscape.json': {
    type: 'application/json; charset=utf-8',
    render: (g) => JSON.stringify(toCytoscapeJson(g)),
  },
};

/** The path's network and format; `/export/cytoscape.json` is the graph's (its first name). */
function exportOf(pathname: string): { network: 'graph' | 'speakers'; format: string } | null {
  if (pathname === '/export/cytoscape.json') return { network: 'graph', format: 'cytoscape.json' };
  const match = /^\/export\/(graph|speakers)\.(gexf|graphml|cytoscape\.json)$/.exec(pathname);
  return match ? { network: match[1] as 'graph' | 'speakers', format: match[2]! } : null;
}

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
 * /export/cytoscape.json (also /export/graph.cytoscape.json); the speaker → subject network as
 * /export/speakers.gexf, .graphml and .cytoscape.json. The whole graph, or
 * `?ids=<global ids>&depth=1..3` for a neighbourhood;
 * `limit` caps the nodes, and a cut export says so (header `X-Export-Truncated: true` and in the
 * file). Node ids are the API's global ids.
 */
export function exportPlugin(store: GraphStore): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const wanted = exportOf(url.pathname);
      if (!wanted || request.method !== 'GET') return;
      const format = FORMATS[wanted.format]!;
      try {
        const limit = intParam(url, 'limit', EXPORT_LIMITS.defaultNodes, 1, EXPORT_LIMITS.maxNodes);
        const ids = (url.searchParams.get('ids') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const depth = intParam(url, 'depth', 1, 1, EXPORT_LIMITS.maxDepth);
        const storeIds = ids.map((id) => {
          try {
            return decodeGlobalID(id).id;
          } catch {
            throw new BadRequest(`"ids" must be global ids as returned by the API, got "${id}"`);
          }
        });
        const exported =
          wanted.network === 'speakers'
            ? await exportSpeakerNetwork(store, { ids: ids.length ? storeIds : null, depth, limit })
            : await exportGraph(
                store,
                // One node more than the limit is read: if it came, the export is cut, and says so.
                ids.length
                  ? await store.neighborhood(storeIds, depth, limit + 1)
                  : await store.wholeGraph(limit + 1),
                limit,
              );
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
