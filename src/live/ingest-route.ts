/**
 * POST /ingest: articles in any input format, merged into the served graph as one ingest.
 *
 * - Allowed with `Authorization: Bearer <KG_INGEST_TOKEN>`; without that variable the route does
 *   not exist (404), except for the local token the server leaves in its data directory for
 *   `npm run ingest` on the same machine (see cli/server-record.ts).
 * - A missing or wrong token gets 401 and changes nothing; a body over the limit gets 413, and is
 *   not read past the limit.
 * - The format comes from Content-Type (then from the content, where it is unmistakable).
 * - When nothing could be read (an empty body, malformed JSON, text that is not prose) the answer
 *   is 422, with the problems; answers list at most MAX_LISTED_PROBLEMS problems and count the rest.
 * - Each ingest is logged (source, counts, duration) and so is each refused attempt, with the
 *   remote address. Tokens are compared in constant time and never logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { ProblemDoc } from '../domain/document.js';
import { formatOfContentType } from '../ingest/index.js';
import { StoreFormatError } from '../store/errors.js';
import { formatTotals, type IngestService, type IngestTotals } from './ingest-service.js';

export const INGEST_PATH = '/ingest';
/** 10 MiB: a day of a busy wire feed as JSON Lines (KG_INGEST_MAX_BYTES in the config). */
const DEFAULT_INGEST_MAX_BYTES = 10 * 1024 * 1024;
/** The header naming what was posted (a file name), so that problems can name it. */
export const SOURCE_HEADER = 'x-source-name';
/** A 5 MB blob of junk makes tens of thousands of problems: the answer lists this many. */
export const MAX_LISTED_PROBLEMS = 100;

/** What POST /ingest answers: the totals, the problems listed up to the cap, and how many were not. */
export type IngestAnswer = IngestTotals & { moreProblems: number };

export interface IngestRouteOptions {
  /** KG_INGEST_TOKEN: when unset, the route exists only for `localToken`. */
  token?: string;
  /** The one-time token of this server process, for `npm run ingest` beside it. */
  localToken?: string;
  maxBytes?: number;
  /** Where each ingest and refused attempt is logged, one line each (stderr by default). */
  log?: (line: string) => void;
}

const SUPPORTED =
  'application/x-ndjson, application/json, text/html, application/rss+xml, application/atom+xml, text/plain';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal in time independent of where they differ (and of their lengths, compared as digests). */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearer(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

class TooLarge extends Error {}

/** The body, read up to `max` bytes: one byte more and reading stops. */
async function readLimited(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) throw new TooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Nothing was read: no article added, updated or found unchanged. */
const nothingRead = (t: IngestTotals) => t.added + t.updated + t.unchanged === 0;

/** The answer's body: at most MAX_LISTED_PROBLEMS problems, the rest counted. */
export function answerOf(totals: IngestTotals): IngestAnswer {
  const listed = totals.problems.slice(0, MAX_LISTED_PROBLEMS);
  return { ...totals, problems: listed, moreProblems: totals.problems.length - listed.length };
}

/** The client's address as the socket saw it (behind a proxy: the proxy's). */
function remoteOf(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'an unknown address';
}

const defaultLog = (line: string) => process.stderr.write(`${line}\n`);

export function ingestPlugin(service: IngestService, options: IngestRouteOptions): Plugin {
  const max = options.maxBytes ?? DEFAULT_INGEST_MAX_BYTES;
  const tokens = [options.token, options.localToken].filter((t): t is string => Boolean(t));
  const log = options.log ?? defaultLog;
  return {
    async onRequest({ url, request, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== INGEST_PATH || tokens.length === 0) return;
      const started = performance.now();
      const remote = remoteOf(serverContext);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          }),
        );
      const given = bearer(request.headers.get('authorization'));
      // Every token is compared, whichever matches, so that timing says nothing either.
      const matches = given !== null && tokens.map((t) => sameToken(given, t)).includes(true);
      if (!options.token && !matches) return; // No public route: as if it did not exist.
      if (!matches) {
        log(`ingest: rejected attempt from ${remote}: ${given === null ? 'no' : 'a wrong'} bearer token`);
        return json(
          401,
          { error: 'a valid token is needed: Authorization: Bearer <KG_INGEST_TOKEN>' },
          {
            'www-authenticate': 'Bearer realm="ingest"',
          },
        );
      }
      if (request.method !== 'POST') return json(405, { error: 'use POST' }, { allow: 'POST' });
      const contentType = request.headers.get('content-type') ?? '';
      const format = formatOfContentType(contentType);
      if (!format) {
        return json(415, { error: `unsupported Content-Type "${contentType}": use one of ${SUPPORTED}` });
      }
      let body: Uint8Array;
      try {
        body = await readLimited(request, max);
      } catch (error) {
        if (error instanceof TooLarge) {
          log(`ingest: 413 from ${remote}: the body is larger than ${max} bytes`);
          return json(413, { error: `the body is larger than ${max} bytes (KG_INGEST_MAX_BYTES)` });
        }
        throw error;
      }
      let text: string;
      try {
        text = utf8.decode(body);
      } catch {
        return json(400, { error: 'the body is not valid UTF-8 text' });
      }
      const source = sourceName(request.headers.get(SOURCE_HEADER));
      const logged = (status: number, totals: IngestTotals) => {
        const ms = Math.round(performance.now() - started);
        log(`ingest: ${status} "${source}" (${format}) from ${remote}: ${formatTotals(totals)}; ${ms} ms`);
      };
      if (!text.trim()) {
        const empty: ProblemDoc = { file: source, line: 0, severity: 'error', message: 'the body is empty' };
        const totals = { added: 0, updated: 0, unchanged: 0, statements: 0, problems: [empty] };
        logged(422, totals);
        return json(422, answerOf(totals));
      }
      try {
        const totals = await service.ingestContent(text, format, source);
        const status = nothingRead(totals) ? 422 : 200;
        logged(status, totals);
        return json(status, answerOf(totals));
      } catch (error) {
        if (error instanceof StoreFormatError) return json(409, { error: error.message });
        // Anything else is ours, not the client's: the details (a stack, paths) go to the log only.
        console.error('POST /ingest failed:', error);
        return json(500, {
          error:
            'ingestion failed on the server: batches merged before the failure stay, ' +
            'the rest were not merged (the server log has the details)',
        });
      }
    },
  };
}

function sourceName(header: string | null): string {
  if (!header) return 'request';
  try {
    return decodeURIComponent(header).slice(0, 500);
  } catch {
    return header.slice(0, 500);
  }
}
