import neo4j, { type Driver } from 'neo4j-driver';
import { StoreOpenError, StoreUnavailableError } from '../errors.js';
import type { CypherRunner, Params, Row, WriteTransaction } from '../runner.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function neo4jConfig(env: NodeJS.ProcessEnv): Neo4jConfig {
  return {
    uri: env.NEO4J_URI!,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

/**
 * Neo4j values to the plain values the embedded runner returns: Integers to numbers (the driver
 * does it with disableLosslessIntegers), temporals to ISO strings, nodes and relationships to
 * their properties, maps and lists recursively.
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return plain((value as { properties: unknown }).properties);
  }
  if (value instanceof neo4j.types.Path) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(plain),
      edges: value.segments.map((s) => plain(s.relationship)),
    };
  }
  if (typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = plain(v);
    return out;
  }
  return value;
}

/**
 * Plain values to Neo4j parameters: whole JS numbers become Integers. The driver sends every JS
 * number as a float, which LIMIT/SKIP refuse and which would store counts as floats; the embedded
 * engine takes whole numbers as integers, so both engines keep the same types.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

/** Errors that mean Neo4j cannot be reached now, as opposed to a refused query. */
function isUnavailable(error: unknown): boolean {
  const code = String((error as { code?: string }).code ?? '');
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /^Neo\.TransientError\.(General\.DatabaseUnavailable|Database\.DatabaseUnavailable)/.test(code) ||
    /connection acquisition timed out|Connection was closed by server|ECONNREFUSED|ECONNRESET/i.test(
      String((error as Error).message ?? ''),
    )
  );
}

/** Runs `work`, turning "Neo4j is not there" into the store's own error, which clients are shown. */
async function available<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUnavailable(error) ? new StoreUnavailableError() : error;
  }
}

const toRows = (records: { toObject(): Row }[]) => records.map((r) => plain(r.toObject()) as Row);

/** Errors while connecting, in one line each: what is wrong and what to check. */
function describe(error: unknown, config: Neo4jConfig): { message: string; retry: boolean } {
  const code = String((error as { code?: string }).code ?? '');
  const full = String((error as Error).message ?? error);
  // The driver's connection errors carry a long advice text; the cause is what names the problem.
  const text = (/Caused by: (.*)$/m.exec(full)?.[1] ?? full.split('\n')[0] ?? '').trim();
  if (code === 'Neo.ClientError.Security.Unauthorized' || /authentication failure|unauthorized/i.test(text)) {
    return {
      message: `Neo4j at ${config.uri} refused the credentials of user "${config.user}" (check NEO4J_USER and NEO4J_PASSWORD)`,
      retry: false,
    };
  }
  if (
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    /database does not exist|DatabaseNotFound/i.test(text)
  ) {
    return {
      message: `Neo4j at ${config.uri} has no database "${config.database}" (check NEO4J_DATABASE)`,
      retry: false,
    };
  }
  if (
    /ServiceUnavailable|ECONNREFUSED|Could not perform discovery|Failed to connect|connect E/i.test(
      code + ' ' + text,
    )
  ) {
    return {
      message: `Neo4j is unreachable at ${config.uri} (${text}); is it running? (docker compose up -d)`,
      retry: true,
    };
  }
  return { message: `Neo4j at ${config.uri}: ${text}`, retry: false };
}

export class Neo4jRunner implements CypherRunner {
  readonly kind = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /**
   * Connect with retries and backoff while Neo4j boots (docker compose up returns before the
   * server accepts connections), then fail with one line naming the problem.
   */
  static async connect(
    env: NodeJS.ProcessEnv,
    log: (line: string) => void = () => {},
    { attempts = Number(env.NEO4J_CONNECT_ATTEMPTS || 6), firstDelayMs = 250 } = {},
  ): Promise<Neo4jRunner> {
    const config = neo4jConfig(env);
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        disableLosslessIntegers: true,
        // While serving, a stopped Neo4j must be reported within 2 s, not waited for: short connect
        // and pool timeouts, and retries (transient errors, deadlocks) for half a second at most.
        connectionTimeout: 1_000,
        connectionAcquisitionTimeout: 1_500,
        maxTransactionRetryTime: 500,
      });
    } catch (error) {
      throw new StoreOpenError(
        `NEO4J_URI "${config.uri}" is not a valid Neo4j address (${(error as Error).message})`,
      );
    }
    let delay = firstDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.verifyConnectivity({ database: config.database });
        // verifyConnectivity does not check that the database exists: ask it something.
        await driver.executeQuery('RETURN 1', {}, { database: config.database });
        log(`Neo4j store at ${config.uri}, database ${config.database}`);
        return new Neo4jRunner(driver, config.database);
      } catch (error) {
        const problem = describe(error, config);
        if (!problem.retry || attempt >= attempts) {
          await driver.close();
          throw new StoreOpenError(problem.message);
        }
        log(`waiting for Neo4j (attempt ${attempt}/${attempts}): ${problem.message}`);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 4_000);
      }
    }
  }

  async read(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await available(() =>
        session.executeRead(async (tx) => toRows((await tx.run(query, toParams(params) as Params)).records)),
      );
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      // Managed transaction: retried on transient errors (deadlocks, leader switches).
      return await available(() =>
        session.executeWrite((tx) =>
          work({
            run: async (query, params = {}) =>
              toRows((await tx.run(query, toParams(params) as Params)).records),
          }),
        ),
      );
    } finally {
      await session.close();
    }
  }

  async migrate(statement: string): Promise<void> {
    // Schema statements cannot run inside an explicit transaction with other writes: run alone.
    const session = this.driver.session({ database: this.database });
    try {
      await available(() => session.run(statement));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
