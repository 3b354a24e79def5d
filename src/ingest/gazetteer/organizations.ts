/**
 * Well-known organisations (international bodies, government seats used as metonyms, militaries,
 * news agencies, platforms). Canonical name first, then the other names the news uses.
 */
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
    aliases: ['UN rights office', 'U.N. rights office', 'OHCHR', 'Office of the UN High Commissioner for Human Rights', 'UN human rights office'],
  },
  { name: 'UN Security Council', aliases: ['Security Council', 'U.N. Security Council'] },
  { name: 'UNICEF', aliases: [] },
  { name: 'OCHA', aliases: ['UN humanitarian office', 'UN Office for the Coordination of Humanitarian Affairs'] },
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
  { name: 'Doctors Without Borders', aliases: ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières'] },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'] },
  { name: 'UNESCO', aliases: [] },
  { name: 'Greenpeace', aliases: [] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Amnesty International', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', aliases: [] },
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
  { name: 'Reuters', aliases: [], medium: true },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], medium: true },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], medium: true },
  { name: 'MSNBC', aliases: [], medium: true },
  { name: 'CNN', aliases: [], medium: true },
  { name: 'BBC', aliases: [], medium: true },
  { name: 'Fox News', aliases: [], medium: true },
  { name: 'Al Jazeera', aliases: [], medium: true },
  { name: 'Bloomberg', aliases: [], medium: true },
  { name: 'Twitter', aliases: [], medium: true },
  { name: 'Facebook', aliases: [], medium: true },
  { name: 'Telegram', aliases: [], medium: true },
  { name: 'Instagram', aliases: [], medium: true },
  { name: 'TASS', aliases: [], medium: true },
  { name: 'Interfax', aliases: [], medium: true },
];

/**
 * Head nouns of institutions that belong to a country: "Russia's defense ministry", "the
 * Ukrainian air force". The owner keeps them apart.
 */
export const INSTITUTION_HEADS = [
  'defense ministry', 'defence ministry', 'foreign ministry', 'interior ministry', 'finance ministry',
  'health ministry', 'justice ministry', 'energy ministry', 'economy ministry', 'emergencies ministry',
  'agriculture ministry', 'trade ministry', 'education ministry', 'transport ministry', 'environment ministry',
  'industry ministry', 'labour ministry', 'labor ministry', 'information ministry', 'culture ministry',
  'ministry of defense', 'ministry of defence', 'ministry of foreign affairs',
  'air force', 'armed forces', 'army', 'navy', 'military', 'parliament', 'central bank',
  'state television', 'state media', 'police', 'border guard service', 'general staff',
  'intelligence service', 'security service', 'prosecutor general', 'coast guard', 'national guard',
  'senate', 'supreme court', 'constitutional court', 'electoral commission', 'election commission',
  'national assembly', 'lower house', 'upper house', 'chamber of deputies', 'attorney general\'s office',
];

/** Common nouns that introduce a name as an organisation: "postal company Fastpost". */
export const ORG_CLASS_NOUNS = [
  'company', 'firm', 'operator', 'provider', 'group', 'agency', 'broadcaster', 'network', 'bank', 'insurer',
  'carrier', 'airline', 'utility', 'manufacturer', 'producer', 'maker', 'exporter', 'importer', 'developer',
  'lender', 'miner', 'refiner', 'chain', 'platform', 'party', 'organisation', 'organization',
  'charity', 'outlet', 'newspaper', 'channel', 'giant', 'conglomerate', 'startup', 'retailer', 'supplier',
  'consultancy', 'think tank', 'think-tank', 'watchdog', 'regulator', 'brokerage', 'fund', 'institute',
  'lobby', 'association', 'union', 'publisher', 'automaker', 'carmaker', 'shipper', 'insurer',
  'chipmaker', 'drugmaker', 'rival', 'club', 'team',
];

/** Last words that make a capitalised phrase an organisation name: "Defense Ministry", "Press Service". */
export const ORG_NAME_HEADS = [
  'Ministry', 'Office', 'Agency', 'Council', 'Commission', 'Committee', 'Bank', 'Corporation', 'Company',
  'Group', 'University', 'Party', 'Union', 'Organization', 'Organisation', 'Institute', 'Fund', 'Service',
  'Court', 'Forces', 'Force', 'Army', 'Navy', 'Police', 'Parliament', 'Assembly', 'Foundation', 'Authority',
  'Association', 'Federation', 'Front', 'Movement', 'Network', 'News', 'Times', 'Post', 'Guard', 'Command',
  'Department', 'Bureau', 'Administration', 'Inc', 'Ltd', 'Corp', 'Research', 'Capital', 'Partners',
  'Associates', 'Holdings', 'Consulting', 'Analytics', 'Economics', 'Securities', 'Investments', 'Advisory',
  'Centre', 'Center', 'Institution', 'Alliance', 'Coalition', 'League', 'Society', 'Watch',
  'Confederation', 'Chamber', 'Tribunal', 'Board', 'Academy', 'Hospital', 'Museum', 'Airlines', 'Airways',
  'Railways', 'Media', 'Motors', 'Systems', 'Technologies', 'Pharmaceuticals', 'Brigade', 'Battalion', 'Regiment',
  'Guards', 'Senate',
  // Parties named by their members.
  'Democrats', 'Republicans', 'Socialists', 'Conservatives', 'Liberals', 'Greens', 'Nationalists', 'Communists',
];
