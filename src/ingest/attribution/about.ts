/**
 * What a statement is about: the entities its content names, and the people, organisations and
 * countries its third-person pronouns refer to; never its own speaker, nor an outlet that merely
 * carried it. Nothing is added by default: a statement that names nobody is about nobody. Pure.
 */
import type { Mention } from '../entities/mentions.js';
import { PRONOUNS } from '../lexicon/words.js';
import type { ArticleText } from '../text/article-text.js';
import type { Discourse } from './coreference.js';

export function aboutOf(
  article: ArticleText,
  mentions: Mention[],
  content: [number, number][],
  speakerIds: string[],
  discourse: Discourse,
): string[] {
  const out = new Set<string>();
  const speakers = new Set(speakerIds);
  for (const [a, b] of content) {
    for (const m of mentions) {
      if (m.tokenStart < a || m.tokenEnd > b) continue;
      if (m.medium || m.kind === 'place') continue;
      out.add(m.entityId);
    }
    // Third-person pronouns, in reported speech and in quotations alike ("She is a liar," he said).
    for (let i = a; i < b; i++) {
      const w = article.tokens[i]!;
      if (w.kind !== 'word') continue;
      const p = PRONOUNS[w.lower];
      if (!p || p.gender === 'any' || p.gender === 'neuter') continue;
      const id = discourse.antecedentWithin(w.lower, a, i) ?? discourse.resolvePronoun(w.lower, i);
      if (id) out.add(id);
    }
  }
  for (const id of speakers) out.delete(id);
  return [...out];
}
