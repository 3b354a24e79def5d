/**
 * The main occurrence an article reports: a strike, a protest wave, a build-up, a cyber attack,
 * sanctions. Found from trigger words in the headline and lead, with the countries and
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
  { re: /\bearthquake\b|\bfloods?\b|\bwildfires?\b|\bhurricane\b/i, label: 'Disaster' },
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
