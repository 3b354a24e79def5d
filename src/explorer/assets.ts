import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'graphql-yoga';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The explorer's script is bundled from TypeScript (with Cytoscape.js from node_modules) on first
 * request and kept in memory: no CDN, no build step before `npm start`, nothing generated in git.
 */
let bundle: Promise<string> | undefined;
function explorerBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [here('./client/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/** The site's icon, for the explorer and GraphiQL (browsers ask for /favicon.ico on their own). */
const FAVICON_PATHS = new Set(['/favicon.svg', '/favicon.ico']);

/**
 * Serves GET /explorer (the page), /explorer/app.js (the bundle) and the favicon beside the
 * GraphQL endpoint.
 */
export function explorerPlugin(): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET') return;
      if (FAVICON_PATHS.has(url.pathname)) {
        const icon = await readFile(here('./favicon.svg'));
        endResponse(
          new fetchAPI.Response(icon, {
            headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' },
          }),
        );
        return;
      }
      if (!url.pathname.startsWith('/explorer')) return;
      if (url.pathname === '/explorer' || url.pathname === '/explorer/') {
        const html = await readFile(here('./page.html'), 'utf8');
        endResponse(new fetchAPI.Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      } else if (url.pathname === '/explorer/app.js') {
        endResponse(
          new fetchAPI.Response(await explorerBundle(), {
            headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' },
          }),
        );
      }
    },
  };
}
