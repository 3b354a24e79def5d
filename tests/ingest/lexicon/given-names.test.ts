import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_GIVEN_NAME_LISTS,
  AMBIGUOUS_GIVEN_NAMES,
  GIVEN_NAME_LISTS,
  GIVEN_NAMES,
  ambiguousGivenNameGender,
  foldGivenName,
  givenNameGender,
  type GivenNameGender,
} from '../../../src/ingest/lexicon/given-names.js';

type Lists = Readonly<Record<GivenNameGender, readonly string[]>>;

/** Names that fold to the same key as an earlier name in the same list. */
function duplicatesWithin(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((name) => {
    const key = foldGivenName(name);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

describe('givenNameGender', () => {
  it('finds a name with or without its diacritics, in any case', () => {
    for (const spelling of ['José', 'Jose', 'JOSÉ', 'jose']) expect(givenNameGender(spelling)).toBe('m');
    for (const spelling of ['Łukasz', 'Lukasz', 'ŁUKASZ']) expect(givenNameGender(spelling)).toBe('m');
    for (const spelling of ['Søren', 'Soren']) expect(givenNameGender(spelling)).toBe('m');
    for (const spelling of ['Barış', 'Baris']) expect(givenNameGender(spelling)).toBe('m');
    for (const spelling of ['Zoé', 'Zoe']) expect(givenNameGender(spelling)).toBe('f');
    expect(givenNameGender('Anaïs')).toBe('f');
    expect(givenNameGender('Anais')).toBe('f');
  });

  it('knows transliteration variants and names from many cultures', () => {
    for (const name of ['Oleksandr', 'Aleksandr', 'Alexander', 'Serhiy', 'Sergei', 'Dmytro', 'Dmitry'])
      expect(givenNameGender(name)).toBe('m');
    for (const name of ['Mohammed', 'Muhammad', 'Mohamed', 'Ahmad', 'Chinedu', 'Hiroshi'])
      expect(givenNameGender(name)).toBe('m');
    for (const name of ['Fatima', 'Zahra', 'Oksana', 'Ngozi', 'Priya', 'Yael'])
      expect(givenNameGender(name)).toBe('f');
    expect(givenNameGender('Jean-Pierre')).toBe('m');
  });

  it('says unisex for names given to both men and women', () => {
    for (const name of ['Alex', 'Jean', 'Andrea', 'Kim', 'Li', 'Robin']) {
      expect(givenNameGender(name)).toBe('u');
    }
  });

  it('computes unisex for a name that two cultures give to different genders', () => {
    // Italian Daniele (m) and French Danièle (f) fold to one key.
    expect(GIVEN_NAME_LISTS.m).toContain('Daniele');
    expect(GIVEN_NAME_LISTS.f).toContain('Danièle');
    expect(givenNameGender('Daniele')).toBe('u');
    const female = new Set(GIVEN_NAME_LISTS.f.map(foldGivenName));
    const both = GIVEN_NAME_LISTS.m.map(foldGivenName).filter((key) => female.has(key));
    expect(both.length).toBeGreaterThan(0);
    for (const key of both) expect(GIVEN_NAMES.get(key)).toBe('u');
  });

  it('returns null for words that are not given names', () => {
    for (const word of ['Parliament', 'Tuesday', 'ministry', '', 'the']) {
      expect(givenNameGender(word)).toBeNull();
    }
  });
});

describe('ambiguous given names', () => {
  it('keeps names that are also common words or places out of the main table', () => {
    expect(givenNameGender('Will')).toBeNull();
    expect(ambiguousGivenNameGender('Will')).toBe('m');
    expect(givenNameGender('Georgia')).toBeNull();
    expect(ambiguousGivenNameGender('georgia')).toBe('f');
    expect(givenNameGender('Jordan')).toBeNull();
    expect(ambiguousGivenNameGender('JORDAN')).toBe('u');
    expect(ambiguousGivenNameGender('Oksana')).toBeNull();
  });

  it('shares no key with the main table', () => {
    const shared = [...AMBIGUOUS_GIVEN_NAMES.keys()].filter((key) => GIVEN_NAMES.has(key));
    expect(shared).toEqual([]);
  });
});

describe('table sanity', () => {
  it('holds between 1,500 and 2,500 names, ambiguous ones included', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThanOrEqual(1500);
    expect(GIVEN_NAMES.size + AMBIGUOUS_GIVEN_NAMES.size).toBeLessThanOrEqual(2500);
  });

  it('keys every name by its folded form: plain lower-case letters, hyphens between parts', () => {
    for (const table of [GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES]) {
      for (const key of table.keys()) {
        expect(foldGivenName(key)).toBe(key);
        expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      }
    }
  });

  it('lists no name twice within one list', () => {
    for (const lists of [GIVEN_NAME_LISTS, AMBIGUOUS_GIVEN_NAME_LISTS] as Lists[]) {
      for (const gender of ['m', 'f', 'u'] as const) expect(duplicatesWithin(lists[gender])).toEqual([]);
    }
  });

  it('catches a duplicate that differs only in diacritics', () => {
    expect(duplicatesWithin(['José', 'Ana', 'Jose'])).toEqual(['Jose']);
  });
});
