import type { Stance } from '../../domain/document.js';

/**
 * Verbs of speech that introduce statements, with the stance each performs. Past, present and
 * perfect forms are matched; multi-word cues ("voiced concern") too.
 */
export const CUES: { forms: string[]; stance: Stance }[] = [
  { forms: ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'wrote', 'writes', 'posted', 'tweeted', 'explained', 'announced', 'announces', 'confirmed', 'confirms', 'reported', 'reports', 'indicated', 'indicates', 'stressed', 'stresses', 'emphasised', 'emphasized', 'replied', 'responded', 'remarked', 'declared', 'declares', 'voiced concern', 'expressed concern', 'gave the death toll', 'estimated', 'called', 'acknowledged', 'admitted', 'argued', 'argues', 'believes', 'predicted', 'urged', 'urges', 'appealed'], stance: 'state' },
  { forms: ['accused', 'accuses', 'accuse', 'blamed', 'blames'], stance: 'accuse' },
  { forms: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses'], stance: 'deny' },
  { forms: ['warned', 'warns', 'warn', 'cautioned'], stance: 'warn' },
  { forms: ['threatened', 'threatens', 'threaten'], stance: 'threaten' },
  { forms: ['criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'slammed', 'denounced', 'decried'], stance: 'criticise' },
  { forms: ['praised', 'praises', 'welcomed', 'welcomes', 'hailed', 'commended', 'thanked'], stance: 'praise' },
  { forms: ['claimed', 'claims', 'alleged', 'alleges', 'insisted', 'insists', 'maintained', 'asserted', 'contended'], stance: 'claim' },
];

export const STANCE_BY_CUE = new Map(CUES.flatMap((c) => c.forms.map((f) => [f, c.stance] as const)));
export const CUE_FORMS = [...STANCE_BY_CUE.keys()].sort((a, b) => b.length - a.length);
