/**
 * Organisations: the well-known ones by name (international bodies, governments' institutions and
 * their seats used as metonyms, parties, news outlets and platforms), and the words that make an
 * unknown name an organisation (heads like "Ministry", class nouns like "the automaker"). Canonical
 * name first, then the other names the news uses.
 */
import { PORTFOLIOS as PORTFOLIO_LIST } from './roles.js';

export interface OrgInfo {
  name: string;
  aliases: string[];
  /** A platform or outlet: kept as an organisation, also recognised as a statement's medium. */
  medium?: boolean;
  /** Country whose institution this is (the Kremlin is Russia's). */
  country?: string;
  /** A capital that, used as a speaker or subject, means this organisation ("Brussels said"). */
  seat?: string;
}

export const KNOWN_ORGANIZATIONS: OrgInfo[] = [
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  {
    name: 'UN Human Rights Office',
    aliases: [
      'UN rights office',
      'U.N. rights office',
      'OHCHR',
      'Office of the UN High Commissioner for Human Rights',
      'UN human rights office',
    ],
  },
  { name: 'UN Security Council', aliases: ['Security Council', 'U.N. Security Council'] },
  { name: 'UNICEF', aliases: [] },
  {
    name: 'OCHA',
    aliases: ['UN humanitarian office', 'UN Office for the Coordination of Humanitarian Affairs'],
  },
  { name: 'UNRWA', aliases: [] },
  { name: 'UNDP', aliases: ['UN Development Programme'] },
  { name: 'International Organization for Migration', aliases: ['IOM'] },
  { name: 'International Labour Organization', aliases: ['ILO', 'International Labor Organization'] },
  { name: 'Food and Agriculture Organization', aliases: ['FAO'] },
  { name: 'UNHCR', aliases: ['UN refugee agency'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'European Union', aliases: ['EU', 'E.U.'], seat: 'Brussels' },
  { name: 'Council of the European Union', aliases: ['Council of the EU', 'EU Council'] },
  { name: 'European Commission', aliases: [] },
  { name: 'African Union', aliases: [] },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'OPEC', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'Mercosur', aliases: [] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'Arab League', aliases: [] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'G7', aliases: ['Group of Seven'] },
  { name: 'G20', aliases: ['Group of 20', 'Group of Twenty'] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'Federal Reserve', aliases: ['the Fed'] },
  { name: 'International Energy Agency', aliases: ['IEA'] },
  { name: 'Interpol', aliases: [] },
  {
    name: 'Doctors Without Borders',
    aliases: ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières'],
  },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'] },
  { name: 'UNESCO', aliases: [] },
  { name: 'Greenpeace', aliases: [] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Amnesty International', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', aliases: [] },
  { name: 'Oxfam', aliases: ['Oxfam International'] },
  { name: 'Save the Children', aliases: [] },
  { name: 'Transparency International', aliases: [] },
  { name: 'Reporters Without Borders', aliases: ['RSF'] },
  { name: 'Committee to Protect Journalists', aliases: ['CPJ'] },
  { name: 'Kremlin', aliases: ['The Kremlin'], country: 'cty_rus' },
  { name: 'White House', aliases: ['The White House'], country: 'cty_usa' },
  { name: 'Pentagon', aliases: ['The Pentagon'], country: 'cty_usa' },
  { name: 'State Department', aliases: ['US State Department', 'U.S. State Department'], country: 'cty_usa' },
  { name: 'Downing Street', aliases: [], country: 'cty_gbr' },
  { name: 'Elysee', aliases: ['Élysée', 'Elysee Palace'], country: 'cty_fra' },
  { name: 'State Duma', aliases: ['Duma'], country: 'cty_rus' },
  { name: 'Knesset', aliases: [], country: 'cty_isr' },
  { name: 'Congress', aliases: ['US Congress', 'U.S. Congress'], country: 'cty_usa' },
  { name: 'Bundestag', aliases: [], country: 'cty_deu' },
  { name: 'Bundesrat', aliases: [], country: 'cty_deu' },
  { name: 'House of Commons', aliases: [], country: 'cty_gbr' },
  { name: 'House of Lords', aliases: [], country: 'cty_gbr' },
  { name: 'Verkhovna Rada', aliases: ['Rada'], country: 'cty_ukr' },
  { name: 'Sejm', aliases: [], country: 'cty_pol' },
  { name: 'Riksdag', aliases: [], country: 'cty_swe' },
  { name: 'Storting', aliases: [], country: 'cty_nor' },
  { name: 'Folketing', aliases: [], country: 'cty_dnk' },
  { name: 'Lok Sabha', aliases: [], country: 'cty_ind' },
  { name: 'Majlis', aliases: [], country: 'cty_irn' },
  { name: 'European Parliament', aliases: [] },
  { name: 'Israel Defense Forces', aliases: ['IDF'], country: 'cty_isr' },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Taliban', aliases: [] },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'], country: 'cty_usa' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], country: 'cty_usa' },
  // Sports clubs whose names hold a capital or a country ("Real Madrid" is no statement of Spain's).
  { name: 'Real Madrid', aliases: [] },
  { name: 'Atletico Madrid', aliases: ['Atlético Madrid', 'Atletico de Madrid'] },
  { name: 'Paris Saint-Germain', aliases: ['PSG', 'Paris St-Germain'] },
  { name: 'FC Barcelona', aliases: [] },
  { name: 'Bayern Munich', aliases: ['Bayern'] },
  { name: 'Manchester United', aliases: ['Man United'] },
  { name: 'Manchester City', aliases: ['Man City'] },
  { name: 'Benfica', aliases: [] },
  { name: 'Sporting Lisbon', aliases: ['Sporting CP'] },
  { name: 'Dynamo Kyiv', aliases: ['Dynamo Kiev'] },
  { name: 'Spartak Moscow', aliases: [] },
  { name: 'CSKA Moscow', aliases: [] },
  { name: 'Galatasaray', aliases: [] },
  { name: 'Ajax', aliases: ['Ajax Amsterdam'] },
  { name: 'Juventus', aliases: [] },
  { name: 'AC Milan', aliases: [] },
  { name: 'Inter Milan', aliases: [] },
  { name: 'International Olympic Committee', aliases: ['IOC'] },
  { name: 'FIFA', aliases: [] },
  { name: 'UEFA', aliases: [] },
  { name: 'East African Community', aliases: ['EAC'] },
  { name: 'Economic Community of West African States', aliases: ['ECOWAS'] },
  { name: 'Southern African Development Community', aliases: ['SADC'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'] },
  { name: 'Council of Europe', aliases: [] },
  { name: 'European Council', aliases: [] },
  { name: 'Bank of England', aliases: [] },
  { name: 'Bank of Japan', aliases: ['BOJ'] },
  { name: "People's Bank of China", aliases: ['PBOC'] },
  { name: 'Department of Justice', aliases: ['Justice Department', 'DOJ'], country: 'cty_usa' },
  { name: 'Department of Homeland Security', aliases: ['Homeland Security', 'DHS'], country: 'cty_usa' },
  { name: 'Department of Defense', aliases: ['Defense Department'], country: 'cty_usa' },
  {
    name: 'Treasury Department',
    aliases: ['US Treasury', 'U.S. Treasury', 'Department of the Treasury'],
    country: 'cty_usa',
  },
  { name: 'National Security Agency', aliases: ['NSA'], country: 'cty_usa' },
  { name: 'Secret Service', aliases: [], country: 'cty_usa' },
  { name: 'House of Representatives', aliases: [] },
  { name: 'Federal Election Commission', aliases: ['FEC'], country: 'cty_usa' },
  { name: 'Environmental Protection Agency', aliases: ['EPA'], country: 'cty_usa' },
  { name: 'Republican National Committee', aliases: ['RNC'], country: 'cty_usa' },
  { name: 'Democratic National Committee', aliases: ['DNC'], country: 'cty_usa' },
  { name: 'Republican Party', aliases: ['GOP', 'Republicans'], country: 'cty_usa' },
  { name: 'Democratic Party', aliases: ['Democrats'], country: 'cty_usa' },
  { name: 'Labour Party', aliases: ['Labour'], country: 'cty_gbr' },
  { name: 'Conservative Party', aliases: ['Conservatives', 'Tories'], country: 'cty_gbr' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh'] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaeda'] },
  { name: 'Houthis', aliases: ['Houthi rebels', 'Houthi'] },
  { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Reuters', aliases: [], medium: true },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], medium: true },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], medium: true },
  { name: 'MSNBC', aliases: [], medium: true },
  { name: 'CNN', aliases: [], medium: true },
  { name: 'BBC', aliases: [], medium: true },
  { name: 'Fox News', aliases: [], medium: true },
  { name: 'Al Jazeera', aliases: [], medium: true },
  { name: 'Bloomberg', aliases: [], medium: true },
  { name: 'New York Times', aliases: ['The New York Times', 'NYT'], medium: true },
  { name: 'Washington Post', aliases: ['The Washington Post'], medium: true },
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal', 'WSJ'], medium: true },
  { name: 'USA Today', aliases: [], medium: true },
  { name: 'Politico', aliases: [], medium: true },
  { name: 'Huffington Post', aliases: ['HuffPost', 'The Huffington Post'], medium: true },
  { name: 'Breitbart News', aliases: ['Breitbart'], medium: true },
  { name: 'Western Journalism', aliases: [], medium: true },
  { name: 'Los Angeles Times', aliases: [], medium: true },
  { name: 'Financial Times', aliases: ['FT'], medium: true },
  { name: 'The Guardian', aliases: ['Guardian'], medium: true },
  { name: 'The Economist', aliases: [], medium: true },
  { name: 'The Atlantic', aliases: [], medium: true },
  { name: 'The New Yorker', aliases: ['New Yorker'], medium: true },
  { name: 'The Hill', aliases: [], medium: true },
  { name: 'Axios', aliases: [], medium: true },
  { name: 'Newsweek', aliases: [], medium: true },
  { name: 'Forbes', aliases: [], medium: true },
  { name: 'Daily Mail', aliases: [], medium: true },
  { name: 'BuzzFeed', aliases: ['BuzzFeed News'], medium: true },
  { name: 'National Review', aliases: [], medium: true },
  { name: 'Daily Beast', aliases: ['The Daily Beast'], medium: true },
  { name: 'NBC News', aliases: ['NBC'], medium: true },
  { name: 'ABC News', aliases: ['ABC'], medium: true },
  { name: 'CBS News', aliases: ['CBS'], medium: true },
  { name: 'NPR', aliases: ['National Public Radio'], medium: true },
  { name: 'PBS', aliases: [], medium: true },
  { name: 'C-SPAN', aliases: [], medium: true },
  { name: 'Sky News', aliases: [], medium: true },
  { name: 'Deutsche Welle', aliases: ['DW'], medium: true },
  { name: 'Xinhua', aliases: [], medium: true },
  { name: 'Kyodo', aliases: ['Kyodo News'], medium: true },
  { name: 'Yonhap', aliases: [], medium: true },
  { name: 'RIA Novosti', aliases: [], medium: true },
  { name: 'RT', aliases: ['Russia Today'], medium: true },
  { name: 'YouTube', aliases: [], medium: true },
  { name: 'TikTok', aliases: [], medium: true },
  { name: 'Truth Social', aliases: [], medium: true },
  { name: 'Reddit', aliases: [], medium: true },
  { name: 'WhatsApp', aliases: [], medium: true },
  { name: 'Twitter', aliases: [], medium: true },
  { name: 'Facebook', aliases: [], medium: true },
  { name: 'Telegram', aliases: [], medium: true },
  { name: 'Instagram', aliases: [], medium: true },
  { name: 'TASS', aliases: [], medium: true },
  { name: 'Interfax', aliases: [], medium: true },
];

/** Agencies whose credit ends a photo caption: "(AP Photo/Name)", "(UGC/AFP)", "via Reuters". */
export const PHOTO_AGENCIES = [
  'AP',
  'AFP',
  'Reuters',
  'EPA',
  'Getty Images',
  'Getty',
  'UGC',
  'Anadolu',
  'Xinhua',
];

/**
 * Head nouns of institutions that belong to a country: "Russia's defense ministry", "the
 * Ukrainian air force". The owner keeps them apart.
 */
export const INSTITUTION_HEADS = [
  'defense ministry',
  'defence ministry',
  'foreign ministry',
  'interior ministry',
  'finance ministry',
  'health ministry',
  'justice ministry',
  'energy ministry',
  'economy ministry',
  'emergencies ministry',
  'agriculture ministry',
  'trade ministry',
  'education ministry',
  'transport ministry',
  'environment ministry',
  'industry ministry',
  'labour ministry',
  'labor ministry',
  'information ministry',
  'culture ministry',
  'ministry of defense',
  'ministry of defence',
  'ministry of foreign affairs',
  'air force',
  'armed forces',
  'army',
  'navy',
  'military',
  'parliament',
  'central bank',
  'state television',
  'state media',
  'police',
  'border guard service',
  'general staff',
  'intelligence service',
  'security service',
  'prosecutor general',
  'coast guard',
  'national guard',
  'senate',
  'supreme court',
  'constitutional court',
  'electoral commission',
  'election commission',
  'national assembly',
  'lower house',
  'upper house',
  'chamber of deputies',
  "attorney general's office",
  'government',
  'cabinet',
  'foreign office',
  'embassy',
  ...['ministry', 'department'].flatMap((head) => [...PORTFOLIO_LIST].map((p) => `${p} ${head}`)),
];

/**
 * Heads that name one institution: "army", "armed forces" and "military" are one body, the
 * country's military; "defence ministry" is the "defense ministry".
 */
export const INSTITUTION_SYNONYMS: Record<string, string> = {
  army: 'military',
  'armed forces': 'military',
  'defence ministry': 'defense ministry',
  'ministry of defense': 'defense ministry',
  'ministry of defence': 'defense ministry',
  'ministry of foreign affairs': 'foreign ministry',
  'labor ministry': 'labour ministry',
};

/** Heads of a government's own bodies: with an owner they make one institution ("Iraq's oil ministry"). */
export const INSTITUTION_WORDS = new Set(
  `ministry department office agency authority commission service army navy police parliament senate
  military forces force guard government cabinet embassy council court`.split(/\s+/),
);

/**
 * What kind of organisation a common noun names. "the newspaper" is answered by a news outlet,
 * "the company" by a company, "the campaign" by a campaign: definite descriptions resolve by class.
 */
export type OrgClass =
  | 'company'
  | 'media'
  | 'party'
  | 'campaign'
  | 'government'
  | 'court'
  | 'military'
  | 'union'
  | 'group'
  | 'international'
  | 'club'
  | 'school';

const CLASS_ROWS: [OrgClass, string][] = [
  [
    'company',
    `rival company firm corporation business operator provider bank insurer carrier airline utility
    manufacturer producer maker exporter importer developer lender miner refiner chain platform giant
    conglomerate startup start-up retailer supplier consultancy brokerage automaker carmaker shipper
    chipmaker drugmaker automaker group holding subsidiary brand studio lab laboratory fund line`,
  ],
  [
    'media',
    `newspaper paper outlet network channel broadcaster magazine publication website site tabloid
    daily weekly agency wire station`,
  ],
  ['party', 'party'],
  ['campaign', 'campaign'],
  [
    'government',
    `government administration ministry department office agency authority regulator
    watchdog commission bureau service council cabinet embassy parliament legislature senate house
    assembly congress police`,
  ],
  ['court', 'court tribunal'],
  ['military', 'military army navy force forces militia brigade'],
  ['union', 'union federation confederation'],
  [
    'group',
    `organisation organization association charity foundation institute think-tank coalition
    alliance movement society lobby league committee network nonprofit non-profit`,
  ],
  ['international', 'bloc community body'],
  ['club', 'club team side franchise'],
  ['school', 'university college school academy hospital museum'],
];

/** Common nouns that introduce or describe an organisation ("postal company X", "the automaker"). */
export const ORG_NOUNS = new Map<string, OrgClass>();
for (const [cls, list] of CLASS_ROWS)
  for (const w of list.trim().split(/\s+/)) if (!ORG_NOUNS.has(w)) ORG_NOUNS.set(w, cls);
ORG_NOUNS.set('think tank', 'group');

/** Last words that make a capitalised phrase an organisation name: "Defense Ministry", "Press Service". */
export const ORG_NAME_HEADS = new Set(
  `Ministry Government Office Agency Council Treasury Lines Shipping Commission Committee Bank Corporation Company Group University Party Union
  Organization Organisation Institute Fund Service Court Forces Force Army Navy Police Parliament Assembly
  Foundation Authority Association Federation Front Movement Network News Times Post Guard Command
  Department Bureau Administration Inc Inc. Ltd Ltd. Corp Corp. Co. LLC PLC plc AG SA GmbH Research Capital
  Partners Associates Holdings Consulting Analytics Economics Securities Investments Advisory Centre Center
  Institution Alliance Coalition League Society Watch Confederation Chamber Tribunal Board Academy Hospital
  Museum Airlines Airways Railways Media Motors Systems Technologies Pharmaceuticals Brigade Battalion
  Regiment Guards Senate Community Bloc Conference Secretariat Partnership Programme Program
  Mission Corps Brigades Cartel Club FC Journal Management Tribune Herald Gazette Observer Telegraph Chronicle Daily
  Magazine Review Insider Press Radio Television TV Broadcasting Channel Studios Labs Energy Petroleum
  Oil Gas Steel Mining Airlines Logistics Shipping Electric Power Telecom Communications Bancorp Trust
  Insurance Pharma Foods Brands Stores Group Industries Enterprises Ventures Solutions Services Exchange
  Reserve Caucus Campaign PAC Project Council Democrats Republicans Socialists Conservatives Liberals
  Government Congress Technology Copper Gold Metals Minerals Resources Chemicals Trust Collective Cells
  Greens Nationalists Communists Church Chapel Mosque Synagogue Temple Cathedral Diocese Archdiocese
  Parish Workers Employees`.split(/\s+/),
);

/** Newspapers' last words, by which "the Times" or "the Herald" names the paper named in full. */
export const NEWSPAPER_HEADS = new Set(
  `Times Post Journal Tribune Herald Gazette Observer Telegraph Chronicle Globe Guardian Examiner Inquirer
  Courier Dispatch Sentinel Register Bee Star Sun Mirror Express Independent Standard Record`.split(/\s+/),
);

/** Words that mark a news outlet's name: a newspaper's last word, or a broadcaster's. */
export const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set([
  ...NEWSPAPER_HEADS,
  ...`News Press Radio Television TV`.split(/\s+/),
]);

/** An organisation's head, singular or plural ("Association", "Shipowners' Associations"). */
export function isOrgNameHead(word: string): boolean {
  return ORG_NAME_HEADS.has(word) || (word.endsWith('s') && ORG_NAME_HEADS.has(word.slice(0, -1)));
}

/** Heads that open an organisation's name: "Bank Indonesia", "Radio Illimani", "Air Moldova". */
export const ORG_NAME_OPENING_HEADS = new Set([
  'Bank',
  'Banco',
  'Banque',
  'Radio',
  'Air',
  'Club',
  'Grupo',
  'Groupe',
]);

/** Words that open an organisation's name even though they are common capitalised words. */
export const ORG_NAME_OPENERS = new Set(
  `World Western Eastern Northern Southern White Black Islamic Democratic People Peoples National International
  Central Supreme United European Asian African American Atlantic Pacific Gulf Human State Security Intelligence
  Press News Air Police Foreign Defense Defence Finance Interior High Republic Military Federation General
  Federal Royal Civil Social Republican Independent Green Liberal Conservative Labour Progressive Freedom
  New Free Arab Southeast Southwest Northeast Northwest`.split(/\s+/),
);
