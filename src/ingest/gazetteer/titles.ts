/**
 * Role titles that stand before a person's name ("Foreign Minister Maria Lindqvist"), longest
 * first so that "Defense Minister" wins over "Minister". Matched case-insensitively.
 */
export const TITLES = [
  'High Commissioner for Human Rights', 'High Commissioner for Refugees', 'Special Rapporteur', 'Under-Secretary-General',
  'Emergency Relief Coordinator', 'Secretary of State', 'Secretary-General', 'Secretary General',
  'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Finance Minister', 'Interior Minister', 'Energy Minister', 'Health Minister', 'Justice Minister',
  'Economy Minister', 'Foreign Secretary', 'Home Secretary', 'Defense Secretary', 'Defence Secretary',
  'Treasury Secretary', 'National Security Adviser', 'National Security Advisor', 'Vice President',
  'President', 'President-elect', 'Chancellor', 'King', 'Queen', 'Crown Prince', 'Prince', 'Pope', 'Emir',
  'Sheikh', 'Supreme Leader', 'Ayatollah', 'Governor', 'Lieutenant Governor', 'Premier', 'Chief Minister',
  'Deputy Minister', 'Mayor', 'Minister', 'Senator', 'Sen.', 'Rep.',
  'Representative', 'Speaker', 'Ambassador', 'Envoy', 'Special Envoy', 'Commissioner', 'Chairman',
  'Chairwoman', 'Chair', 'Chief Executive', 'CEO', 'Director', 'Director-General', 'Director General',
  'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Col.', 'Lt. Col.', 'Major', 'Admiral', 'Adm.',
  'Commander', 'Chief of Staff', 'Judge', 'Justice', 'Attorney General', 'Prosecutor', 'Dr.', 'Mr.', 'Mrs.',
  'Ms.', 'Professor', 'Prof.',
  // Lower-case descriptive roles, as written before names.
  'spokesman', 'spokeswoman', 'spokesperson', 'military spokesperson', 'military spokesman', 'regional governor',
  'governor', 'mayor', 'security specialist', 'analyst', 'military analyst', 'expert', 'lawmaker', 'official',
  'commander', 'chief', 'head', 'leader', 'opposition leader', 'activist', 'journalist', 'correspondent',
  'researcher', 'economist', 'diplomat', 'negotiator', 'adviser', 'advisor', 'aide', 'minister',
].sort((a, b) => b.length - a.length);

/** Forms of address: peeled off names like titles, but no role. */
export const HONORIFICS = new Set(['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Professor']);

/** Abbreviated military and civil ranks that end in a period but do not end a sentence. */
export const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Brig', 'Lt', 'Col', 'Maj', 'Sgt', 'Capt', 'Adm', 'Sen', 'Rep', 'Gov',
  'St', 'Jr', 'Sr', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No',
  'vs', 'etc', 'approx', 'Inc', 'Ltd', 'Corp', 'Co',
];
