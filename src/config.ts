/** Configuration from the environment, read in one place. The store reads its own NEO4J_* / KG_DATA_DIR. */
export interface AppConfig {
  port: number;
  host: string | undefined;
  /** What `npm start` seeds from when the store is empty. */
  seedPath: string;
  graphiql: boolean;
  introspection: boolean;
  /** Allowed CORS origins; ['*'] allows any. */
  corsOrigins: string[];
  /** Query responses kept in the response cache; 0 turns it off. */
  responseCacheEntries: number;
  /** KG_INGEST_TOKEN: the bearer token POST /ingest asks for; unset, the route does not exist. */
  ingestToken: string | undefined;
  /** KG_INGEST_MAX_BYTES: larger bodies get 413. */
  ingestMaxBytes: number;
}

export class ConfigError extends Error {}

/** 10 MiB: a day of a busy wire feed as JSON Lines. */
const DEFAULT_INGEST_MAX_BYTES = 10 * 1024 * 1024;

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  const cache = Number(env.RESPONSE_CACHE ?? 1000);
  if (!Number.isInteger(cache) || cache < 0) {
    throw new ConfigError(
      `RESPONSE_CACHE must be a number of entries (0 turns it off), got "${env.RESPONSE_CACHE}"`,
    );
  }
  const maxBytes = Number(env.KG_INGEST_MAX_BYTES ?? DEFAULT_INGEST_MAX_BYTES);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new ConfigError(`KG_INGEST_MAX_BYTES must be a number of bytes, got "${env.KG_INGEST_MAX_BYTES}"`);
  }
  const token = env.KG_INGEST_TOKEN?.trim() || undefined;
  return {
    port,
    responseCacheEntries: cache,
    ingestToken: token,
    ingestMaxBytes: maxBytes,
    host: env.HOST || undefined,
    seedPath: env.KG_SEED_PATH || 'seed',
    graphiql: flag(env, 'GRAPHIQL', true),
    introspection: flag(env, 'INTROSPECTION', true),
    corsOrigins: (env.CORS_ORIGINS || '*')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}
