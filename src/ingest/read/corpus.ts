/**
 * A corpus from articles read one file (or batch) at a time: the same id loads once, and the same
 * text under another id is marked as a copy of the first. Keeps only ids and hashes, so that it
 * can follow a corpus of any size.
 */
import type { ArticleDoc, ProblemDoc, SourceRef } from '../../domain/document.js';
import { note } from './draft.js';

const where = (origin: SourceRef | undefined) => (origin ? `${origin.file}:${origin.line}` : 'earlier');

export class CorpusAssembler {
  private readonly byId = new Map<string, { origin?: SourceRef; contentHash?: string }>();
  private readonly firstWithText = new Map<string, string>();

  /** The articles to keep, in order, and notes about the ones dropped as duplicates. */
  add(articles: ArticleDoc[]): { articles: ArticleDoc[]; problems: ProblemDoc[] } {
    const kept: ArticleDoc[] = [];
    const problems: ProblemDoc[] = [];
    for (const article of articles) {
      const first = this.byId.get(article.id);
      if (first) {
        const at = {
          file: article.origin?.file ?? '',
          line: article.origin?.line ?? 0,
          article: article.title,
        };
        const same = article.url ? 'the same URL' : 'the same text';
        const differs = first.contentHash !== article.contentHash ? ', with different text' : '';
        problems.push({
          ...note(at, `${same} as the article at ${where(first.origin)}${differs}: loaded once, the first`),
          duplicate: true,
        });
        continue;
      }
      this.byId.set(article.id, { origin: article.origin, contentHash: article.contentHash });
      if (article.contentHash) {
        const original = this.firstWithText.get(article.contentHash);
        if (original) kept.push({ ...article, copyOf: original });
        else {
          this.firstWithText.set(article.contentHash, article.id);
          kept.push(article);
        }
      } else {
        kept.push(article);
      }
    }
    return { articles: kept, problems };
  }
}

/** One batch as a whole corpus. */
export const assembleCorpus = (articles: ArticleDoc[]) => new CorpusAssembler().add(articles);
