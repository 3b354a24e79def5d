import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { EXAMPLES, type ExampleOperation } from './examples.js';

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

/** An example as the page offers it: the query with its description as a comment on top. */
const exampleTabs = (examples: readonly ExampleOperation[]) =>
  examples.map((e) => ({
    name: e.name,
    description: e.description,
    query: `# ${e.description}\n${e.query}`,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));

/**
 * The page yoga serves at /graphql to browsers: every URL in it is on this server.
 *
 * - The examples are a menu above the editor, not a tab each: choosing one reloads the page with
 *   `?example=<name>`, and GraphiQL opens it (in the tab that already holds it, else a new one).
 * - GraphiQL is always given a query (the chosen example, else the first): given none, it adds an
 *   empty "<untitled>" tab beside the saved ones at every reload. A query the reader edited is in
 *   the URL (yoga keeps `?query=` current) and wins, so a reload shows what was being written.
 * - Below 700 px the editor and the response stack, and the title moves to the bar.
 */
export function renderGraphiQL(
  options: GraphiQLOptions,
  examples: readonly ExampleOperation[] = EXAMPLES,
): string {
  const tabs = exampleTabs(examples);
  const title = escapeHtml(options.title ?? 'GraphiQL');
  const { defaultTabs: _tabs, ...rest } = options;
  const menu = tabs
    .map(
      (t) =>
        `<option value="${escapeHtml(t.name)}" title="${escapeHtml(t.description)}">${escapeHtml(t.name)}</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; }
    #root { flex: 1; min-height: 0; }
    #root .graphiql-container { height: 100%; width: 100%; }
    .graphiql-logo { white-space: nowrap; }
    .kg-bar { display: flex; align-items: center; gap: 12px; padding: 6px 12px; font: 14px system-ui, sans-serif;
      background: hsl(219, 28%, 97%); border-bottom: 1px solid hsl(219, 28%, 88%); flex-wrap: wrap; }
    .kg-bar strong { white-space: nowrap; display: none; }
    .kg-bar select { font: inherit; max-width: 60vw; padding: 3px 6px; }
    .kg-bar a { margin-left: auto; color: hsl(219, 60%, 40%); }
    @media (max-width: 700px) {
      .kg-bar strong { display: inline; }
      .graphiql-logo { display: none; }
      .graphiql-sidebar { padding: 4px; }
      .graphiql-sessions { margin: 4px; }
      .graphiql-sessions > div:not(.graphiql-session-header) { flex-direction: column; }
      .graphiql-horizontal-drag-bar { display: none; }
      .graphiql-editors, .graphiql-response { flex: 1 1 50% !important; min-height: 0; }
    }
  </style>
</head>
<body id="body" class="no-focus-outline">
  <header class="kg-bar">
    <strong>${title}</strong>
    <label>Examples <select id="kg-examples" aria-label="Example queries"><option value="">Choose an example…</option>${menu}</select></label>
    <a href="/explorer">Explorer</a>
  </header>
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
  <script>
    (() => {
      const examples = ${scriptJson(tabs)};
      const params = new URLSearchParams(location.search);
      const chosen = examples.find((e) => e.name === params.get('example')) || examples[0];
      const menu = document.getElementById('kg-examples');
      menu.value = chosen && params.has('example') ? chosen.name : '';
      menu.addEventListener('change', () => {
        if (!menu.value) return;
        location.search = '?' + new URLSearchParams({ example: menu.value });
      });
      YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
        ...${scriptJson(rest)},
        // Variables too, even none: else GraphiQL takes the last ones saved, and the tab is not found.
        ...(chosen ? { defaultQuery: chosen.query, query: chosen.query, variables: chosen.variables || '' } : {}),
      });
    })();
  </script>
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
