/**
 * The headline read for events: its tokens, and mentions of the entities the article's body names
 * (matched in any case, since headlines capitalise every word) or that the gazetteer knows
 * (countries, demonyms, capitals). A headline only points to entities the body introduced, so it
 * never adds one of its own. Pure.
 */
import type { Mention } from '../entities/mentions.js';
import type { EntityRegistry } from '../entities/registry.js';
import { NAMES } from '../lexicon/gazetteer.js';
import { slug } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Longest body mention written at token i of the headline, in any case: its end and mention. */
function knownAt(
  tokens: readonly Token[],
  i: number,
  known: ReadonlyMap<string, Mention>,
  longest: number,
): { end: number; value: Mention } | null {
  let key = '';
  let best: { end: number; value: Mention } | null = null;
  for (let k = i; k < Math.min(tokens.length, i + longest); k++) {
    key += (k > i ? ' ' : '') + tokens[k]!.lower;
    const m = known.get(key);
    if (m) best = { end: k + 1, value: m };
  }
  return best;
}

export function readHeadline(
  title: string,
  body: readonly Mention[],
  registry: EntityRegistry,
): { tokens: Token[]; mentions: Mention[] } {
  const tokens = tokenize(title);
  const known = new Map<string, Mention>();
  const words = new Set(tokens.map((t) => t.lower));
  let longest = 1;
  const seen = new Set<string>();
  for (const m of body) {
    if (seen.has(m.text)) continue;
    seen.add(m.text);
    const surface = /^the /i.test(m.text) ? m.text.slice(4) : m.text;
    // Only names whose first word the headline holds can be in it.
    const space = surface.indexOf(' ');
    if (surface.length < 2 || !words.has((space < 0 ? surface : surface.slice(0, space)).toLowerCase()))
      continue;
    const key = surface.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    known.set(key, m);
    longest = Math.max(longest, key.split(' ').length);
  }
  const mentions: Mention[] = [];
  const locative = (i: number) => /^(?:in|near|at|outside)$/i.test(tokens[i - 1]?.text ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const k = knownAt(tokens, i, known, longest);
    const g = NAMES.matchAt(tokens, i);
    const end = Math.max(k?.end ?? 0, g?.end ?? 0);
    if (!end) continue;
    let entityId: string | null = null;
    let kind: Mention['kind'] = 'country';
    let via: Mention['via'];
    if (k && k.end === end) {
      entityId = k.value.entityId;
      kind = k.value.kind;
      via = k.value.via;
    } else if (g) {
      const e = g.value;
      if (e.type === 'country' || e.type === 'demonym') {
        entityId = e.countryId;
        via = e.type === 'demonym' ? 'demonym' : 'name';
      } else if (e.type === 'capital' || e.type === 'region') {
        const place = `plc_${slug(e.name)}`;
        if ((locative(i) || e.type === 'region') && registry.entities.has(place)) {
          entityId = place;
          kind = 'place';
        } else if (e.type === 'capital') {
          entityId = e.countryId;
          via = 'capital';
        }
      }
    }
    if (entityId && registry.entities.has(entityId)) {
      const first = tokens[i]!;
      const last = tokens[end - 1]!;
      mentions.push({
        entityId,
        kind,
        tokenStart: i,
        tokenEnd: end,
        start: first.start,
        end: last.end,
        sentence: -1,
        quoted: false,
        text: title.slice(first.start, last.end),
        speaks: false,
        ...(via ? { via } : {}),
      });
    }
    i = end - 1;
  }
  return { tokens, mentions };
}
