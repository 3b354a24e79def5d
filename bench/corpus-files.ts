/** Write a generated corpus to files, as a user's folder of inputs would be. Streams: no memory. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticles } from './corpus-generator.js';

/**
 * Articles [from, to) of the corpus of `total` articles (so that a later folder continues an
 * earlier one: the generator's cast depends on the total), K per file: originals as
 * articles-N.txt, syndicated copies as syndicated-N.jsonl.
 */
export async function writeCorpus(
  dir: string,
  total: number,
  seed = 42,
  perFile = 500,
  from = 0,
  to = total,
) {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let copies = 0;
  let texts: string[] = [];
  let records: string[] = [];
  let inFile = 0;
  const flush = async () => {
    files++;
    const n = String(files).padStart(5, '0');
    if (texts.length) await writeFile(join(dir, `articles-${n}.txt`), texts.join('\n\n\n') + '\n');
    if (records.length) await writeFile(join(dir, `syndicated-${n}.jsonl`), records.join('\n') + '\n');
    texts = [];
    records = [];
    inFile = 0;
  };
  let index = 0;
  for (const item of generateArticles(total, seed)) {
    if (index >= to) break;
    if (index++ < from) continue;
    if ('text' in item) texts.push(item.text);
    else {
      records.push(JSON.stringify(item.copy));
      copies++;
    }
    if (++inFile === perFile) await flush();
  }
  if (inFile) await flush();
  return { articles: to - from, copies, files };
}
