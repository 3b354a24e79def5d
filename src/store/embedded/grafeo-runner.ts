import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import { embeddedMigration, embeddedQuery } from '../dialect.js';
import { StoreOpenError } from '../errors.js';
import type { CypherRunner, Params, Row, WriteTransaction } from '../runner.js';

const { GrafeoDB } = grafeo;
const DB_FILE = 'graph.grafeo';
type Db = ReturnType<typeof GrafeoDB.create>;

/**
 * Grafeo values are already plain, but for integers above 2^53 (bigint), and nodes come back as
 * `{_id, _labels, ...props}`: keep the properties, as the Neo4j runner does.
 */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) if (k !== '_id' && k !== '_labels') out[k] = plain(v);
    return out;
  }
  return value;
}

const plainRows = (rows: Row[]) => rows.map((row) => plain(row) as Row);

/** Rewritten queries are cached: the registry is small and fixed. */
const rewritten = new Map<string, string>();
const dialect = (query: string) => {
  let out = rewritten.get(query);
  if (out === undefined) {
    out = embeddedQuery(query);
    rewritten.set(query, out);
  }
  return out;
};

export class GrafeoRunner implements CypherRunner {
  readonly kind = 'embedded' as const;
  /** Grafeo's writes are serialised here: one writer at a time, as in Neo4j's per-node locking. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Db) {}

  /** Open (or create) the database under `dir`; failures become one-line StoreOpenErrors. */
  static open(dir: string): GrafeoRunner {
    try {
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
      if (!statSync(dir).isDirectory())
        throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      accessSync(dir, constants.W_OK);
    } catch (error) {
      throw new StoreOpenError(
        `KG_DATA_DIR ${dir} is not a writable directory (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    // Grafeo keeps a database in one file (plus its WAL); the directory is ours to hold it.
    const file = join(dir, DB_FILE);
    try {
      return new GrafeoRunner(existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file));
    } catch (error) {
      const reason = String((error as Error).message ?? error).split('\n')[0];
      throw new StoreOpenError(
        `cannot open the embedded store in ${dir}: ${reason} ` +
          `(is another server or seed using it? If it is corrupted, move ${file} away and seed again)`,
      );
    }
  }

  async read(query: string, params: Params = {}): Promise<Row[]> {
    const result = await this.db.executeCypher(dialect(query), params);
    return plainRows(result.toArray() as Row[]);
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const run = async () => {
      const tx = this.db.beginTransaction();
      try {
        const result = await work({
          run: async (query, params = {}) =>
            plainRows((await tx.executeCypher(dialect(query), params)).toArray() as Row[]),
        });
        tx.commit();
        return result;
      } catch (error) {
        try {
          tx.rollback();
        } catch {
          // The transaction may already be gone; the original error is what matters.
        }
        throw error;
      }
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => undefined);
    return next;
  }

  async migrate(statement: string): Promise<void> {
    const migration = embeddedMigration(statement);
    if (migration.kind === 'textIndex') {
      try {
        await this.db.createTextIndex(migration.label, migration.property);
      } catch (error) {
        // Creating an existing text index is the one idempotency Grafeo does not offer itself.
        if (!/exist/i.test(String((error as Error).message))) throw error;
      }
      return;
    }
    for (const cypher of migration.statements) await this.db.executeCypher(cypher, {});
  }

  async close(): Promise<void> {
    await this.writing;
    this.db.close();
  }
}
