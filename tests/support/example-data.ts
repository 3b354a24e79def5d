import { Kind, parse } from 'graphql';
import type { App } from '../../src/server.js';
import { gql } from './graphql-client.js';

/**
 * Field paths (list indexes dropped: `statements.edges[].node.text`) that hold no data anywhere in
 * a response: null, an empty list or an empty string in every place they occur. A field nullable
 * by design (a statement has a speaker or a speakerDescription) passes when any occurrence has it.
 */
export function emptyParts(data: unknown): string[] {
  const hasData = new Map<string, boolean>();
  const mark = (path: string, value: boolean) => hasData.set(path, (hasData.get(path) ?? false) || value);
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      mark(path, value.length > 0);
      for (const item of value) walk(item, `${path}[]`);
    } else if (value !== null && typeof value === 'object') {
      mark(path, true);
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else {
      mark(path, value !== null && value !== undefined && value !== '');
    }
  };
  walk(data, '');
  return [...hasData].filter(([, has]) => !has).map(([path]) => path);
}

/** The variables an operation declares, taken from a pool of candidates. */
export function declaredVariables(query: string, pool: Record<string, unknown>): Record<string, unknown> {
  const names = parse(query).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION
      ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value)
      : [],
  );
  return Object.fromEntries(names.filter((n) => n in pool).map((n) => [n, pool[n]]));
}

/**
 * Values for the variables the example operations take, picked from the graph itself: the entity
 * most spoken about, a statement about it with a named speaker, that speaker and the article.
 */
export async function exampleVariables(app: App): Promise<Record<string, string | string[]>> {
  const entities = await gql(
    app,
    `{ entities(first: 100) { edges { node { id statementsAbout(first: 0) { totalCount } } } } }`,
  );
  const ranked = entities.body.data.entities.edges
    .map((e: any) => e.node)
    .sort((a: any, b: any) => b.statementsAbout.totalCount - a.statementsAbout.totalCount);
  const subject = ranked[0].id as string;
  const about = await gql(
    app,
    `query($id: ID) { statements(about: $id, first: 100) { edges { node { id speaker { id } article { id } } } } }`,
    { id: subject },
  );
  const statement = about.body.data.statements.edges.map((e: any) => e.node).find((s: any) => s.speaker);
  const speaker = statement.speaker.id as string;
  return {
    about: subject,
    entity: await storyteller(app),
    from: speaker,
    to: subject,
    id: speaker,
    ids: [speaker, statement.id, statement.article.id],
  };
}

/** An entity whose first twenty timeline items hold both statements and events. */
async function storyteller(app: App): Promise<string> {
  const events = await gql(app, `{ events(first: 100) { edges { node { participants { id } } } } }`);
  const candidates = new Set<string>(
    events.body.data.events.edges.flatMap((e: any) => e.node.participants.map((p: any) => p.id)),
  );
  for (const id of candidates) {
    const { body } = await gql(
      app,
      `query($id: ID!) { timeline(entity: $id, first: 20) { statement { id } event { id } } }`,
      { id },
    );
    const items = body.data.timeline;
    if (items.some((t: any) => t.event) && items.some((t: any) => t.statement)) return id;
  }
  throw new Error('no entity has both statements and events in its timeline');
}
