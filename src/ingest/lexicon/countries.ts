/**
 * Countries from the maintained `world-countries` gazetteer: names, alternative spellings,
 * demonyms and capitals, keyed by ISO 3166-1 alpha-3.
 */
import worldCountries, { type Country } from 'world-countries';

// A CommonJS JSON module: under NodeNext its default import is the array itself at run time.
const countries = worldCountries as unknown as Country[];

export interface CountryInfo {
  id: string;
  code: string;
  name: string;
  /** Names that denote the country itself. */
  names: string[];
  demonyms: string[];
  capitals: string[];
}

/** Names in everyday news use that the gazetteer lacks (former or short names). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'US', 'America', 'the United States', 'United States of America'],
  GBR: ['U.K.', 'UK', 'Britain'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  MMR: ['Burma'],
  CIV: ['Ivory Coast'],
  NLD: ['Holland'],
  PRK: ['North Korea'],
  KOR: ['South Korea'],
  COD: ['DR Congo', 'DRC'],
  PSE: ['Palestinian territories'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = { USA: ['US', 'U.S.'], GBR: ['UK', 'U.K.'] };
/** The adjective today's news uses, where the gazetteer's first one is dated ("Kirghiz", "Burmese"). */
const PREFERRED_DEMONYM: Record<string, string> = {
  KGZ: 'Kyrgyz',
  MMR: 'Myanmar',
  TUR: 'Turkish',
  CZE: 'Czech',
};
/** Older spellings of capitals that news still uses. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  UKR: ['Kiev'],
  IND: ['Delhi'],
  MMR: ['Yangon', 'Rangoon'],
};
/** Two-letter codes are mostly noise in text ("TT", "AP"); only these are country names. */
const TWO_LETTER_OK = new Set(['US', 'UK']);

function clean(name: string) {
  return name.replace(/\s+D\.C\.$/, '').trim();
}

export const COUNTRIES: CountryInfo[] = countries
  .filter((c) => c.independent !== false || ['PSE', 'TWN', 'XKX', 'HKG'].includes(c.cca3))
  .map((c) => {
    const code = c.cca3;
    const names = new Set<string>([c.name.common, c.name.official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2}$/.test(alt) && !TWO_LETTER_OK.has(alt)) continue;
      if (/[^\p{Script=Latin}\s.,'’()-]/u.test(alt)) continue; // native scripts never appear in English news
      if (alt.includes(',')) continue; // "Iran, Islamic Republic of": a catalogue form
      names.add(alt);
    }
    const singular = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    // Plurals name the people ("Iranians"): still a mention of the country.
    const plural = singular.filter((d) => /[aeinor]$/.test(d) || /i$/.test(d)).map((d) => `${d}s`);
    const preferred = PREFERRED_DEMONYM[code];
    const demonyms = new Set<string>([
      ...(preferred ? [preferred] : []),
      ...singular,
      ...plural,
      ...(EXTRA_DEMONYMS[code] ?? []),
    ]);
    return {
      id: `cty_${code.toLowerCase()}`,
      code,
      name: c.name.common,
      names: [...names].filter((n) => n.length > 1),
      demonyms: [...demonyms],
      capitals: [...(c.capital ?? []).map(clean), ...(EXTRA_CAPITALS[code] ?? [])].filter(Boolean),
    };
  });

export const COUNTRY_BY_ID = new Map(COUNTRIES.map((c) => [c.id, c]));
