/**
 * The main occurrence an article reports: a strike, a protest wave, a build-up, a cyber attack,
 * sanctions, a clash, a trade dispute, an election… Specific kinds are tried before general ones. Found from trigger words in the headline and lead, with the countries and
 * organisations of the lead as participants and the places named as where. Pure.
 */
const TRIGGERS: { re: RegExp; label: string }[] = [
  { re: /\bcyber[- ]?attacks?\b/i, label: 'Cyber attack' },
  { re: /\bprotests?\b|\bdemonstrations?\b|\bunrest\b/i, label: 'Protests' },
  { re: /\bbuild(?:ing)?[- ]?up\b|\bmassing troops\b|\btroop build-?up\b/i, label: 'Military build-up' },
  { re: /\bbarrage\b|\bair ?strikes?\b|\bmissile (?:and drone )?(?:attacks?|strikes?)\b|\bdrone (?:attacks?|strikes?)\b|\bstrikes?\b|\bbombardment\b|\bshelling\b/i, label: 'Strikes' },
  { re: /\binvasion\b|\binvades?\b/i, label: 'Invasion' },
  { re: /\bsanctions?\b/i, label: 'Sanctions' },
  { re: /\bceasefire\b|\btruce\b/i, label: 'Ceasefire' },
  { re: /\belections?\b|\bvote\b|\breferendum\b/i, label: 'Election' },
  { re: /\bsummit\b|\btalks\b|\bnegotiations?\b/i, label: 'Talks' },
  { re: /\bearthquake\b|\bfloods?\b|\bwildfires?\b|\bhurricane\b|\btyphoon\b|\bcyclone\b|\bdrought\b/i, label: 'Disaster' },
  { re: /\bcoup\b/i, label: 'Coup' },
  { re: /\b(?:output|production|supply) cuts?\b|\bprice cap\b/i, label: 'Output cuts' },
  { re: /\bcoalition (?:splits?|collapses?|crisis)\b|\bresign(?:s|ed|ation)?\b|\bquits?\b|\bno-confidence\b|\bimpeach(?:ment|ed)?\b/i, label: 'Political crisis' },
  { re: /\bclash(?:es|ed)?\b|\brammed\b|\bramming\b|\bcollision\b|\bskirmish(?:es)?\b/i, label: 'Clash' },
  { re: /\btariffs?\b|\b(?:import|export) bans?\b|\btrade (?:war|dispute|row)\b|\bembargo\b/i, label: 'Trade dispute' },
  { re: /\bexplosions?\b|\bblasts?\b|\bshooting\b|\battacks?\b|\bhostages?\b/i, label: 'Attack' },
  { re: /\bcrash(?:ed|es)?\b|\bderail(?:ed|ment)\b|\bsank\b|\bsinking\b/i, label: 'Accident' },
  { re: /\barrests?\b|\barrested\b|\bdetain(?:ed|s)?\b/i, label: 'Arrests' },
  { re: /\bdeal\b|\bagreement\b|\baccord\b|\btreaty\b/i, label: 'Agreement' },
  { re: /\bdispute\b|\bstand-?off\b|\bcrisis\b/i, label: 'Dispute' },
];

export interface EventTrigger {
  label: string;
}

/** The event type an article's headline (first) or lead paragraph reports, if any. */
export function findEventTrigger(title: string, lead: string): EventTrigger | null {
  for (const text of [title, lead]) {
    for (const t of TRIGGERS) if (t.re.test(text)) return { label: t.label };
  }
  return null;
}
