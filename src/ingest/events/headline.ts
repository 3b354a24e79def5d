/**
 * The main event of each article, from trigger words in its headline and lead, with the countries
 * and organisations of the lead as participants and its places as where. (Per-sentence events come
 * with issue 12.) Pure.
 */
import type { ArticleDoc, EventDoc } from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import type { EntityRegistry } from '../entities/registry.js';
import { stableHash } from '../ids.js';
import { findEventTrigger } from './triggers.js';

export function headlineEvents(articles: ArticleDoc[], mentions: Mention[][], registry: EntityRegistry): EventDoc[] {
  const events: EventDoc[] = [];
  articles.forEach((article, i) => {
    const trigger = findEventTrigger(article.title, article.paragraphs[0] ?? '');
    if (!trigger) return;
    const lead = mentions[i]!.filter((m) => m.sentence === 0 || m.start < (article.paragraphs[0]?.length ?? 0));
    const participants = new Set<string>();
    const places = new Set<string>();
    for (const m of lead) {
      if (m.kind === 'country' || m.kind === 'organization') participants.add(m.entityId);
      else if (m.kind === 'place') places.add(m.entityId);
    }
    const where = [...participants].find((id) => id.startsWith('cty_'));
    const name = `${trigger.label}${where ? ` (${registry.entities.get(where)!.name})` : ''}: ${article.title}`;
    events.push({
      id: `evt_${stableHash(`${article.id}\u0000${trigger.label}`)}`,
      name,
      date: article.publishedAt,
      participantIds: [...participants],
      placeIds: [...places],
      articleIds: [article.id],
    });
  });
  return events;
}
