/** What a reader hands on: article drafts and problems. The finishing step makes ArticleDocs of them. */
import type { ArticleDoc, ProblemDoc, ProblemSeverity, SourceRef } from '../../domain/document.js';

/** An article as a reader found it, before cleanup, dateline, dates and identity. */
export type ArticleDraft = Pick<ArticleDoc, 'title' | 'paragraphs'> &
  Partial<Pick<ArticleDoc, 'captions' | 'subheadings' | 'url' | 'source'>> & {
    origin: SourceRef;
    /** 1-based position of the record in a JSON array or of the item in a feed. */
    record?: number;
    /** The publication date as the input's metadata gave it (any written form); null when absent. */
    published?: unknown;
    /** 1-based input line of each paragraph, where the input has lines. */
    paragraphLines?: number[];
  };

export interface ReadResult {
  drafts: ArticleDraft[];
  problems: ProblemDoc[];
}

export type Reader = (content: string, file: string) => ReadResult;

export interface ProblemAt {
  file: string;
  line: number;
  record?: number;
  article?: string;
}

export const problem = (severity: ProblemSeverity, at: ProblemAt, message: string): ProblemDoc => ({
  file: at.file,
  line: at.line,
  severity,
  ...(at.record !== undefined ? { record: at.record } : {}),
  ...(at.article !== undefined ? { article: at.article } : {}),
  message,
});

export const error = (at: ProblemAt, message: string) => problem('error', at, message);
export const warning = (at: ProblemAt, message: string) => problem('warning', at, message);
export const note = (at: ProblemAt, message: string) => problem('note', at, message);

export const truncate = (s: string, max = 60) => (s.length > max ? s.slice(0, max - 3) + '…' : s);

/** One line: `file:line: severity: [record N: ][article "…": ]message` (no line when it is unknown). */
export function formatProblem(p: ProblemDoc): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const record = p.record !== undefined ? `record ${p.record}: ` : '';
  const article = p.article !== undefined ? `article "${truncate(p.article)}": ` : '';
  return `${where}: ${p.severity}: ${record}${article}${p.message}`;
}

/** "2 errors, 1 warning, 0 notes". */
export function countProblems(problems: ProblemDoc[]): string {
  const count = (severity: ProblemSeverity) => problems.filter((p) => p.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    plural(count('error'), 'error'),
    plural(count('warning'), 'warning'),
    plural(count('note'), 'note'),
  ].join(', ');
}
