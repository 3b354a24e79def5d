/** A result row: column name to plain JS value (numbers, strings, booleans, null, arrays, objects). */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs statements inside one write transaction. */
export interface WriteTransaction {
  run(query: string, params?: Params): Promise<Row[]>;
}

/**
 * What the store needs from an engine. Each runner turns engine values (Neo4j Integers, Grafeo
 * bigints) into plain JS values, so nothing above it sees engine types.
 */
export interface CypherRunner {
  readonly kind: 'embedded' | 'neo4j';
  read(query: string, params?: Params): Promise<Row[]>;
  /** One transaction: all of `work` commits, or none of it does. */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /** A schema statement (constraint, index) from the registry, in Neo4j syntax; idempotent. */
  migrate(statement: string): Promise<void>;
  close(): Promise<void>;
}
