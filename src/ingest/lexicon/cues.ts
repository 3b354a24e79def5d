/**
 * Cues of attribution: the verbs and phrases by which news says that someone said, wrote, believed
 * or meant something. One table; everything else (matching, stance, what follows the cue) is
 * derived from it.
 *
 * Each entry lists its forms (base, third person, past, participle, -ing), its group, the stance it
 * performs, and the shape of what follows it (`frame`):
 * - `clause`: "said (that) …", "warned …" — the content is the rest of the clause;
 * - `addressee`: "told reporters (that) …" — an addressee, then the content;
 * - `object`: "denied the report", "praised the deal" — the content is the object or clause;
 * - `infinitive`: "promised to …" — the content is the infinitive;
 * - `explicit`: verbs that report speech only with an explicit complement ("found that …",
 *   "continued: "…"", "agreed that …"); elsewhere they are ordinary verbs ("found the keys").
 * `urge`-like verbs take an addressee, then "to …".
 */
import type { Stance } from '../../domain/document.js';

export type CueGroup = 'speech' | 'writing' | 'belief' | 'knowledge';
export type CueFrame = 'clause' | 'addressee' | 'object' | 'infinitive' | 'explicit';

export interface CueEntry {
  lemma: string;
  forms: readonly string[];
  group: CueGroup;
  stance: Stance;
  frame: CueFrame;
}

type Row = [forms: string, group: CueGroup, stance: Stance, frame: CueFrame];

const ROWS: Row[] = [
  // Saying.
  ['say says said saying', 'speech', 'state', 'clause'],
  ['tell tells told telling', 'speech', 'state', 'addressee'],
  ['add adds added adding', 'speech', 'state', 'clause'],
  ['state states stated stating', 'speech', 'state', 'clause'],
  ['note notes noted noting', 'speech', 'state', 'clause'],
  ['explain explains explained explaining', 'speech', 'state', 'clause'],
  ['announce announces announced announcing', 'speech', 'state', 'clause'],
  ['declare declares declared declaring', 'speech', 'state', 'clause'],
  ['confirm confirms confirmed confirming', 'speech', 'state', 'clause'],
  ['report reports reported reporting', 'speech', 'state', 'clause'],
  ['indicate indicates indicated indicating', 'speech', 'state', 'explicit'],
  ['stress stresses stressed stressing', 'speech', 'state', 'clause'],
  [
    'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
    'speech',
    'state',
    'clause',
  ],
  ['reply replies replied replying', 'speech', 'state', 'explicit'],
  ['respond responds responded responding', 'speech', 'state', 'explicit'],
  ['remark remarks remarked remarking', 'speech', 'state', 'explicit'],
  ['comment comments commented commenting', 'speech', 'state', 'explicit'],
  ['recall recalls recalled recalling', 'speech', 'state', 'explicit'],
  ['mention mentions mentioned mentioning', 'speech', 'state', 'explicit'],
  ['observe observes observed observing', 'speech', 'state', 'explicit'],
  ['point out points out pointed out pointing out', 'speech', 'state', 'clause'],
  ['acknowledge acknowledges acknowledged acknowledging', 'speech', 'state', 'clause'],
  ['admit admits admitted admitting', 'speech', 'state', 'clause'],
  ['concede concedes conceded conceding', 'speech', 'state', 'clause'],
  ['reveal reveals revealed revealing', 'speech', 'state', 'explicit'],
  ['disclose discloses disclosed disclosing', 'speech', 'state', 'explicit'],
  ['suggest suggests suggested suggesting', 'speech', 'state', 'clause'],
  ['predict predicts predicted predicting', 'speech', 'state', 'clause'],
  ['estimate estimates estimated estimating', 'speech', 'state', 'clause'],
  ['forecast forecasts forecasting', 'speech', 'state', 'clause'],
  ['repeat repeats repeated repeating', 'speech', 'state', 'clause'],
  ['reiterate reiterates reiterated reiterating', 'speech', 'state', 'clause'],
  ['continue continues continued', 'speech', 'state', 'explicit'],
  ['conclude concludes concluded concluding', 'speech', 'state', 'explicit'],
  ['testify testifies testified testifying', 'speech', 'state', 'explicit'],
  ['recount recounts recounted recounting', 'speech', 'state', 'explicit'],
  ['answer answers answered answering', 'speech', 'state', 'explicit'],
  ['joke jokes joked joking', 'speech', 'state', 'clause'],
  ['quip quips quipped quipping', 'speech', 'state', 'clause'],
  ['muse muses mused musing', 'speech', 'state', 'clause'],
  ['shout shouts shouted shouting', 'speech', 'state', 'clause'],
  ['yell yells yelled yelling', 'speech', 'state', 'clause'],
  ['exclaim exclaims exclaimed exclaiming', 'speech', 'state', 'clause'],
  ['chant chants chanted chanting', 'speech', 'state', 'explicit'],
  ['scream screams screamed screaming', 'speech', 'state', 'explicit'],
  ['cry cries cried crying', 'speech', 'state', 'explicit'],
  ['whisper whispers whispered whispering', 'speech', 'state', 'clause'],
  ['ask asks asked asking', 'speech', 'state', 'addressee'],
  ['wonder wonders wondered wondering', 'speech', 'state', 'explicit'],
  ['assure assures assured assuring', 'speech', 'state', 'addressee'],
  ['reassure reassures reassured reassuring', 'speech', 'state', 'addressee'],
  ['remind reminds reminded reminding', 'speech', 'state', 'addressee'],
  ['inform informs informed informing', 'speech', 'state', 'addressee'],
  ['advise advises advised advising', 'speech', 'state', 'addressee'],
  ['urge urges urged urging', 'speech', 'state', 'addressee'],
  ['call on calls on called on calling on', 'speech', 'state', 'addressee'],
  ['call for calls for called for calling for', 'speech', 'state', 'object'],
  ['demand demands demanded demanding', 'speech', 'state', 'clause'],
  ['propose proposes proposed proposing', 'speech', 'state', 'clause'],
  ['recommend recommends recommended recommending', 'speech', 'state', 'clause'],
  ['describe describes described describing', 'speech', 'state', 'object'],
  ['call calls called calling', 'speech', 'state', 'object'],
  ['brand brands branded branding', 'speech', 'criticise', 'object'],
  ['dub dubs dubbed dubbing', 'speech', 'state', 'object'],
  ['promise promises promised promising', 'speech', 'state', 'clause'],
  ['pledge pledges pledged pledging', 'speech', 'state', 'clause'],
  ['vow vows vowed vowing', 'speech', 'state', 'clause'],
  ['swear swears swore sworn swearing', 'speech', 'state', 'clause'],
  ['agree agrees agreed agreeing', 'speech', 'state', 'explicit'],
  ['disagree disagrees disagreed disagreeing', 'speech', 'state', 'explicit'],
  ['counter counters countered countering', 'speech', 'deny', 'clause'],
  ['retort retorts retorted retorting', 'speech', 'deny', 'clause'],
  ['shoot back shot back', 'speech', 'deny', 'clause'],
  ['fire back fires back fired back', 'speech', 'deny', 'clause'],
  ['push back pushes back pushed back', 'speech', 'deny', 'clause'],
  ['complain complains complained complaining', 'speech', 'criticise', 'clause'],
  ['lament laments lamented lamenting', 'speech', 'criticise', 'clause'],
  ['protest protests protested', 'speech', 'criticise', 'explicit'],
  ['object objects objected', 'speech', 'criticise', 'explicit'],
  ['boast boasts boasted boasting', 'speech', 'claim', 'clause'],
  ['brag brags bragged bragging', 'speech', 'claim', 'clause'],
  ['tout touts touted touting', 'speech', 'praise', 'object'],
  ['speak speaks spoke speaking', 'speech', 'state', 'explicit'],
  ['talk talks talked talking', 'speech', 'state', 'explicit'],
  ['signal signals signaled signalled signaling', 'speech', 'state', 'explicit'],
  ['hint hints hinted hinting', 'speech', 'state', 'clause'],
  ['imply implies implied implying', 'speech', 'state', 'clause'],
  ['cite cites cited citing', 'speech', 'state', 'explicit'],
  ['read reads', 'writing', 'state', 'explicit'],
  ['show shows showed shown', 'speech', 'state', 'explicit'],
  ['find finds found', 'speech', 'state', 'explicit'],
  ['put it|puts it|putting it', 'speech', 'state', 'explicit'],
  ['go on|goes on|went on', 'speech', 'state', 'explicit'],
  [
    'voice concern|voices concern|voiced concern|voicing concern|express concern|expresses concern|expressed concern|expressing concern',
    'speech',
    'warn',
    'clause',
  ],
  [
    'issue a statement|issues a statement|issued a statement|release a statement|released a statement',
    'writing',
    'state',
    'explicit',
  ],
  [
    'go on to say|went on to say|goes on to say|going on to say|continue to say|continued to say|continues to say',
    'speech',
    'state',
    'clause',
  ],
  [
    'make clear|makes clear|made clear|making clear|made it clear|makes it clear',
    'speech',
    'state',
    'clause',
  ],
  // Claiming.
  ['claim claims claimed claiming', 'speech', 'claim', 'clause'],
  ['allege alleges alleged alleging', 'speech', 'claim', 'clause'],
  ['insist insists insisted insisting', 'speech', 'claim', 'clause'],
  ['maintain maintains maintained maintaining', 'speech', 'claim', 'clause'],
  ['assert asserts asserted asserting', 'speech', 'claim', 'clause'],
  ['contend contends contended contending', 'speech', 'claim', 'clause'],
  ['argue argues argued arguing', 'speech', 'claim', 'clause'],
  // ("charged him with fraud", "charged fees": a legal or a price act, not speech.)
  ['charge charges charged charging', 'speech', 'accuse', 'explicit'],
  // Denying.
  ['deny denies denied denying', 'speech', 'deny', 'object'],
  ['reject rejects rejected rejecting', 'speech', 'deny', 'object'],
  ['dismiss dismisses dismissed dismissing', 'speech', 'deny', 'object'],
  ['refute refutes refuted refuting', 'speech', 'deny', 'object'],
  ['dispute disputes disputed disputing', 'speech', 'deny', 'object'],
  ['rebut rebuts rebutted rebutting', 'speech', 'deny', 'object'],
  // Accusing and criticising.
  ['accuse accuses accused accusing', 'speech', 'accuse', 'object'],
  ['blame blames blamed blaming', 'speech', 'accuse', 'object'],
  [
    'criticize criticizes criticized criticizing criticise criticises criticised criticising',
    'speech',
    'criticise',
    'object',
  ],
  ['condemn condemns condemned condemning', 'speech', 'criticise', 'object'],
  ['denounce denounces denounced denouncing', 'speech', 'criticise', 'object'],
  ['decry decries decried decrying', 'speech', 'criticise', 'object'],
  ['slam slams slammed slamming', 'speech', 'criticise', 'object'],
  ['blast blasts blasted blasting', 'speech', 'criticise', 'explicit'],
  ['attack attacks attacked', 'speech', 'criticise', 'explicit'],
  ['mock mocks mocked mocking', 'speech', 'criticise', 'explicit'],
  ['ridicule ridicules ridiculed ridiculing', 'speech', 'criticise', 'object'],
  ['question questions questioned questioning', 'speech', 'criticise', 'explicit'],
  ['scold scolds scolded scolding', 'speech', 'criticise', 'object'],
  ['rebuke rebukes rebuked rebuking', 'speech', 'criticise', 'object'],
  // Praising.
  ['praise praises praised praising', 'speech', 'praise', 'object'],
  ['welcome welcomes welcomed welcoming', 'speech', 'praise', 'object'],
  ['hail hails hailed hailing', 'speech', 'praise', 'object'],
  ['commend commends commended commending', 'speech', 'praise', 'object'],
  ['applaud applauds applauded applauding', 'speech', 'praise', 'object'],
  ['thank thanks thanked thanking', 'speech', 'praise', 'object'],
  ['congratulate congratulates congratulated congratulating', 'speech', 'praise', 'object'],
  ['endorse endorses endorsed endorsing', 'speech', 'praise', 'object'],
  // Warning and threatening.
  ['warn warns warned warning', 'speech', 'warn', 'addressee'],
  ['caution cautions cautioned cautioning', 'speech', 'warn', 'clause'],
  ['threaten threatens threatened threatening', 'speech', 'threaten', 'infinitive'],
  // Writing and publishing.
  ['write writes wrote written writing', 'writing', 'state', 'clause'],
  ['tweet tweets tweeted tweeting', 'writing', 'state', 'clause'],
  ['post posts posted posting', 'writing', 'state', 'explicit'],
  ['publish publishes published publishing', 'writing', 'state', 'explicit'],
  ['blog blogs blogged blogging', 'writing', 'state', 'explicit'],
  ['email emails emailed emailing', 'writing', 'state', 'explicit'],
  ['text texts texted texting', 'writing', 'state', 'explicit'],
  // Beliefs and knowledge: attributions too ("the campaign believes that …").
  ['believe believes believed believing', 'belief', 'claim', 'clause'],
  ['think thinks thought thinking', 'belief', 'claim', 'clause'],
  ['feel feels felt feeling', 'belief', 'claim', 'explicit'],
  ['fear fears feared fearing', 'belief', 'warn', 'explicit'],
  ['worry worries worried worrying', 'belief', 'warn', 'explicit'],
  ['hope hopes hoped hoping', 'belief', 'state', 'explicit'],
  ['expect expects expected expecting', 'belief', 'state', 'explicit'],
  ['doubt doubts doubted doubting', 'belief', 'claim', 'explicit'],
  ['suspect suspects suspected suspecting', 'belief', 'claim', 'explicit'],
  ['know knows knew known knowing', 'knowledge', 'state', 'explicit'],
  ['learn learns learned learnt', 'knowledge', 'state', 'explicit'],
  ['understand understands understood', 'knowledge', 'state', 'explicit'],
  ['realize realizes realized realise realises realised', 'knowledge', 'state', 'explicit'],
];

/** Phrases that mark their source after them: "according to X". */
export const SOURCE_AFTER_PHRASES = ['according to'] as const;

/**
 * Nouns that name a speech act: "in a statement", "in an interview". After a cue they are its
 * circumstance, never its content; as a subject they are a document speaking ("the statement said").
 */
export const SPEECH_NOUNS = new Set([
  'statement',
  'interview',
  'speech',
  'post',
  'tweet',
  'letter',
  'email',
  'memo',
  'op-ed',
  'column',
  'essay',
  'article',
  'report',
  'briefing',
  'conference',
  'call',
  'video',
  'broadcast',
  'podcast',
  'remarks',
  'address',
  'appearance',
  'testimony',
  'filing',
  'complaint',
  'lawsuit',
  'release',
  'blog',
  'message',
  'announcement',
  'comments',
  'radio',
  'television',
  'rally',
  'debate',
  'hearing',
  'event',
  'meeting',
  'session',
  'exchange',
  'phone',
  'text',
  'note',
  'book',
  'editorial',
  'poll',
  'survey',
  'study',
  // Documents that a named body publishes: "a CNN tally", "an FBI summary", "a Post analysis".
  'analysis',
  'tally',
  'summary',
  'count',
  'estimate',
  'tracker',
  'findings',
  'assessment',
  'audit',
  'transcript',
  'database',
  'projection',
]);

export const CUES: CueEntry[] = [];
/** Cue forms by their first word (lower case), longest forms first. */
export const CUE_BY_FIRST_WORD = new Map<string, { words: string[]; entry: CueEntry }[]>();

for (const [forms, group, stance, frame] of ROWS) {
  // Multi-word forms ("pointed out") are written joined by spaces, each form in turn.
  const list = splitForms(forms);
  const entry: CueEntry = { lemma: list[0]!, forms: list, group, stance, frame };
  CUES.push(entry);
  for (const form of list) {
    const words = form.split(' ');
    const bucket = CUE_BY_FIRST_WORD.get(words[0]!) ?? [];
    if (!bucket.some((b) => b.words.join(' ') === form)) bucket.push({ words, entry });
    bucket.sort((a, b) => b.words.length - a.words.length);
    CUE_BY_FIRST_WORD.set(words[0]!, bucket);
  }
}

/**
 * "point out points out pointed out": forms are words, or word pairs with a particle; forms of
 * longer phrases are separated by "|" ("issue a statement|issued a statement").
 */
function splitForms(forms: string): string[] {
  if (forms.includes('|')) return forms.split('|');
  const words = forms.split(' ');
  const particles = new Set(['out', 'back', 'on', 'for', 'up', 'in']);
  const out: string[] = [];
  for (const w of words) {
    if (particles.has(w) && out.length) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * Forms that are also common nouns ("the reports", "his comments"): they count as cues only with a
 * subject right before them, never with a subject carried over from another clause.
 */
/** What a denial or a dismissal takes before "that": "denied reports that …", "rejected claims that …". */
export const CLAIM_NOUNS = new Set(
  `claim claims suggestion suggestions report reports allegation allegations accusation accusations charge
  charges assertion assertions speculation rumor rumors rumour rumours notion idea ideas view`.split(/\s+/),
);

/**
 * Forms far more often nouns than verbs in news ("swing states", "the state"): cues only when what
 * was said follows right after them ("the report states that …", "states: "…"").
 */
export const MOSTLY_NOUN_FORMS = new Set(['state', 'states']);

export const NOUN_LIKE_FORMS = new Set(
  `reports claims comments calls states notes charges thanks questions answers replies promises pledges vows
  demands estimates forecasts disputes attacks blasts protests objects posts texts emails tweets signals hints
  remarks finds shows reads warnings report claim comment call state note charge question answer reply
  promise pledge vow demand estimate forecast dispute attack blast protest object post text email tweet
  signal hint remark praise blame welcome concern`.split(/\s+/),
);

/**
 * Prepositions that, right after a verb acting on an object ("accused", "praised", "blamed"), show it
 * has none: a participle said of the noun before ("those accused of fraud", "praised for her calm").
 * (Not "as": "what it described as a threat" is active, its object moved before it.)
 */
export const PARTICIPLE_PREPOSITIONS = new Set(['of', 'for', 'by', 'over', 'with']);

/** After "call", particles that make it a telephone call or a summons: "called in to a show". */
export const CALL_PARTICLES = new Set(['in', 'into', 'back', 'up']);

/** The stance a cue form performs, for any of its forms. */
export const STANCE_BY_FORM = new Map(CUES.flatMap((c) => c.forms.map((f) => [f, c.stance] as const)));
