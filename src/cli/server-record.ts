/**
 * How `ingest` finds a running server: the server writes where it listens and a one-time local
 * token into the data directory when it starts (readable by its user only) and removes the file
 * when it stops. The embedded store is locked by the server, so `ingest` hands its batch to the
 * server instead, authenticated with that token. The token is never logged.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const RECORD_FILE = 'server.json';

export interface ServerRecord {
  pid: number;
  /** Base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  /** Bearer token for POST /ingest from this machine; new at every start. */
  token: string;
  startedAt: string;
}

export const dataDirOf = (env: NodeJS.ProcessEnv = process.env) => resolve(env.KG_DATA_DIR || 'data');

/** 256 random bits. */
export const newLocalToken = () => randomBytes(32).toString('base64url');

/** Written whole (to a temporary file, then renamed), readable by this user only. */
export async function writeServerRecord(dataDir: string, record: ServerRecord): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, RECORD_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record) + '\n', { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

/** The record, if a server wrote one and its process is still alive. */
export async function readServerRecord(dataDir: string): Promise<ServerRecord | null> {
  let record: ServerRecord;
  try {
    record = JSON.parse(await readFile(join(dataDir, RECORD_FILE), 'utf8')) as ServerRecord;
  } catch {
    return null;
  }
  const complete =
    Number.isInteger(record.pid) && typeof record.url === 'string' && typeof record.token === 'string';
  if (!complete) return null;
  return isAlive(record.pid) ? record : null;
}

/** Remove the record, if it is still this server's (a newer server may have replaced it). */
export async function removeServerRecord(dataDir: string, token: string): Promise<void> {
  const file = join(dataDir, RECORD_FILE);
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as ServerRecord;
    if (record.token === token) await rm(file, { force: true });
  } catch {
    // Gone already, or not ours to remove.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
