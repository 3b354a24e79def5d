/**
 * The parts of personal names that are not capitalised words: particles between given and family
 * names ("Ursula von der Leyen", "Jan de Wit") and generational suffixes ("Jr.").
 */

export const NAME_PARTICLES = new Set(
  `de da do dos das di du del della der den van von la le al el es bin ibn bint ben ter ten y af zu`.split(
    /\s+/,
  ),
);

export const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

/**
 * Endings that mark a family name in many languages (Romanian -escu/-eanu, Slavic -ov/-enko/-ski,
 * Georgian -shvili/-dze, Greek -opoulos, Armenian -yan, Turkish -oglu): a lone word so ending
 * that speaks is more likely a person than a company. (-son and -sen are left out: many companies.)
 */
export const SURNAME_ENDINGS =
  `escu eanu ov ova ev eva enko chenko uk yuk ski ska sky wicz vich ovic evic shvili dze
  opoulos akis idis yan ian oglu`.split(/\s+/);

/** Last words of names that denote laws, treaties and plans: no entity of the graph. */
export const DOCUMENT_NAME_HEADS = new Set(
  `Act Regulation Regulations Treaty Agreement Accord Accords Convention Protocol Directive Amendment Doctrine
  Law Bill Charter Declaration Pact Resolution Constitution Code Compact Index Award Prize Cup Games`.split(
    /\s+/,
  ),
);

/**
 * Words of affiliation, faith or origin that end descriptions, not names: "the Wyoming Republican",
 * "a Virginia Democrat", "Jewish voters".
 */
export const AFFILIATION_WORDS = new Set(
  `Republican Republicans Democrat Democrats Democratic Independent Independents Libertarian Libertarians
  Conservative Conservatives Liberal Liberals Socialist Socialists Progressive Progressives Evangelical
  Evangelicals Jewish Muslim Muslims Christian Christians Catholic Catholics Protestant Protestants Hindu
  Hindus Buddhist Buddhists Sikh Sikhs Mormon Mormons Latino Latinos Latina Hispanic Hispanics Asian
  Asians African Africans Arab Arabs European Europeans`.split(/\s+/),
);
