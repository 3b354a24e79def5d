/**
 * What a name is (a person, an organisation, a country, a place, or nothing we keep) is decided
 * once, from typed evidence gathered wherever the name occurs in the corpus. This table is that
 * decision's priorities: each kind of evidence votes for one kind of thing with a written-down
 * weight. Stronger evidence wins; the votes of every occurrence of a name add up, so a name shown
 * to be a company in one paragraph is a company in all of them.
 */

export type NameKind = 'person' | 'organization' | 'country' | 'place' | 'none';

export const EVIDENCE = {
  /** Listed in the gazetteer as a country, an organisation or a region. */
  gazetteerCountry: { kind: 'country', weight: 1000 },
  gazetteerOrganization: { kind: 'organization', weight: 1000 },
  gazetteerRegion: { kind: 'place', weight: 1000 },
  /** A capital used as a place ("in Kyiv"); used as a government it is its country (see mentions). */
  capitalAsPlace: { kind: 'place', weight: 1000 },
  /** The graph already holds an entity of this name (incremental ingestion). */
  inGraphPerson: { kind: 'person', weight: 900 },
  inGraphOrganization: { kind: 'organization', weight: 900 },
  inGraphPlace: { kind: 'place', weight: 900 },
  /** "Storm Eowyn": a named storm is no person. */
  storm: { kind: 'none', weight: 500 },
  /** "Education minister NAME": a portfolio opening a title is no entity. */
  portfolio: { kind: 'none', weight: 200 },
  /** "the General Data Protection Regulation": a law, a treaty or a plan is no entity here. */
  documentHead: { kind: 'none', weight: 70 },
  /** "the Wyoming Republican", "Jewish": ends in a word of affiliation, faith or origin. */
  affiliation: { kind: 'none', weight: 35 },
  /** "the Great Recession": every word one the corpus writes in lower case. */
  commonWordsOnly: { kind: 'none', weight: 20 },
  /** "the Crimean peninsula": a capitalised adjective before a common noun is no name. */
  adjective: { kind: 'none', weight: 30 },
  /** "Mr.", "Mrs.": only people have honorifics. */
  honorific: { kind: 'person', weight: 80 },
  /** The name is one the corpus gives a person in full (a surname alone, "Okafor said"). */
  knownPerson: { kind: 'person', weight: 70 },
  /** Last word is an organisation head: "… Ministry", "… Party", "… Inc.". */
  organizationHead: { kind: 'organization', weight: 60 },
  /** Last word names a site: "… Hospital", "… Airport" (a place; one that speaks is an organisation). */
  siteHead: { kind: 'place', weight: 120 },
  /** Last word is a place head: "… City", "… Province", "… Square". */
  placeHead: { kind: 'place', weight: 60 },
  /** A person's title right before it: "President …", "spokeswoman …". */
  titleBefore: { kind: 'person', weight: 50 },
  /** First word is a known given name: "Maria …". */
  givenName: { kind: 'person', weight: 40 },
  /** A class noun right before it: "the automaker …", "postal company …". */
  classNounBefore: { kind: 'organization', weight: 40 },
  /** Apposition with a class noun: "…, a Chicago-based company,". */
  appositionOrganization: { kind: 'organization', weight: 40 },
  /** Apposition with a role: "…, a spokesman for the ministry,". */
  appositionRole: { kind: 'person', weight: 40 },
  /** A country's division named after it, or after a list it ends: "Cauca province", "the X and Y regions". */
  divisionNoun: { kind: 'place', weight: 60 },
  /** A place noun around it: "the port city of …", "… province". */
  placeNoun: { kind: 'place', weight: 40 },
  /** "the city of X, Country": a name followed by a comma and a country or region. */
  placeBeforeCountry: { kind: 'place', weight: 35 },
  /** Someone's role in it: "… striker NAME", "… spokesman NAME", "analyst at …". */
  roleOwner: { kind: 'organization', weight: 30 },
  workplace: { kind: 'organization', weight: 45 },
  /** "…-based": a place. */
  basedIn: { kind: 'place', weight: 30 },
  /** Relative pronouns: "…, who said" / "…, which said". */
  relativeWho: { kind: 'person', weight: 12 },
  relativeWhich: { kind: 'organization', weight: 15 },
  /** After a locative preposition: "in …", "near …". */
  locative: { kind: 'place', weight: 15 },
  /** "the …": people take no article; organisations and places do. */
  definiteArticle: { kind: 'organization', weight: 4 },
  /** "the … reported", "the …,": the article before a whole name, not before a modified noun. */
  definiteArticleWhole: { kind: 'organization', weight: 6 },
  /** "the Denver Nuggets": "the" and a plural last word, a team or a group. */
  pluralAfterArticle: { kind: 'organization', weight: 20 },
  /** A word in capitals inside a longer name: "TAP Air Portugal" (people's names hold none). */
  acronymInside: { kind: 'organization', weight: 45 },
  /** A capital inside a word: "MarAfrica", "PayPal" (people's names: "McDonald" excepted). */
  innerCapital: { kind: 'organization', weight: 45 },
  /** A political group's noun right after it: "the Freedom and Progress party". */
  classNounAfter: { kind: 'organization', weight: 45 },
  /** An acronym: "NEMA", "KDF". */
  acronym: { kind: 'organization', weight: 10 },
  /** A single name that speaks and is nobody's surname ("Kovara said"): organisations speak so. */
  speaksAlone: { kind: 'organization', weight: 8 },
  /** A lone word with a family name's ending ("Dragomirescu said", "Petrenko said"). */
  surnameEnding: { kind: 'person', weight: 10 },
  /** A common word inside the name ("the HP Way"): outweighs the bare shape of a name only. */
  commonWordInside: { kind: 'none', weight: 6 },
  /** Five capitalised words or more and nothing else known: a headline or a title in title case. */
  longRun: { kind: 'none', weight: 5 },
  /** Two to four capitalised words and nothing else known: most often a person's name. */
  nameShape: { kind: 'person', weight: 5 },
} as const satisfies Record<string, { kind: NameKind; weight: number }>;

export type EvidenceReason = keyof typeof EVIDENCE;

/** Total weight per kind; a tie goes to the kind listed first here. */
const TIE_ORDER: NameKind[] = ['country', 'organization', 'place', 'person', 'none'];

/** Votes below this total leave a name undecided (not kept as an entity). */
export const MIN_WEIGHT = 5;

export function decideKind(reasons: Iterable<EvidenceReason>): { kind: NameKind; weight: number } | null {
  const totals = new Map<NameKind, number>();
  for (const r of reasons) {
    const e = EVIDENCE[r];
    totals.set(e.kind, (totals.get(e.kind) ?? 0) + e.weight);
  }
  let best: { kind: NameKind; weight: number } | null = null;
  for (const kind of TIE_ORDER) {
    const w = totals.get(kind) ?? 0;
    if (w >= MIN_WEIGHT && (!best || w > best.weight)) best = { kind, weight: w };
  }
  return best;
}
