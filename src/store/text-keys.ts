/** Fold a name for lookups: lower case, no diacritics, straight apostrophes, single spaces. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a text, folded, for full-text indexing and querying. */
export function foldWords(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const MIN_PREFIX = 3;

/**
 * The indexed search text: folded words plus their prefixes from three letters, so that the
 * engines' whole-word full-text indexes also match word beginnings ("lindq" finds "Lindqvist").
 */
export function searchText(text: string, withPrefixes = true): string {
  const words = foldWords(text);
  if (!withPrefixes) return words.join(' ');
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    for (let n = MIN_PREFIX; n < word.length; n++) out.add(word.slice(0, n));
  }
  return [...out].join(' ');
}
