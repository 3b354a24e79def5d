import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * GraphiQL served whole from this server, so that it works offline and behind firewalls: yoga's
 * default page loads its script, styles and editor workers from unpkg.com. The assets come from
 * @graphql-yoga/render-graphiql (the same GraphiQL build, bundled into one module), loaded on the
 * first request and served from /graphiql/ with a day of browser caching, instead of inlining
 * 9 MB into every page as that package's own renderer does.
 */
const ASSETS = {
  'graphiql.js': { key: 'js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { key: 'css', type: 'text/css; charset=utf-8' },
  'editor.worker.js': { key: 'editorWorkerService', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { key: 'jsonWorker', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { key: 'graphqlWorker', type: 'text/javascript; charset=utf-8' },
} as const;

type AssetModule = typeof import('@graphql-yoga/render-graphiql/graphiql');
let assets: Promise<AssetModule> | undefined;
const loadAssets = () => (assets ??= import('@graphql-yoga/render-graphiql/graphiql'));

/** JSON inside a <script>: no "</script>" or "<!--" can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page yoga serves at /graphql to browsers: every URL in it is on this server. The title sits
 * beside the tabs; unwrapped, "News knowledge graph" would break over three lines and be cut off
 * at the top of the page.
 */
export function renderGraphiQL(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>.graphiql-logo { white-space: nowrap; }</style>
</head>
<body id="body" class="no-focus-outline">
  <div id="root">Loading GraphiQL…</div>
  <script>
    // The editor's web workers, by the label the editor asks for.
    self.MonacoEnvironment = {
      globalAPI: false,
      getWorkerUrl: (_module, label) => ({
        editorWorkerService: '/graphiql/editor.worker.js',
        json: '/graphiql/json.worker.js',
        graphql: '/graphiql/graphql.worker.js',
      })[label],
    };
  </script>
  <script src="/graphiql/graphiql.js"></script>
  <script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(options)});</script>
</body>
</html>
`;
}

/** Serves GET /graphiql/<asset>. */
export function graphiqlAssetsPlugin(): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !url.pathname.startsWith('/graphiql/')) return;
      const asset = ASSETS[url.pathname.slice('/graphiql/'.length) as keyof typeof ASSETS];
      if (!asset) return;
      const body = (await loadAssets())[asset.key];
      const headers = { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' };
      endResponse(new fetchAPI.Response(body, { headers }));
    },
  };
}
