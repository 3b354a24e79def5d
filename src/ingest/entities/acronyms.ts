/**
 * Acronyms defined in the text: "the National Emergency Management Agency (NEMA)". An acronym
 * counts only when its letters are the initials of the name before it (function words may be
 * skipped, hyphenated words give one letter per part), so that "(AP)" after a caption or "(2024)"
 * define nothing. Pure.
 */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'to', '&']);

/** Does `acronym` spell the initials of `name` (or of a tail of it)? Returns the tail that does. */
export function expansionOf(name: string, acronym: string): string | null {
  const words = name.split(/\s+/);
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(words.length - k);
    if (FUNCTION_WORDS.has(tail[0]!.toLowerCase())) continue;
    const initials = tail
      .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
      .flatMap((w) => w.split('-').filter(Boolean))
      .map((w) => w[0]!.toUpperCase())
      .join('');
    const withAll = tail.map((w) => w[0]!.toUpperCase()).join('');
    if (initials === acronym || withAll === acronym) return tail.join(' ');
  }
  return null;
}
