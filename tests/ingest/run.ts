/** Extraction on hand-written paragraphs, and readable views of the result, for the ingest tests. */
import type { ArticleDoc, ExtractionDocument, StatementDoc } from '../../src/domain/document.js';
import { extract } from '../../src/ingest/index.js';

/** Each argument is one article's paragraphs. */
export function run(...paragraphs: string[][]): ExtractionDocument {
  const articles: ArticleDoc[] = paragraphs.map((ps, i) => ({
    id: `art_${i}`,
    title: `Story ${i}`,
    publishedAt: '2031-05-0' + (i + 1),
    captions: [],
    paragraphs: ps,
  }));
  return extract(articles);
}

export const byName = (doc: ExtractionDocument, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name));

export const nameOf = (doc: ExtractionDocument, id: string | null) =>
  doc.entities.find((e) => e.id === id)?.name ?? null;

export const speakerName = (doc: ExtractionDocument, s: StatementDoc) => nameOf(doc, s.speakerId);

/** [speaker name or description, text] per statement, in order. */
export const said = (doc: ExtractionDocument) =>
  doc.statements.map((s) => [speakerName(doc, s) ?? s.speakerDescription ?? null, s.text]);

export const typeOf = (doc: ExtractionDocument, name: string) => byName(doc, name)?.type ?? null;
