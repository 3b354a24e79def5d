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
    name: 'AttacksWhoWhereWhen',
    description:
      'Events of a kind: one node per event across articles, with who did it to whom, where, when, how many.',
    query: `query AttacksWhoWhereWhen {
  events(kind: attack, first: 1) {
    totalCount
    edges {
      node {
        name
        kind
        when
        actors { name }
        targets { name }
        places { name }
        countries { name }
        figures { kind value text }
        articles { title }
        statementsAbout(first: 3) { edges { node { text speaker { name } } } }
      }
    }
  }
}`,
  },
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
    aliases { name rule evidence articles { title } }
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
  countries(first: 10) { totalCount edges { node { name code aliases { name } } } }
  organizations(first: 10) { totalCount edges { node { name aliases { name } } } }
  places(first: 10) { edges { node { name } } }
  events(first: 10) { edges { node { name date participants { name } articles { title } } } }
  entities(types: [Person, Organization], nameContains: "un", first: 10) { edges { node { name type } } }
}`,
  },
  {
    name: 'Search',
    description:
      'Full-text search over names, aliases and statement text; tolerant of case, accents and word beginnings.',
    query: `query Search {
  search(query: "stolten", first: 5) {
    score
    node { id __typename ... on Entity { name type } ... on Statement { text } }
  }
}`,
  },
  {
    name: 'Path',
    description: 'The shortest connection between two entities, as ordered nodes and typed edges.',
    query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    nodes { id label type }
    edges { source target type }
  }
}`,
  },
  {
    name: 'Neighborhood',
    description:
      'Nodes and edges around some nodes, for Cytoscape.js, sigma/graphology or Gephi. Ids are global ids.',
    query: `query Neighborhood($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1, limit: 200) {
    nodes { id label type }
    edges { id source target type }
  }
}`,
  },
  {
    name: 'Related',
    description: 'Who is connected to whom, and why.',
    query: `query Related {
  entity(name: "Putin") {
    name
    related(first: 5) { weight reasons entity { name type } }
  }
}`,
  },
  {
    name: 'Timeline',
    description: 'Statements by or about an entity and the events it took part in, by date.',
    query: `query Timeline($entity: ID!) {
  timeline(entity: $entity, first: 20) {
    date
    statement { text speaker { name } }
    event { name }
  }
}`,
  },
  {
    name: 'NodeById',
    description: 'Refetch anything by its global id (Relay), one or many at once.',
    query: `query NodeById($id: ID!, $ids: [ID!]!) {
  node(id: $id) { id ... on Entity { name type } ... on Article { title } ... on Statement { text } }
  nodes(ids: $ids) { id __typename }
}`,
  },
  {
    name: 'WhereAQuoteComesFrom',
    description:
      'Provenance: where in its article a quote stands (offsets into the article text); url and source too.',
    query: `query WhereAQuoteComesFrom {
  statements(first: 3, kind: direct) {
    edges {
      node {
        text
        spans { start end }
        article { title publishedAt text }
      }
    }
  }
}`,
  },
  {
    name: 'MostMentioned',
    description:
      'Rankings: countries most named first (also ARTICLES, STATEMENTS or NAME, ASC or DESC), with their counts.',
    query: `query MostMentioned {
  entities(types: [Country], orderBy: {field: MENTIONS, direction: DESC}, first: 10) {
    edges { node { name mentionCount articleCount statementCount } }
  }
}`,
  },
  {
    name: 'WhoSpokeMostAbout',
    description:
      'Who spoke most about an entity, with how many statements; and what a speaker spoke about most.',
    query: `query WhoSpokeMostAbout($about: ID!, $id: ID!) {
  speakers(about: $about, first: 10) { totalCount edges { count node { name type } } }
  subjects(by: $id, first: 5) { edges { count node { name type } } }
}`,
  },
  {
    name: 'Disputes',
    description:
      'Disputes: statements that others contradict (an accusation and its denial, a claim and its rejection), newest first.',
    query: `query Disputes {
  disputes(first: 5) {
    totalCount
    edges {
      statement { text stance speaker { name } article { title } }
      disputedBy { text stance speaker { name } }
    }
  }
}`,
  },
];
