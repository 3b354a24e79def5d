/**
 * Articles to an ExtractionDocument, in five steps over the whole corpus:
 *   1. text:      each article read once into tokens, sentences and quotations (text/);
 *   2. names:     every name with its evidence, and one decision per name (entities/);
 *   3. mentions:  names resolved to entities, one per real-world thing across the corpus;
 *   4. statements: cues, the clause grammar, speakers, quote runs and topics (attribution/);
 *   5. events:    triggers per sentence, their roles, dates and figures, one node per event (events/).
 * Pure and deterministic: the same articles give the same document, and ids derive from stable
 * parts (names, the article id, character offsets), never from positions in the corpus.
 */
import type { ArticleDoc, ExtractionDocument, MentionDoc, StatementDoc } from '../domain/document.js';
import { attributeArticle } from './attribution/attribute.js';
import { classifyNames, type KnownEntity } from './entities/classify.js';
import { placeRegions, resolveMentions, type Mention } from './entities/mentions.js';
import { marginPlaces } from './entities/margin-places.js';
import { commonWords, findNames } from './entities/names.js';
import { EntityRegistry } from './entities/registry.js';
import { extractEvents } from './events/extract-events.js';
import { stableHash } from './ids.js';
import { readArticleText } from './text/article-text.js';
import { fold, slug } from './text/fold.js';

export interface ExtractOptions {
  /**
   * Entities the graph already holds, for incremental ingestion: names in the new articles resolve
   * to them (same ids, since ids derive from canonical names).
   */
  known?: readonly KnownEntity[];
}

export function extract(articles: ArticleDoc[], options: ExtractOptions = {}): ExtractionDocument {
  const texts = articles.map((a) => readArticleText(a.paragraphs));
  const common = commonWords(texts);
  const candidates = texts.map((t) => findNames(t, common));
  const { people, decisions } = classifyNames(candidates, options.known);
  const registry = new EntityRegistry();
  const regions = placeRegions(texts, candidates, decisions);
  const mentions: Mention[][] = texts.map((t, i) =>
    resolveMentions(t, candidates[i]!, decisions[i]!, registry, regions),
  );

  // A person's every spelling, and the surname alone where it is theirs only, are aliases.
  for (const cluster of people.clusters) {
    const id = `per_${slug(cluster.name)}`;
    if (!registry.entities.has(id)) continue;
    for (const variant of cluster.variants.keys()) {
      registry.person(cluster.name, variant, 'spelling');
      const surname = variant.split(' ').at(-1)!;
      if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(surname)) continue;
      if (people.resolve(surname) === cluster) registry.person(cluster.name, surname, 'surname');
    }
  }

  const captioned = marginPlaces(articles, common, candidates, decisions, registry);
  const statements: StatementDoc[] = [];
  const mentionCounts = new Map<string, number>();
  articles.forEach((article, i) => {
    for (const m of mentions[i]!) {
      // ("an Australian bowler": an adjective names no country; the article does not mention it.)
      if (m.via === 'demonym') continue;
      const key = `${article.id}\u0000${m.entityId}`;
      mentionCounts.set(key, (mentionCounts.get(key) ?? 0) + 1);
    }
    for (const [id, n] of captioned[i]!) {
      const key = `${article.id}\u0000${id}`;
      mentionCounts.set(key, (mentionCounts.get(key) ?? 0) + n);
    }
    const seen = new Set<string>();
    for (const d of attributeArticle(texts[i]!, mentions[i]!, registry)) {
      const speakers: (string | null)[] = d.speaker.entityIds.length ? d.speaker.entityIds : [null];
      for (const speakerId of speakers) {
        const spanKey = d.spans.map((s) => `${s.start}-${s.end}`).join(',');
        const id = `stm_${stableHash(`${article.id}\u0000${spanKey}\u0000${speakerId ?? d.speaker.description ?? ''}`)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        statements.push({
          id,
          articleId: article.id,
          speakerId,
          ...(d.speaker.description ? { speakerDescription: d.speaker.description } : {}),
          text: d.text,
          kind: d.kind,
          cue: d.cue,
          negated: d.negated,
          ...(d.stance ? { stance: d.stance } : {}),
          medium: d.medium,
          aboutIds: d.aboutIds.filter((a) => a !== speakerId),
          paragraph: d.paragraph,
          spans: d.spans,
        });
      }
    }
  });

  const { events, about } = extractEvents(articles, texts, mentions, registry, statements);
  for (const s of statements) if (about.has(s.id)) s.eventIds = about.get(s.id);
  // Each alias with the articles that write it for its entity.
  const written = new Map<string, Set<string>>();
  const named = new Set<string>();
  articles.forEach((article, i) => {
    for (const m of mentions[i]!) {
      named.add(m.entityId);
      const key = `${m.entityId}\u0000${fold(m.text.replace(/^the\s+/i, ''))}`;
      written.set(key, (written.get(key) ?? new Set()).add(article.id));
    }
  });
  registry.finishAliases(
    (id, folded) => [...(written.get(`${id}\u0000${folded}`) ?? [])],
    (id) => named.has(id),
  );
  // A place links to its country only where that country is in the graph.
  for (const e of registry.entities.values())
    if (e.locatedIn && !registry.entities.has(e.locatedIn)) delete e.locatedIn;
  const mentionDocs: MentionDoc[] = [...mentionCounts].map(([key, count]) => {
    const [articleId, entityId] = key.split('\u0000') as [string, string];
    return { articleId, entityId, count };
  });
  // An article mentions each event it reports, once per sentence reporting it.
  for (const e of events) {
    for (const articleId of e.articleIds) {
      mentionDocs.push({
        articleId,
        entityId: e.id,
        count: Math.max(1, e.mentions.filter((m) => m.articleId === articleId).length),
      });
    }
  }
  return { articles, entities: [...registry.entities.values()], mentions: mentionDocs, statements, events };
}
