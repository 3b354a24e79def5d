/**
 * Example operations: GraphiQL opens with them as tabs, the README shows them, and a test validates
 * each against the schema, so none of them can silently rot.
 */
export interface ExampleOperation {
  name: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: ExampleOperation[] = [
  {
    name: 'WhoSaidWhatAboutRussia',
    description: 'Who said what about whom: statements about an entity, with speakers and sources.',
    query: `query WhoSaidWhatAboutRussia {
  entity(name: "Russia") {
    name
    statementsAbout(first: 10) {
      totalCount
      edges {
        node {
          text
          kind
          speaker { name type }
          article { title publishedAt }
        }
      }
    }
  }
}`,
  },
  {
    name: 'EntityByAlias',
    description: 'Any alias resolves, case-insensitively: Zelenskiy and Zelensky are one person.',
    query: `query EntityByAlias {
  entity(name: "zelenskiy") {
    id
    name
    aliases
    ... on Person { roles { title of { name } } }
    mentionedIn(first: 5) { edges { count node { title } } }
  }
}`,
  },
  {
    name: 'PersonStatements',
    description: "A person's statements, direct quotes only, with what each is about.",
    query: `query PersonStatements {
  people(first: 5, nameContains: "blinken") {
    edges {
      node {
        name
        statementsBy(kind: direct) {
          edges { node { text cue medium about { name } } }
        }
      }
    }
  }
}`,
  },
  {
    name: 'Statements',
    description: 'Filter statements by speaker or subject id (take ids from other queries).',
    query: `query Statements($about: ID) {
  statements(about: $about, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id text kind stance speaker { name } speakerDescription about { name } } }
  }
}`,
  },
  {
    name: 'Articles',
    description: 'Articles and the entities they name, most named first.',
    query: `query Articles {
  articles(first: 10) {
    totalCount
    edges {
      node {
        title
        publishedAt
        mentions(first: 5) { edges { count node { name type } } }
        statements(first: 3) { totalCount edges { node { text speaker { name } } } }
      }
    }
  }
}`,
  },
  {
    name: 'Entities',
    description: 'Countries, organizations, places and events, each with its own root connection.',
    query: `query Entities {
  countries(first: 10) { totalCount edges { node { name code aliases } } }
  organizations(first: 10) { totalCount edges { node { name aliases } } }
  places(first: 10) { edges { node { name } } }
  events(first: 10) { edges { node { name date participants { name } places { name } } } }
  entities(types: [Person, Organization], nameContains: "un", first: 10) { edges { node { name type } } }
}`,
  },
  {
    name: 'NodeById',
    description: 'Refetch anything by its global id (Relay).',
    query: `query NodeById($id: ID!) {
  node(id: $id) { id ... on Entity { name type } ... on Article { title } ... on Statement { text } }
}`,
  },
];
