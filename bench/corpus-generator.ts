/**
 * A deterministic synthetic news corpus in the outlet format (headline, duplicated captions with a
 * credit and a date, the TT marker, subheadings, paragraphs), with invented people, countries and
 * organisations, and every kind of statement the extractor handles. Same seed, same corpus.
 */
import { MONTH_NAMES } from '../src/ingest/lexicon/words.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Maria',
  'Tunde',
  'Aiko',
  'Lena',
  'Pablo',
  'Ines',
  'Oksana',
  'Dmitriy',
  'Samuel',
  'Astrid',
  'Karim',
  'Noor',
  'Hugo',
  'Freya',
  'Mateo',
  'Yara',
  'Emil',
  'Leila',
  'Tomas',
  'Ayumi',
  'Bruno',
  'Greta',
  'Omar',
  'Sofia',
  'Viktor',
  'Amara',
  'Jonas',
  'Rania',
  'Felix',
  'Zara',
];
const LAST = [
  'Lindqvist',
  'Okafor',
  'Tanaka',
  'Brandt',
  'Ortega',
  'Moreau',
  'Melnyk',
  'Volkonsky',
  'Zaretsky',
  'Kovalsky',
  'Otieno',
  'Berg',
  'Haddad',
  'Rahimi',
  'Lefevre',
  'Nygaard',
  'Castillo',
  'Mansour',
  'Kowalczyk',
  'Farouk',
  'Novak',
  'Sato',
  'Costa',
  'Halvorsen',
  'Aziz',
  'Ricci',
  'Petrenko',
  'Mensah',
  'Weber',
  'Khalil',
  'Richter',
  'Osei',
];
const COUNTRIES: [name: string, demonym: string, capital: string][] = [
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Ghana', 'Ghanaian', 'Accra'],
  ['Peru', 'Peruvian', 'Lima'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Brazil', 'Brazilian', 'Brasília'],
  ['India', 'Indian', 'New Delhi'],
];
const TITLES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Defense Minister',
  'Finance Minister',
  'Mayor',
  'Governor',
];
const ORGS = [
  'the United Nations',
  'NATO',
  'the European Union',
  'the World Bank',
  'the Red Cross',
  'Amnesty International',
];
const COMPANIES = ['Norvolt', 'Kestra', 'Valmora', 'Tridane', 'Orvessa', 'Lumicor'];
const TOPICS = [
  'the border dispute',
  'fishing quotas',
  'the gas pipeline',
  'grain exports',
  'the peace talks',
  'new tariffs',
  'the port strike',
];
const MONTHS = MONTH_NAMES;

/** The whole corpus in memory, for benchmarks of a few thousand articles (originals only). */
export function generateCorpus(articles: number, seed = 42): string[] {
  return [...generateArticles(articles, seed)].flatMap((item) => ('text' in item ? [item.text] : []));
}

const OUTLETS = ['Harbour Daily', 'The Northern Ledger', 'Coastline Post', 'Metro Wire', 'Evening Courier'];
/** One article in twenty is a syndicated copy: another outlet republishing the last one word for word. */
const SYNDICATED_EVERY = 20;

/** An article in the outlet's plain-text format, or a syndicated copy as a JSON Lines record. */
export type GeneratedArticle =
  | { text: string }
  | { copy: { title: string; text: string; url: string; source: string; publishedAt: string } };

/** Articles one at a time, for corpora too large to hold (100k articles). */
export function* generateArticles(articles: number, seed = 42): Generator<GeneratedArticle> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // A cast of people reused across articles, so names repeat and surnames must resolve.
  const cast = Array.from({ length: Math.max(20, Math.floor(articles / 4)) }, (_, i) => ({
    first: FIRST[i % FIRST.length]!,
    last:
      LAST[Math.floor(i / FIRST.length) % LAST.length]! +
      (i >= FIRST.length * LAST.length ? String.fromCharCode(97 + (i % 26)) : ''),
    title: pick(TITLES),
    country: pick(COUNTRIES),
  }));
  let last: Extract<GeneratedArticle, { copy: unknown }>['copy'] | null = null;
  for (let n = 0; n < articles; n++) {
    if (last && n % SYNDICATED_EVERY === SYNDICATED_EVERY - 1) {
      const outlet = OUTLETS[n % OUTLETS.length]!;
      yield {
        copy: {
          ...last,
          url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/news/${n}`,
          source: outlet,
        },
      };
      continue;
    }
    const a = pick(cast);
    let b = pick(cast);
    if (b === a) b = cast[(cast.indexOf(a) + 1) % cast.length]!;
    // Now and then a transliteration variant of a surname ("Volkonsky" / "Volkonskiy").
    const aLast = rand() < 0.1 && /y$/.test(a.last) ? a.last.replace(/y$/, 'iy') : a.last;
    const [cName, cDem, cCap] = a.country;
    const [dName, , dCap] = b.country;
    const topic = pick(TOPICS);
    const org = pick(ORGS);
    const company = pick(COMPANIES);
    const day = 1 + Math.floor(rand() * 28);
    const month = pick(MONTHS);
    const year = 2030 + Math.floor(rand() * 3);
    const headline = `${cName} and ${dName} Clash Over ${topic.replace(/^the /, '').replace(/\b\w/g, (c) => c.toUpperCase())}`;
    const caption = `Delegates arrive for talks in ${cCap}, ${month} ${day}, ${year}. (Photo by Staff/Agency via AP)`;
    const paragraphs = [
      `${cDem} ${a.title} ${a.first} ${aLast} said on Monday that ${cName} would not accept new demands from ${dName} over ${topic}.`,
      `“We have shown patience. Our patience has limits,” ${a.last} told reporters in ${cCap}. “Nobody should doubt that.”`,
      `${b.title} ${b.first} ${b.last} of ${dName} accused ${cName} of stalling the talks, according to officials.`,
      `"${cName} knows what it signed," ${b.last} said in an interview on CNN.`,
      `"There will be consequences," he added.`,
      `${company}, ${dName}'s largest exporter, said shipments had been delayed for three weeks.`,
      `The company said it expected losses of several million dollars.`,
      `A senior ${cDem} diplomat said the two sides would meet again next month.`,
      `${dCap} denied that it had closed the border, while ${org} warned that the dispute could spread.`,
      `Markets fell sharply after the announcement, analyst ${pick(FIRST)} ${pick(LAST)} said.`,
    ];
    const body = [
      paragraphs.slice(0, 5).join('\n\n'),
      'Trade worries',
      paragraphs.slice(5).join('\n\n'),
    ].join('\n\n');
    const date = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    last = { title: headline, text: paragraphs.join('\n\n'), url: '', source: '', publishedAt: date };
    yield {
      text: `${headline}\n\n${caption}\n${caption}\nTT\n\n${headline}\n\n${caption}\n${caption}\n\n${body}\n`,
    };
  }
}
