/** The operations the benchmarks send: a baseline and the realistic queries of issue 6. */
export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchSubjects {
  /** A country with many statements about it. */
  country: string;
  /** A person's surname (resolved through the alias lookup). */
  surname: string;
  /** A person's global id, for the neighbourhood. */
  personId: string;
  /** Words of a quote, for search. */
  words: string;
}

export function benchQueries(s: BenchSubjects, pageSize = 20): BenchQuery[] {
  return [
    {
      name: 'statements about an entity',
      query: `query($name: String!, $n: Int) { entity(name: $name) { statementsAbout(first: $n) { totalCount edges { node { text kind speaker { name } article { title publishedAt } } } } } }`,
      variables: { name: s.country, n: pageSize },
    },
    {
      name: 'entity by alias',
      query: `query($name: String!, $n: Int) { entity(name: $name) { name aliases { name } statementsBy(first: $n) { totalCount edges { node { text about { name } } } } } }`,
      variables: { name: s.surname, n: pageSize },
    },
    {
      name: 'depth-2 neighborhood',
      query: `query($ids: [ID!]!, $n: Int) { neighborhood(ids: $ids, depth: 2, limit: $n) { nodes { id label type } edges { id source target type } } }`,
      variables: { ids: [s.personId], n: Math.max(pageSize, 50) * 4 },
    },
    {
      name: 'search',
      query: `query($q: String!, $n: Int) { search(query: $q, first: $n) { score node { id ... on Entity { name } ... on Statement { text } } } }`,
      variables: { q: s.words, n: Math.min(pageSize, 50) },
    },
  ];
}

export const BASELINE: BenchQuery = {
  name: 'baseline { __typename }',
  query: '{ __typename }',
  variables: {},
};
