/**
 * `ingest` beside a running server: the server holds the store (the embedded one is locked), so
 * each input file goes to its POST /ingest, authenticated with the local token the server left in
 * the data directory. The server reads, extracts and merges exactly as `ingest` would.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeOf, detectFormat, formatProblem, inputFiles } from '../ingest/index.js';
import { addResult, emptyTotals, type IngestTotals } from '../live/ingest-service.js';
import { type IngestAnswer, SOURCE_HEADER } from '../live/ingest-route.js';
import type { ServerRecord } from './server-record.js';

export class HandoffError extends Error {}

export async function ingestThroughServer(
  server: ServerRecord,
  path: string,
  log: (line: string) => void,
): Promise<IngestTotals> {
  const { files, problems } = await inputFiles(path);
  for (const p of problems) log(formatProblem(p));
  const totals = emptyTotals();
  totals.problems.push(...problems);
  for (const file of files) {
    const body = await readFile(file);
    const format = detectFormat(file, body.toString('utf8'));
    let response: Response;
    try {
      response = await fetch(new URL('/ingest', server.url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.token}`,
          'content-type': `${contentTypeOf(format)}; charset=utf-8`,
          [SOURCE_HEADER]: encodeURIComponent(file),
        },
        body,
      });
    } catch (error) {
      const reason = (error as Error).message;
      throw new HandoffError(`the server at ${server.url} (pid ${server.pid}) did not answer: ${reason}`);
    }
    // 422: nothing in the file could be read; its problems say why, as for any other file.
    if (!response.ok && response.status !== 422) {
      throw new HandoffError(`${file}: the server at ${server.url} refused it: ${await refusal(response)}`);
    }
    const result = (await response.json()) as IngestAnswer;
    addResult(totals, result);
    for (const p of result.problems) log(formatProblem(p));
    totals.problems.push(...result.problems);
    if (result.moreProblems > 0)
      log(`${file}: ${result.moreProblems} more problems, not listed by the server`);
  }
  return totals;
}

async function refusal(response: Response): Promise<string> {
  const text = (await response.text()).slice(0, 300);
  let message = text;
  try {
    message = (JSON.parse(text) as { error?: string }).error ?? text;
  } catch {
    // Not JSON: the text itself.
  }
  if (response.status === 404) return 'it does not take ingestion (404); is it an older version?';
  return `${response.status} ${message}`.trim();
}
