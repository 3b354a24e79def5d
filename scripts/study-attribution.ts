/**
 * The data study behind the attribution rewrite (issue 10, item 2): reads PolNeAR train (articles
 * and hand-annotated attributions), finds each attribution's source, cue and content in its
 * article by string search (the gold has no offsets), classifies cue, source shape, order, quote
 * conventions and content shape, runs the current extractor in memory and breaks its recall down
 * by those classes. Writes docs/attribution-study.md and docs/attribution-lexicon.json.
 *
 * Usage: npm run study:attribution [-- <folder holding articles.txt and gold.json>]
 *
 * PolNeAR is third-party text: the outputs hold counts, general words and abstract patterns only.
 * Before writing, a guard refuses any output that holds a name word of the data or a run of seven
 * words found in its articles.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleDoc, ExtractionDocument, StatementDoc } from '../src/domain/document.js';
import { CUES } from '../src/ingest/lexicon/cues.js';
import { extract, readCorpus } from '../src/ingest/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = resolve(REPO, process.argv[2] ?? '../shared/eval/polnear/train');
const REPORT = join(REPO, 'docs/attribution-study.md');
const LEXICON = join(REPO, 'docs/attribution-lexicon.json');

// ---------------------------------------------------------------------------------------------
// Tables: the study's own word lists (general English, no names).
// ---------------------------------------------------------------------------------------------

/** Personal pronouns as sources, by the class a resolver must treat alike. */
// prettier-ignore
const PRONOUN_CLASS: Record<string, string> = {
  he: 'he/she', she: 'he/she', him: 'he/she', her: 'he/she (possessive)', his: 'he/she (possessive)',
  they: 'they', them: 'they', their: 'they (possessive)', it: 'it', its: 'it (possessive)',
  i: 'I/we', we: 'I/we', me: 'I/we', us: 'I/we', my: 'I/we (possessive)', our: 'I/we (possessive)',
  you: 'you', your: 'you',
};
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
// prettier-ignore
const INDEFINITE = new Set([
  'a', 'an', 'some', 'several', 'many', 'most', 'few', 'other', 'others', 'another', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'all', 'no', 'any', 'more',
  'dozens', 'hundreds', 'thousands', 'millions', 'half', 'nearly', 'about', 'certain', 'various',
  'numerous', 'multiple', 'each', 'every', 'fewer', 'almost', 'roughly', 'only', 'just', 'much', 'none',
  'somebody', 'someone', 'anyone', 'everyone', 'everybody', 'nobody', 'people', 'majority', 'plurality',
]);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'miss']);
// prettier-ignore
const TITLE_ABBREVIATIONS = new Set([
  'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'maj.', 'atty.', 'rev.', 'prof.',
  'sens.', 'reps.', 'govs.', 'supt.', 'cmdr.', 'lt. gov.',
]);
/** Capitalised words that are titles or parts of titles before a name ("Secretary of State"). */
// prettier-ignore
const CAPITALISED_TITLES = new Set([
  'president', 'senator', 'governor', 'secretary', 'speaker', 'judge', 'justice', 'chairman', 'chairwoman',
  'chair', 'director', 'mayor', 'ambassador', 'general', 'attorney', 'representative', 'congressman',
  'congresswoman', 'vice', 'former', 'candidate', 'leader', 'chief', 'minister', 'prime', 'commissioner',
  'sheriff', 'pastor', 'reverend', 'pope', 'king', 'queen', 'prince', 'lieutenant', 'professor', 'dean',
  'chancellor', 'councilman', 'councilwoman', 'state', 'house', 'senate', 'majority', 'minority', 'whip',
  'first', 'lady', 'deputy', 'press', 'assistant', 'executive', 'officer', 'cardinal', 'archbishop',
  'bishop', 'rabbi', 'imam', 'sir', 'lord', 'dame', 'detective', 'officer', 'agent', 'captain',
  'sergeant', 'colonel', 'major', 'admiral', 'delegate', 'superintendent', 'commander', 'founder',
  'editor', 'publisher', 'host', 'anchor', 'correspondent', 'columnist', 'reporter', 'analyst',
  'strategist', 'pollster', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'nominee', 'frontrunner', 'front-runner', 'hopeful', 'challenger', 'incumbent', 'of', 'the', 'u.s.',
  'federal', 'district', 'circuit', 'supreme', 'court', 'national', 'security', 'defense', 'foreign',
  'homeland', 'treasury', 'labor', 'health', 'education', 'energy', 'commerce', 'interior', 'justice',
  'acting', 'retired', 'ret.', 'presidential', 'republican', 'democratic', 'democrat', 'gop',
  'independent', 'libertarian', 'conservative', 'liberal', 'progressive', 'evangelical',
]);
/** Capitalised words that make a span an organisation or medium rather than a person. */
// prettier-ignore
const ORGANISATION_WORDS = new Set([
  'committee', 'campaign', 'party', 'department', 'agency', 'administration', 'commission', 'court',
  'council', 'congress', 'senate', 'house', 'institute', 'center', 'centre', 'foundation', 'university',
  'college', 'association', 'union', 'group', 'inc.', 'inc', 'corp.', 'corporation', 'company', 'co.',
  'bureau', 'office', 'service', 'board', 'pac', 'fund', 'coalition', 'alliance', 'project',
  'organization', 'organisation', 'club', 'church', 'ministry', 'government', 'police', 'army', 'navy',
  'force', 'caucus', 'society', 'federation', 'network', 'news', 'times', 'post', 'journal', 'magazine',
  'radio', 'television', 'tv', 'review', 'channel', 'media', 'tribune', 'herald', 'gazette', 'daily',
  'weekly', 'monitor', 'press', 'poll', 'polling', 'research', 'watch', 'action', 'forum', 'authority',
  'bank', 'reserve', 'trust', 'partners', 'associates', 'academy', 'school', 'hospital', 'parliament',
  'assembly', 'legislature', 'cabinet', 'embassy', 'mission', 'team', 'division', 'conference',
  'convention', 'movement', 'front', 'league', 'initiative', 'council', 'republicans', 'democrats',
  'fbi', 'cia', 'gop', 'dnc', 'rnc', 'nra', 'aclu', 'eu', 'un', 'nato', 'pentagon', 'kremlin',
]);
/** Group nouns written capitalised ("Republicans said"): collective sources, not names. */
// prettier-ignore
const GROUP_NOUNS = new Set([
  'republicans', 'democrats', 'americans', 'conservatives', 'liberals', 'progressives', 'evangelicals',
  'christians', 'muslims', 'catholics', 'millennials', 'latinos', 'hispanics', 'independents',
  'europeans', 'voters', 'critics', 'supporters', 'officials', 'experts', 'analysts', 'others',
]);
/** Heads that make the source a document, poll or piece of evidence. */
// prettier-ignore
const DOCUMENT_HEADS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'data',
  'memo', 'letter', 'statement', 'ad', 'ads', 'advertisement', 'video', 'book', 'article', 'editorial',
  'column', 'op-ed', 'post', 'tweet', 'tweets', 'email', 'emails', 'lawsuit', 'complaint', 'filing',
  'documents', 'document', 'records', 'figures', 'numbers', 'results', 'polling', 'research', 'website',
  'platform', 'bill', 'ruling', 'indictment', 'transcript', 'agreement', 'plan', 'proposal', 'message',
  'speech', 'piece', 'story', 'headline', 'release', 'document', 'guidelines', 'policy', 'law',
  'legislation', 'order', 'decision', 'estimate', 'estimates', 'projection', 'model', 'forecast',
  'findings', 'evidence', 'review', 'audit', 'investigation', 'probe', 'account', 'accounts', 'note',
  'paper', 'papers', 'resolution', 'amendment', 'petition', 'brief', 'motion', 'opinion', 'survey',
  'index', 'tally', 'count', 'exit', 'page', 'blog', 'podcast', 'show', 'film', 'documentary', 'chart',
]);
/** Words that end the head of a noun phrase: what follows modifies it. */
// prettier-ignore
const NP_BREAKERS = new Set([
  'of', 'for', 'at', 'from', 'in', 'with', 'who', 'that', 'which', 'on', 'to', 'behind', 'close',
  'familiar', 'inside', 'under', 'within', 'working', 'involved', 'and', 'or', 'like', 'including',
  'whose', 'whom', 'among', 'by', 'over', 'near', 'outside', 'across', 'about', 'than', 'as', 'into',
  'after', 'before', 'during', 'representing', 'speaking', 'loyal', 'allied', 'aligned', 'based',
]);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to', 'by', 'near', 'under']);

/** Auxiliaries, modals, adverbs and negation dropped from a cue to find its head. */
// prettier-ignore
const CUE_NOISE = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'ve",
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'did', 'does', 'do',
  'also', 'later', 'previously', 'repeatedly', 'often', 'recently', 'once', 'again', 'then', 'just',
  'already', 'still', 'even', 'never', 'not', "n't", 'always', 'publicly', 'privately', 'long', 'first',
  'last', 'further', 'frequently', 'openly', 'flatly', 'explicitly', 'specifically', 'simply',
  'reportedly', 'allegedly', 'repeatedly', 'ultimately', 'initially', 'originally', 'finally', 'now',
  'quickly', 'clearly', 'strongly', 'falsely', 'correctly', 'rightly', 'wrongly', 'famously', 'directly',
  'reportedly', 'apparently', 'actually', 'really', 'yet', 'ever', 'too', 'so', 'and', 'but', 'who',
  'which', 'that', 'had', 'cannot', "can't", "won't", "didn't", "doesn't", "don't", "hasn't", "haven't",
  "wasn't", "isn't", "aren't", "wouldn't", "couldn't", 'no', 'longer', 'soon', 'subsequently',
  'it', "it's", "'re", "'ll", "'d", 'widely', 'all', 'both', 'since', 'largely', 'increasingly',
  'immediately', 'formally', 'officially', 'quickly', 'only', 'personally', 'loudly', 'angrily',
  'sharply', 'bluntly', 'pointedly', 'forcefully', 'vigorously', 'emphatically', 'candidly', 'proudly',
]);
/** Negation words counted before they are dropped. */
// prettier-ignore
const NEGATION = new Set(['not', "n't", 'never', 'cannot', "can't", "won't", "didn't", "doesn't", "don't",
  "hasn't", "haven't", "wasn't", "isn't", "aren't", "wouldn't", "couldn't", 'no']);

// prettier-ignore
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', writing: 'write',
  spoke: 'speak', spoken: 'speak', thought: 'think', knew: 'know', known: 'know', felt: 'feel',
  saw: 'see', seen: 'see', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give',
  went: 'go', gone: 'go', came: 'come', found: 'find', meant: 'mean', sought: 'seek', held: 'hold',
  led: 'lead', left: 'leave', brought: 'bring', began: 'begin', begun: 'begin', became: 'become',
  got: 'get', gotten: 'get', kept: 'keep', heard: 'hear', understood: 'understand', taught: 'teach',
  shown: 'show', swore: 'swear', sworn: 'swear', chose: 'choose', chosen: 'choose', fought: 'fight',
  stood: 'stand', won: 'win', lost: 'lose', ran: 'run', sent: 'send', spent: 'spend', paid: 'pay',
  laid: 'lay', struck: 'strike', drew: 'draw', drawn: 'draw', threw: 'throw', thrown: 'throw',
  forgot: 'forget', forgotten: 'forget', bet: 'bet', put: 'put', set: 'set', let: 'let', read: 'read',
  foresaw: 'foresee', foreseen: 'foresee', withheld: 'withhold', upheld: 'uphold', overheard: 'overhear',
  mistook: 'mistake', undertook: 'undertake', broke: 'break', broken: 'break', rose: 'rise',
  risen: 'rise', fell: 'fall', fallen: 'fall', hid: 'hide', hidden: 'hide', sang: 'sing', sung: 'sing',
  sold: 'sell', bought: 'buy', caught: 'catch', dealt: 'deal', lied: 'lie', lies: 'lie',
  accused: 'accuse', accusing: 'accuse', refused: 'refuse', refusing: 'refuse', used: 'use', using: 'use',
  focused: 'focus', focusing: 'focus', focuses: 'focus', according: 'according',
  is: 'be', was: 'be', were: 'be', are: 'be', been: 'be',
};

/** Cue groups: the lemma of a cue's head (or its whole phrase) decides. */
type CueGroup =
  | 'speech verb'
  | 'writing/publishing'
  | 'according to'
  | 'noun cue'
  | 'belief'
  | 'intention'
  | 'stance (support/oppose)'
  | 'evidence (show/find)'
  | 'appearance (seem/appear)'
  | 'other';
// prettier-ignore
const CUE_GROUPS: Record<Exclude<CueGroup, 'according to' | 'noun cue' | 'other'>, string[]> = {
  'speech verb': [
    'say', 'tell', 'add', 'ask', 'note', 'explain', 'argue', 'claim', 'insist', 'state', 'declare',
    'announce', 'reply', 'respond', 'answer', 'continue', 'repeat', 'recall', 'acknowledge', 'admit',
    'concede', 'deny', 'warn', 'suggest', 'call', 'describe', 'accuse', 'criticize', 'criticise', 'praise',
    'urge', 'promise', 'vow', 'pledge', 'predict', 'joke', 'quip', 'complain', 'charge', 'allege', 'counter',
    'caution', 'emphasize', 'stress', 'boast', 'mention', 'remark', 'reiterate', 'shout', 'speak', 'testify',
    'confirm', 'agree', 'contend', 'maintain', 'point', 'refer', 'cite', 'dismiss', 'reject', 'blast',
    'slam', 'attack', 'mock', 'blame', 'defend', 'thank', 'question', 'tout', 'threaten', 'demand',
    'assert', 'observe', 'conclude', 'characterize', 'label', 'dub', 'brag', 'lament', 'muse', 'scoff',
    'sneer', 'yell', 'scream', 'exclaim', 'chant', 'cheer', 'boo', 'whisper', 'proclaim', 'pronounce',
    'condemn', 'denounce', 'decry', 'rip', 'ridicule', 'lash', 'hit', 'knock', 'chide', 'scold', 'rebuke',
    'challenge', 'dispute', 'contradict', 'correct', 'clarify', 'elaborate', 'reveal', 'disclose',
    'inform', 'advise', 'recommend', 'propose', 'implore', 'plead', 'beg', 'invite', 'encourage',
    'congratulate', 'apologize', 'apologise', 'concur', 'echo', 'summarize', 'sum', 'put', 'answer',
    'retort', 'fire', 'hammer', 'jab', 'taunt', 'tease', 'insult', 'smear', 'label', 'brand', 'term',
    'name', 'hail', 'welcome', 'commend', 'applaud', 'laud', 'credit', 'highlight', 'underscore',
    'acknowledge', 'swear', 'assure', 'reassure', 'guarantee', 'predict', 'forecast', 'speculate',
    'wonder aloud', 'muse', 'interject', 'interrupt', 'chime', 'weigh', 'sound', 'raise', 'voice',
    'express', 'discuss', 'talk', 'address', 'mention', 'confide', 'recount', 'relate', 'narrate',
    'quote', 'paraphrase', 'describe', 'portray', 'depict', 'characterise', 'call for', 'demand',
    'insist', 'protest', 'object', 'grumble', 'gripe', 'moan', 'whine', 'huff', 'snap', 'shoot', 'fire',
    'retort', 'rejoin', 'counter', 'rebut', 'refute', 'deride', 'lambaste', 'excoriate', 'berate',
    'pan', 'trash', 'bash', 'go', 'testify', 'preach', 'lecture', 'argue', 'plead', 'confess',
    'announce', 'declare', 'state', 'assert', 'affirm', 'aver', 'allege', 'accuse', 'imply', 'hint',
    'signal', 'indicate', 'tell', 'say', 'remind', 'compare', 'emphasise', 'rail', 'advocate', 'reference',
    'comment', 'invoke', 'paint', 'assail', 'request', 'identify', 'liken', 'single', 'float', 'frame',
    'pitch', 'argue', 'recount', 'volunteer', 'ridicule', 'promote', 'tease', 'spin', 'downplay',
  ],
  'writing/publishing': [
    'write', 'tweet', 'post', 'publish', 'report', 'retweet', 'email', 'e-mail', 'text', 'blog', 'print',
    'pen', 'sign', 'file', 'release', 'issue', 'editorialize', 'share', 'caption', 'headline',
    'message', 'document', 'list', 'record', 'log', 'note', 'chronicle', 'detail', 'outline', 'spell',
    'publicize', 'broadcast', 'air', 'read', 'edit', 'quote', 'cover', 'feature', 'tape', 'film',
  ],
  belief: [
    'think', 'believe', 'know', 'feel', 'consider', 'expect', 'fear', 'worry', 'doubt', 'suspect',
    'assume', 'understand', 'realize', 'realise', 'recognize', 'suppose', 'guess', 'imagine', 'figure',
    'wonder', 'trust', 'view', 'see', 'regard', 'hope', 'be', 'confident', 'convince', 'concern',
    'agree', 'disagree', 'sense', 'bet', 'reckon', 'presume', 'assume', 'perceive', 'judge', 'deem',
    'count', 'envision', 'foresee', 'anticipate', 'dream', 'remember', 'forget', 'learn', 'discover',
    'notice', 'recognise', 'acknowledge', 'accept', 'care', 'mind', 'question', 'value', 'admire',
    'respect', 'distrust', 'mistrust', 'remain', 'skeptical', 'sure', 'certain', 'aware', 'unclear',
    'clear', 'likely', 'unlikely',
  ],
  'stance (support/oppose)': [
    'support', 'oppose', 'back', 'endorse', 'favor', 'favour', 'prefer', 'like', 'love', 'hate',
    'dislike', 'approve', 'disapprove', 'embrace', 'reject', 'vote', 'cast', 'nominate', 'elect',
    'choose', 'pick', 'select', 'side', 'rally', 'join', 'align', 'welcome', 'applaud', 'celebrate',
    'disavow', 'distance', 'abandon', 'desert', 'boycott', 'protest',
  ],
  intention: [
    'want', 'plan', 'intend', 'aim', 'seek', 'try', 'decide', 'refuse', 'decline', 'wish', 'prepare',
    'need', 'push', 'strive', 'attempt', 'look', 'choose', 'opt', 'hope to', 'expect to', 'vow to',
    'resolve', 'determine', 'mean', 'set', 'poise', 'go', 'move', 'work', 'fight', 'struggle', 'hesitate',
    'offer', 'volunteer', 'agree to', 'threaten to', 'promise to', 'pledge to', 'commit', 'insist on',
    'press', 'lobby', 'campaign', 'demand', 'call for', 'urge',
  ],
  'evidence (show/find)': [
    'show', 'find', 'indicate', 'reveal', 'demonstrate', 'prove', 'estimate', 'project', 'conclude',
    'determine', 'put', 'give', 'rank', 'rate', 'measure', 'confirm', 'suggest', 'count', 'tally',
    'calculate', 'document', 'track',
  ],
  'appearance (seem/appear)': ['seem', 'appear', 'look', 'sound'],
};
/** First matching group wins: evidence and appearance verbs are ambiguous, so they come late. */
const GROUP_ORDER: (keyof typeof CUE_GROUPS)[] = [
  'speech verb',
  'writing/publishing',
  'appearance (seem/appear)',
  'belief',
  'intention',
  'stance (support/oppose)',
  'evidence (show/find)',
];
/** Phrase cues decided before the head word: "hope to" is intention, "point out" speech. */
const PHRASE_GROUPS: [RegExp, CueGroup][] = [
  [/\baccording\b/, 'according to'],
  [
    /^(?:hope|expect|want|plan|intend|aim|seek|try|vow|promise|pledge|threaten|decline|refuse) to\b/,
    'intention',
  ],
  [
    /^(?:be )?(?:set|poise|prepare|expect|likely|eager|willing|ready|determine|going|about) to\b/,
    'intention',
  ],
  [
    /^make (?:clear|plain|(?:the|a|his|her|their) (?:case|point|argument|claim|pitch|remark|comment))\b/,
    'speech verb',
  ],
  [
    /^(?:go on|take issue|take aim|take a swipe|weigh in|speak out|lash out|push back|sound off)\b/,
    'speech verb',
  ],
  [/^take to\b/, 'writing/publishing'],
];
/** Words that open a noun cue: "in a statement", "his remarks", "'s claim". */
// prettier-ignore
const NOUN_CUE_OPENERS = new Set([
  'in', 'on', 'with', 'from', 'via', 'through', 'during', 'per', 'at', 'by', "'s", 'a', 'an', 'the', 'his',
  'her', 'their', 'its', 'my', 'our', 'this', 'that', 'these', 'those',
]);
/** Nouns that carry attribution by themselves ("in a statement", "his remarks", "the claim"). */
// prettier-ignore
const NOUN_CUES = new Set([
  'statement', 'statements', 'interview', 'interviews', 'remarks', 'remark', 'comments', 'comment',
  'claim', 'claims', 'speech', 'speeches', 'letter', 'tweet', 'tweets', 'post', 'memo', 'op-ed',
  'editorial', 'announcement', 'testimony', 'response', 'criticism', 'endorsement', 'views', 'view',
  'warning', 'message', 'argument', 'question', 'questions', 'opinion', 'belief', 'position',
  'assertion', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'promise',
  'pledge', 'vow', 'proposal', 'report', 'reports', 'poll', 'survey', 'study', 'words', 'answer',
  'appeal', 'demand', 'demands', 'call', 'calls', 'insistence', 'assessment', 'analysis', 'estimate',
  'prediction', 'predictions', 'concern', 'concerns', 'fears', 'hopes', 'plan', 'plans', 'support',
  'opposition', 'praise', 'attack', 'attacks', 'charge', 'charges', 'defense', 'denial', 'explanation',
  'description', 'characterization', 'suggestion', 'admission', 'confirmation', 'advice', 'remarks',
  'rhetoric', 'talk', 'pitch', 'message', 'promises', 'slogan', 'rallying', 'refrain', 'mantra',
  'reference', 'references', 'quote', 'quotes', 'conversation', 'debate', 'rally', 'address', 'essay',
  'book', 'video', 'ad', 'ads', 'commercial', 'press', 'briefing', 'conference', 'hearing',
  'decision', 'decisions', 'supporter', 'supporters', 'idea', 'sign', 'focus', 'backing', 'interest',
  'consensus', 'swipe', 'reaction', 'thoughts', 'verdict', 'stance', 'approval', 'objection', 'vote',
  'votes', 'request', 'offer', 'invitation', 'challenge', 'complaint', 'insult', 'jab', 'dig',
  'nod', 'reminder', 'campaign', 'bid', 'push', 'effort', 'goal', 'aim', 'intention', 'desire',
]);

/** The scorer's speech cue test (score.py SPEECH), the subset its recall counts. */
// prettier-ignore
const SCORER_SPEECH = new RegExp(
  '\\b(said|says|say|saying|told|tell|tells|telling|added|adding|add|adds|wrote|write|writes|writing|' +
    'stated|states|state|announced|announce|announces|argued|argue|argues|arguing|asked|ask|asks|asking|' +
    'warned|warn|warns|warning|claimed|claim|claims|claiming|insisted|insist|insists|noted|note|notes|' +
    'noting|explained|explain|explains|declared|declare|declares|according|tweeted|tweet|tweets|posted|' +
    'responded|respond|responds|replied|reply|replies|acknowledged|acknowledge|acknowledges|admitted|admit|' +
    'admits|denied|deny|denies|called|urged|urge|urges|urging|accused|accuse|accuses|promised|promise|' +
    'promises|vowed|vow|vows|pledged|pledge|pledges|predicted|criticized|criticised|praised|suggested|' +
    'suggest|suggests|contended|maintained|conceded|concede|recalled|reported|report|reports|testified|' +
    'confirmed|confirm|confirms|agreed|joked|quipped|complained|charged|alleged|countered|cautioned|' +
    'predicted|repeated|emphasized|stressed|boasted|mentioned|described|describes|called|shouted|told|' +
    'telling|speaking|spoke|speaks|remarked|remarks|statement|interview|reiterated)\\b',
  'i',
);
/** The scorer's stop words (score.py STOP): content words are what is left. */
// prettier-ignore
const SCORER_STOP = new Set(
  `a an the and or but of to in on for at by with from as is are was were be been being it its this
that these those he she they we i you his her their our my your him them us me not no do does did has
have had will would could should can may might must said says say told tells also than then there here
what which who whom whose when where why how all any both each more most other some such only own same so
too very just about into over after before up down out off again further once`.split(/\s+/),
);

const QUOTE_CHARS = /["“”]|''/;

// ---------------------------------------------------------------------------------------------
// Reading: articles (headline, blank line, paragraphs, three blank lines between articles).
// ---------------------------------------------------------------------------------------------

interface GoldAttribution {
  content: string;
  cue: string;
  source: string;
  sourceNames: string[];
  sourceNamesFrom: 'span' | 'coref' | 'none';
  quoted: boolean;
}
interface GoldArticle {
  file: string;
  title: string;
  attributions: GoldAttribution[];
}

interface Span {
  start: number;
  end: number;
}

/** One article as the study sees it: headline (paragraph 0) and body, joined by single spaces. */
interface Article {
  index: number;
  title: string;
  paragraphs: string[];
  text: string;
  lower: string;
  paragraphStart: number[];
  sentenceStart: number[];
}

const normalise = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// prettier-ignore
const ABBREVIATION_BEFORE_DOT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'st', 'jr',
  'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs',
  'inc', 'corp', 'co', 'ft', 'mt', 'rev', 'prof', 'atty', 'sens', 'reps', 'u.s', 'u.n', 'd.c', 'a.m', 'p.m',
]);

/** Sentence starts (offsets in `text`) in a paragraph that begins at `base`. */
function sentenceStarts(paragraph: string, base: number): number[] {
  const starts = [base];
  const re = /[.!?]+["”’')]*\s+(?=["“‘'(]?[A-Z0-9])/g;
  for (const m of paragraph.matchAll(re)) {
    const before =
      /([\p{L}.]+)\.*$/u.exec(paragraph.slice(Math.max(0, m.index - 12), m.index + 1))?.[1] ?? '';
    const word = before.toLowerCase().replace(/\.$/, '');
    if (ABBREVIATION_BEFORE_DOT.has(word) || /^\p{Lu}$/u.test(before.replace(/\.$/, ''))) continue;
    starts.push(base + m.index + m[0].length);
  }
  return starts;
}

function readArticles(raw: string): Article[] {
  const blocks = raw
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split(/\n[ \t]*\n[ \t]*\n[ \t]*\n+/);
  return blocks
    .map((b) => b.trim())
    .filter((b) => b !== '')
    .map((block, index) => {
      const [title = '', ...paragraphs] = block.split(/\n[ \t]*\n+/).map(normalise);
      const all = [title, ...paragraphs.filter((p) => p !== '')];
      const paragraphStart: number[] = [];
      const sentenceStart: number[] = [];
      let at = 0;
      for (const p of all) {
        paragraphStart.push(at);
        sentenceStart.push(...sentenceStarts(p, at));
        at += p.length + 1;
      }
      const text = all.join(' ');
      return {
        index,
        title,
        paragraphs: all,
        text,
        lower: text.toLowerCase(),
        paragraphStart,
        sentenceStart,
      };
    });
}

/** Index of the last start <= offset. */
function indexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Locating source, cue and content in the article (the gold has no offsets).
// ---------------------------------------------------------------------------------------------

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

function findAll(hay: string, needle: string, from: number, to: number, bounded: boolean): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const startsWord = isWordChar(needle[0]);
  const endsWord = isWordChar(needle.at(-1));
  let i = hay.indexOf(needle, Math.max(0, from));
  while (i >= 0 && i + needle.length <= to) {
    const ok =
      !bounded ||
      ((!startsWord || !isWordChar(hay[i - 1])) && (!endsWord || !isWordChar(hay[i + needle.length])));
    if (ok) out.push(i);
    if (out.length >= 200) break;
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/** Length of the longest prefix of `s` occurring within hay[from, to). */
function longestPrefix(hay: string, s: string, from: number, to: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const i = hay.indexOf(s.slice(0, mid), from);
    if (i >= 0 && i + mid <= to) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Candidate placements of a content span: exact occurrences, or (for content the annotators
 * joined from pieces around an attribution) a chain of pieces found left to right.
 */
function placeContent(text: string, content: string): Span[][] {
  const c = normalise(content);
  if (!c) return [];
  const exact = findAll(text, c, 0, text.length, false);
  if (exact.length) return exact.slice(0, 12).map((i) => [{ start: i, end: i + c.length }]);
  const first = longestPrefix(text, c, 0, text.length);
  if (first < Math.min(8, c.length)) return [];
  const out: Span[][] = [];
  for (const at of findAll(text, c.slice(0, first), 0, text.length, false).slice(0, 8)) {
    const segments: Span[] = [{ start: at, end: at + first }];
    let rest = c.slice(first).trimStart();
    let pos = at + first;
    while (rest) {
      const n = longestPrefix(text, rest, pos, pos + 800 + rest.length);
      if (n < Math.min(4, rest.length)) break;
      const i = text.indexOf(rest.slice(0, n), pos);
      segments.push({ start: i, end: i + n });
      pos = i + n;
      rest = rest.slice(n).trimStart();
    }
    if (!rest) out.push(segments);
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
function distance(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}
const hull = (segments: Span[]): Span => ({ start: segments[0]!.start, end: segments.at(-1)!.end });
function distanceToSegments(a: Span, segments: Span[]): number {
  const h = hull(segments);
  // Between two pieces of a content ("…," he said, "…"): no distance at all.
  if (a.start >= h.start && a.end <= h.end) return 0;
  return distance(a, h);
}
const insideSegments = (a: Span, segments: Span[]) => segments.some((s) => overlaps(a, s));

/** The occurrence of `needle` nearest to `anchor`, avoiding the content pieces. */
function nearest(
  article: Article,
  needle: string,
  anchor: Span[],
  avoid: Span[],
  radius: number,
): Span | null {
  const h = hull(anchor);
  const from = h.start - radius;
  const to = h.end + radius;
  const n = normalise(needle);
  let hits = findAll(article.text, n, from, to, true);
  if (!hits.length) hits = findAll(article.lower, n.toLowerCase(), from, to, true);
  const spans = hits.map((i) => ({ start: i, end: i + n.length }));
  const outside = spans.filter((s) => !insideSegments(s, avoid));
  const pool = outside.length ? outside : spans;
  let best: Span | null = null;
  let bestD = Infinity;
  for (const s of pool) {
    const d = distanceToSegments(s, anchor);
    if (d < bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

interface Placement {
  content: Span[] | null;
  cue: Span | null;
  /** How the cue was found: whole phrase, or only its first word (a discontinuous cue). */
  cueBy: 'phrase' | 'head' | 'none';
  source: Span | null;
}

function place(article: Article, a: GoldAttribution): Placement {
  const candidates = placeContent(article.text, a.content);
  const cueText = normalise(a.cue);
  const cueHead = cueText.split(' ').find((w) => w.length >= 3 && !CUE_NOISE.has(w.toLowerCase())) ?? '';
  let best: Placement = { content: null, cue: null, cueBy: 'none', source: null };
  let bestScore = Infinity;
  for (const content of candidates) {
    let cue = cueText ? nearest(article, cueText, content, content, 2500) : null;
    let cueBy: Placement['cueBy'] = cue ? 'phrase' : 'none';
    if (!cue && cueHead) {
      cue = nearest(article, cueHead, content, content, 2500);
      if (cue) cueBy = 'head';
    }
    const anchor = cue ? [cue] : content;
    const source = a.source ? nearest(article, a.source, anchor, content, 2500) : null;
    const score =
      (cue ? distanceToSegments(cue, content) : 5000) +
      (source ? distance(source, anchor[0]!) : a.source ? 5000 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = { content, cue, cueBy, source };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Cues: head lemma, phrase and group.
// ---------------------------------------------------------------------------------------------

/** Word counts of the whole corpus, lower-cased: evidence for choosing a lemma's spelling. */
let vocabulary = new Map<string, number>();
/** Whether the reader refused articles: the report then shows a "refusal lifted" column too. */
let refusals = true;
const seen = (w: string) => vocabulary.get(w) ?? 0;

function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  const stemOf = (stem: string) => {
    const candidates = [stem, stem + 'e'];
    const double = /([bdfgklmnprtvz])\1$/.exec(stem);
    if (double && stem.length >= 4 && !/(ll|ss|ff|zz)$/.test(stem)) candidates.push(stem.slice(0, -1));
    if (double && /(ll)$/.test(stem) && stem.length >= 5) candidates.push(stem.slice(0, -1));
    // Evidence for a spelling: its third-person form ("notes" for note, "stresses" for stress).
    const score = (c: string) => seen(c.endsWith('e') || !/(?:s|sh|ch|x|z|o)$/.test(c) ? c + 's' : c + 'es');
    // On a tie ("accuses" fits accus and accuse), a single s or z after the stem wants its e.
    const eFirst = /(?:[^su]s|z)$/.test(stem);
    const ranked = candidates
      .map((c, i) => ({ c, n: score(c), tie: eFirst && c.endsWith('e') ? -1 : i }))
      .sort((a, b) => b.n - a.n || a.tie - b.tie);
    if (ranked[0]!.n > 0) return ranked[0]!.c;
    if (double && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
    const wantsE =
      /(?:[^aeiou][aeiou][cgsvzu]|[^aeiou][aeiou][^aeiouwxy]|[cgsvzu]|at|[^aeiourl]l|aus)$/.test(stem) &&
      !/(?:ss|[^a]us|er|en|on|el|it|et|om|eat|oat)$/.test(stem);
    return wantsE ? stem + 'e' : stem;
  };
  if (/ing$/.test(w) && w.length > 5) return stemOf(w.slice(0, -3));
  if (/ed$/.test(w) && w.length > 4) return stemOf(w.slice(0, -2));
  if (/(?:sh|ch|x|ss|zz|o)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

interface CueInfo {
  /** The head word as written (lower case), the form a matcher must list. */
  form: string;
  lemma: string;
  /** Lemmatised head plus what followed it: "say in a statement", "point out". */
  phrase: string;
  group: CueGroup;
  words: number;
  negated: boolean;
  /** Whether the current extractor's cue table holds any word of it. */
  knownToExtractor: boolean;
  tense: string;
}

const EXTRACTOR_FORMS = new Set(CUES.flatMap((c) => c.forms.map((f) => f.toLowerCase())));
/** Words a capitalised token may stand for without being a name (sentence-initial cue words). */
const isNameLike = (token: string) => {
  if (!/^\p{Lu}/u.test(token)) return false;
  const lower = token.toLowerCase();
  const l = lemma(lower);
  if (GROUP_ORDER.some((g) => CUE_GROUPS[g].includes(l))) return false;
  return seen(lower) < 2 || seen(lower) < (vocabulary.get('\u0000' + token) ?? 0);
};

function cueInfo(cue: string): CueInfo {
  const raw = normalise(cue).replace(/[’‘]/g, "'");
  if (/^[:;,—–-]+$/.test(raw)) {
    const tense = 'punctuation (colon)';
    return {
      form: raw,
      lemma: raw,
      phrase: raw,
      group: 'noun cue',
      words: 0,
      negated: false,
      knownToExtractor: false,
      tense,
    };
  }
  const tokens = raw
    .replace(/[,;"“”()]+/g, ' ')
    .replace(/:$/, '')
    .split(' ')
    .filter(Boolean)
    .map((t) => (isNameLike(t) ? 'X' : /\d/.test(t) ? 'N' : t.toLowerCase()))
    .filter((t, i, all) => !(t === 'X' && all[i - 1] === 'X'));
  const negated = tokens.some((t) => NEGATION.has(t));
  let body = tokens.filter((t) => !CUE_NOISE.has(t));
  // "to endorse": the infinitive marker is no part of the cue.
  if (body[0] === 'to' && body.length > 1) body = body.slice(1);
  const lowered = raw.toLowerCase().split(/[\s,:;]+/);
  const knownToExtractor =
    lowered.some((t) => EXTRACTOR_FORMS.has(t)) || /\baccording to\b/.test(raw.toLowerCase());
  const first = body[0] ?? tokens[0] ?? '';
  const headAt = Math.max(0, tokens.indexOf(first));
  const tense = tenseOf(tokens.slice(0, headAt), first);
  const base = { words: tokens.length, negated, knownToExtractor, tense };
  if (NOUN_CUE_OPENERS.has(first) && body.length > 1) {
    // A noun cue: its head is the noun ("in a statement" → statement).
    const noun = headOf(body.slice(1).filter((t) => !NOUN_CUE_OPENERS.has(t))) ?? first;
    const phrase = body.join(' ');
    const group: CueGroup = /\baccording\b/.test(phrase) ? 'according to' : 'noun cue';
    return { ...base, tense: 'noun cue', form: noun, lemma: nounLemma(noun), phrase, group };
  }
  const headLemma = first === 'X' || first === 'N' ? first : lemma(first);
  const phrase = [headLemma, ...body.slice(1)].join(' ');
  let group: CueGroup | undefined = PHRASE_GROUPS.find(([re]) => re.test(phrase))?.[1];
  const verbGroup = GROUP_ORDER.find((g) => CUE_GROUPS[g].includes(headLemma));
  // A bare noun ("statement", "decision") that is no form of a listed verb.
  if (!group && !verbGroup && NOUN_CUES.has(first)) group = 'noun cue';
  group ??= verbGroup ?? 'other';
  return { ...base, form: first, lemma: group === 'noun cue' ? nounLemma(first) : headLemma, phrase, group };
}

const MODALS = [
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  "'ll",
  "'d",
  'shall',
  'cannot',
];
const BE = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"];

/** The verb form of a cue: past, present, perfect, modal, progressive, passive, participle. */
function tenseOf(before: string[], head: string): string {
  const has = (words: string[]) => before.some((t) => words.includes(t));
  if (head === 'X' || head === 'N' || !head) return 'other';
  if (has(MODALS)) return 'modal (will/would say)';
  if (has(['has', 'have', "'ve"])) return 'present perfect (has said)';
  if (has(['had'])) return 'past perfect (had said)';
  if (has(BE))
    return head.endsWith('ing') ? 'progressive (is saying)' : 'be + participle/adjective (is expected)';
  if (head.endsWith('ing')) return '-ing participle (saying, adding)';
  const l = lemma(head);
  if (head.endsWith('ed') || (IRREGULAR[head] && IRREGULAR[head] !== head && !head.endsWith('s')))
    return 'past (said)';
  if (head.endsWith('s') && l !== head) return 'present, 3rd person (says)';
  if (l === head) return 'base form (say: plural present, infinitive)';
  return 'other';
}

const nounLemma = (w: string) => (/[^s]s$/.test(w) && !/(?:ss|us|is|ics|news)$/.test(w) ? w.slice(0, -1) : w);

// ---------------------------------------------------------------------------------------------
// Sources: shape and head noun.
// ---------------------------------------------------------------------------------------------

type SourceShape =
  | 'none (no source span)'
  | 'pronoun'
  | 'relative pronoun (who/which)'
  | 'proper name alone'
  | 'title + name'
  | 'name + appositive or affiliation'
  | 'definite description'
  | 'indefinite / anonymous'
  | 'bare role noun (no determiner)'
  | 'organisation / media name'
  | 'possessive'
  | 'document / poll / report'
  | 'collective group (capitalised plural)'
  | 'coordination (X and Y)'
  | 'other';

interface SourceInfo {
  shape: SourceShape;
  /** The finer class inside the shape: "he/she", "honorific", "with name modifier"… */
  detail: string;
  /** The head noun of a description, a title before a name, or an anonymous head (lower case). */
  head: string | null;
  /** The lower-case title phrase before a name ("campaign manager"), ORG for capitalised modifiers. */
  title: string | null;
}

/** A word written capitalised that a reader would take as an ordinary word at a sentence start. */
const commonWordAtStart = (t: string) => {
  const l = t.toLowerCase();
  return seen(l) >= 5 && (vocabulary.get('\u0000' + t) ?? 0) * 2 < seen(l);
};

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t) || /^\p{Lu}\./u.test(t);
const cleanToken = (t: string) => t.replace(/^[("“‘'«]+|[)"”’'»,;:]+$/g, '');
const plural = (w: string) => /[^s]s$/.test(w) || /(?:men|people|folks)$/.test(w);

/** Head of a noun phrase: the last word before a preposition, relative word or comma. */
function headOf(tokens: string[]): string | null {
  const out: string[] = [];
  for (const t of tokens) {
    if (/^[-—–(]/.test(t) && out.length) break;
    if (t.endsWith(',')) {
      out.push(t.slice(0, -1));
      break;
    }
    if (NP_BREAKERS.has(t.toLowerCase()) && out.length) break;
    out.push(t);
  }
  const head = out.at(-1);
  return head ? cleanToken(head).replace(/['’]s$/, '') : null;
}

function sourceShapeOf(source: string): SourceInfo {
  const s = normalise(source)
    .replace(/[’‘]/g, "'")
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+[—–-]\s+.*$/, '');
  if (!s) return { shape: 'none (no source span)', detail: 'implicit', head: null, title: null };
  const tokens = s.split(' ').map(cleanToken).filter(Boolean);
  const lower = tokens.map((t) => t.toLowerCase());
  const first = lower[0] ?? '';
  if (tokens.length === 1 && PRONOUN_CLASS[first]) {
    return { shape: 'pronoun', detail: PRONOUN_CLASS[first]!, head: first, title: null };
  }
  if (tokens.length === 1 && RELATIVES.has(first)) {
    return { shape: 'relative pronoun (who/which)', detail: first, head: first, title: null };
  }
  // A capitalised first word that is an ordinary word ("The", "Officials") reads as lower case,
  // unless a capitalised word follows it (a first name that is also a word).
  const firstIsCommon =
    !isCapitalised(tokens[0]!) ||
    DEFINITE.has(first) ||
    INDEFINITE.has(first) ||
    POSSESSIVE_DETERMINERS.has(first) ||
    (commonWordAtStart(tokens[0]!) && !isCapitalised(tokens[1] ?? ''));
  const numeric = /^[\d$%.,-]+%?$/.test(tokens[0]!);
  const possessive = s.search(/'s\b/);
  const comma = s.indexOf(',');

  if (!firstIsCommon && comma > 0 && (possessive < 0 || comma < possessive)) return appositive(s, comma);
  if (possessive >= 0 || (POSSESSIVE_DETERMINERS.has(first) && tokens.length > 1))
    return possessiveInfo(s, tokens, first);
  const head = headOf(firstIsCommon ? lower : tokens)?.toLowerCase() ?? null;
  if (comma < 0 && head && DOCUMENT_HEADS.has(head) && (firstIsCommon || tokens.length > 1)) {
    return { shape: 'document / poll / report', detail: firstIsCommon ? first : 'named', head, title: null };
  }
  if (numeric) return { shape: 'indefinite / anonymous', detail: 'number or percentage', head, title: null };
  const coordinated = lower.indexOf('and');
  if (coordinated > 0 && (PRONOUN_CLASS[first] || !firstIsCommon) && !ORGANISATION_WORDS.has(lower.at(-1)!)) {
    return { shape: 'coordination (X and Y)', detail: 'several sources', head: null, title: null };
  }
  if (firstIsCommon && comma > 0 && splitTitle(s.slice(0, comma).split(' ').filter(Boolean)))
    return appositive(s, comma);
  if (firstIsCommon) {
    const rest = lower.slice(1);
    const capsAfter = tokens.slice(1).some((t) => isCapitalised(t));
    if (DEFINITE.has(first)) {
      const headToken = headOf(tokens.slice(1)) ?? '';
      if (isCapitalised(headToken) && !GROUP_NOUNS.has(headToken.toLowerCase())) {
        return {
          shape: 'organisation / media name',
          detail: 'the + capitalised name',
          head: null,
          title: null,
        };
      }
      return {
        shape: 'definite description',
        detail: capsAfter ? 'with a name in it ("the X campaign")' : 'common words only',
        head: headOf(rest)?.toLowerCase() ?? null,
        title: null,
      };
    }
    if (INDEFINITE.has(first) || (head && plural(head))) {
      return {
        shape: 'indefinite / anonymous',
        detail: INDEFINITE.has(first) ? first : 'bare plural',
        head,
        title: null,
      };
    }
    // Lower-case role words then a name: "campaign manager X"; else a bare role noun.
    const titled = splitTitle(tokens);
    if (titled) return titled;
    return { shape: 'bare role noun (no determiner)', detail: 'no determiner', head, title: null };
  }
  // "Senator X of State", "X of ORG": a complement after the name.
  const complement = lower.findIndex(
    (t, i) => i > 0 && (PREPOSITIONS.has(t) || RELATIVES.has(t)) && isCapitalised(tokens[i - 1]!),
  );
  const core = complement > 0 ? tokens.slice(0, complement) : tokens;
  const titled = splitTitle(core);
  if (titled) return complement > 0 ? { ...titled, detail: titled.detail + ' + of/at ORG' } : titled;
  if (
    complement > 0 &&
    core.every(isCapitalised) &&
    !core.some((t) => ORGANISATION_WORDS.has(t.toLowerCase()))
  ) {
    return { shape: 'name + appositive or affiliation', detail: 'NAME of/at ORG', head: null, title: null };
  }
  const last = core.at(-1)!;
  if (!isCapitalised(last)) {
    // Capitalised modifiers, then a common head: "Party officials", "Agency spokesman".
    const h = last.toLowerCase();
    return plural(h)
      ? { shape: 'indefinite / anonymous', detail: 'capitalised modifier + plural', head: h, title: null }
      : {
          shape: 'bare role noun (no determiner)',
          detail: 'capitalised modifier + role',
          head: h,
          title: null,
        };
  }
  if (tokens.length === 1 && GROUP_NOUNS.has(first)) {
    return { shape: 'collective group (capitalised plural)', detail: 'group noun', head: first, title: null };
  }
  const acronym = (t: string) => /^[A-Z]{2,}[A-Z&/.-]*$/.test(t) && !/^(?:II|III|IV|JR|SR)\.?$/.test(t);
  if (tokens.some((t) => ORGANISATION_WORDS.has(t.toLowerCase()) || acronym(t))) {
    return {
      shape: 'organisation / media name',
      detail: 'organisation word or acronym',
      head: null,
      title: null,
    };
  }
  if (core.every((t) => isCapitalised(t) || /^(?:de|van|von|der|la|le|du|da|di|al|bin|jr\.?)$/i.test(t))) {
    const n = core.length >= 3 ? '3+' : String(core.length);
    return {
      shape: 'proper name alone',
      detail: `${n} word${n === '1' ? '' : 's'}`,
      head: null,
      title: null,
    };
  }
  return { shape: 'other', detail: 'other', head: null, title: null };
}

/** The shape, with a head noun kept only where the span wrote it as a common word (never a name). */
function sourceInfo(source: string): SourceInfo {
  const info = sourceShapeOf(source);
  if (!info.head) return info;
  const written = normalise(source)
    .split(' ')
    .map(cleanToken)
    .filter((t, i) => i > 0 || !isCapitalised(t));
  const head = info.head;
  const common =
    /^[a-z][a-z-]*\.?$/.test(head) &&
    !SCORER_STOP.has(head) &&
    !IRREGULAR[head] &&
    !CUE_NOISE.has(head) &&
    (written.some((t) => t === head || t.replace(/'s$/, '') === head) ||
      CAPITALISED_TITLES.has(head) ||
      TITLE_ABBREVIATIONS.has(head) ||
      HONORIFICS.has(head) ||
      GROUP_NOUNS.has(head) ||
      PRONOUN_CLASS[head] !== undefined ||
      RELATIVES.has(head) ||
      (normalise(source).split(' ')[0]!.toLowerCase() === head &&
        commonWordAtStart(normalise(source).split(' ')[0]!)));
  return common ? info : { ...info, head: null };
}

/** "NAME, DESCRIPTION," and "NAME, who …": the description's head is the role noun. */
function appositive(s: string, comma: number): SourceInfo {
  const name = s.slice(0, comma).trim();
  // Ages ("NAME, 39, a teacher") are skipped: the description is the first wordy segment.
  const segment =
    s
      .slice(comma + 1)
      .split(',')
      .map((x) => x.trim())
      .find((x) => x && !/^[\d\s]+$/.test(x)) ?? '';
  const desc = segment.split(' ').filter(Boolean);
  const dFirst = desc[0]?.toLowerCase() ?? '';
  const relative = RELATIVES.has(dFirst);
  const dHead = DEFINITE.has(dFirst) || INDEFINITE.has(dFirst) ? headOf(desc.slice(1)) : headOf(desc);
  const nameTitle = splitTitle(name.split(' ').filter(Boolean));
  const detail =
    (relative ? 'NAME, who …' : 'NAME, DESCRIPTION,') + (nameTitle ? ' (title before name)' : '');
  const head = relative || !dHead || isCapitalised(dHead) ? null : dHead.toLowerCase();
  return { shape: 'name + appositive or affiliation', detail, head, title: nameTitle?.title ?? null };
}

/** "X's campaign", "his team", "the senator's spokesman", or the possessor alone ("X's" + noun cue). */
function possessiveInfo(s: string, tokens: string[], first: string): SourceInfo {
  const after = s.split(/'s\s*/).slice(1).join(' ').trim();
  const byPronoun = POSSESSIVE_DETERMINERS.has(first);
  const rest = byPronoun ? tokens.slice(1) : after.split(' ').filter(Boolean);
  if (!rest.length) {
    return { shape: 'possessive', detail: "possessor alone (X's + noun cue)", head: null, title: null };
  }
  const h = headOf(rest);
  if (h && isCapitalised(h))
    return { shape: 'possessive', detail: "X's NAME (owner, then a name)", head: null, title: null };
  const head = h?.toLowerCase() ?? null;
  if (head && DOCUMENT_HEADS.has(head)) {
    return { shape: 'document / poll / report', detail: 'possessive', head, title: null };
  }
  const detail = byPronoun ? 'pronoun possessor (his/her/their)' : 'named or described possessor';
  return { shape: 'possessive', detail, head, title: null };
}

/** "Sen. X", "campaign manager X", "Republican presidential candidate X": title words, then a name. */
function splitTitle(all: string[]): SourceInfo | null {
  // "Sen. X of State": the complement after the name is no part of the title.
  const complement = all.findIndex(
    (t, i) =>
      i > 0 &&
      PREPOSITIONS.has(t) &&
      isCapitalised(all[i - 1]!) &&
      !CAPITALISED_TITLES.has(all[i - 1]!.toLowerCase()),
  );
  const tokens = complement > 0 ? all.slice(0, complement) : all;
  if (tokens.length < 2) return null;
  let cut = tokens.length;
  // The name is the final run of capitalised tokens that are not title words.
  while (cut > 0) {
    const t = tokens[cut - 1]!;
    const l = t.toLowerCase();
    if (!isCapitalised(t) || CAPITALISED_TITLES.has(l) || TITLE_ABBREVIATIONS.has(l) || HONORIFICS.has(l))
      break;
    cut--;
  }
  if (cut === tokens.length || cut === 0) return null;
  const titleTokens = tokens.slice(0, cut);
  const lowerTitle = titleTokens.map((t) => t.toLowerCase());
  // "spokesman for X": a lower-case word before a preposition makes it a description.
  const prep = lowerTitle.findIndex(
    (t, i) => PREPOSITIONS.has(t) && i > 0 && !isCapitalised(titleTokens[i - 1]!),
  );
  if (prep >= 0) return null;
  if (lowerTitle.some((t) => t === 'and' || t === 'or')) return null;
  const general = (t: string, i: number) => {
    const l = t.toLowerCase();
    return (
      !isCapitalised(t) ||
      CAPITALISED_TITLES.has(l) ||
      TITLE_ABBREVIATIONS.has(l) ||
      HONORIFICS.has(l) ||
      (i === 0 && commonWordAtStart(t))
    );
  };
  const words = titleTokens
    .map((t, i) => (general(t, i) ? t.toLowerCase() : 'ORG'))
    .filter((t, i, a) => !(t === 'ORG' && a[i - 1] === 'ORG') && !DEFINITE.has(t) && !INDEFINITE.has(t));
  const meaningful = words.filter((w) => !DEFINITE.has(w) && !INDEFINITE.has(w) && w !== 'ORG');
  const last = meaningful.at(-1) ?? null;
  const honorific = lowerTitle.length === 1 && HONORIFICS.has(lowerTitle[0]!);
  return {
    shape: 'title + name',
    detail: honorific
      ? 'honorific (Mr./Ms./Dr.)'
      : TITLE_ABBREVIATIONS.has(lowerTitle.at(-1)!)
        ? 'abbreviated title (Sen./Rep./Gov.)'
        : 'role words before the name',
    head: last,
    title: words.slice(-3).join(' ') || null,
  };
}

// ---------------------------------------------------------------------------------------------
// Position, order and content shape.
// ---------------------------------------------------------------------------------------------

type Order =
  | 'SOURCE cue CONTENT'
  | 'CONTENT cue SOURCE (inverted)'
  | 'CONTENT SOURCE cue'
  | 'cue SOURCE CONTENT'
  | 'according to SOURCE, CONTENT'
  | 'CONTENT, according to SOURCE'
  | 'split quote: "…," SOURCE cue, "…"'
  | 'SOURCE CONTENT cue'
  | 'cue CONTENT SOURCE'
  | 'no source: cue CONTENT'
  | 'no source: CONTENT cue'
  | 'source overlaps cue or content'
  | 'not located';

function orderOf(p: Placement, according: boolean): Order {
  if (!p.content || !p.cue) return 'not located';
  const q = hull(p.content);
  const c = p.cue;
  if (p.content.length > 1 && c.start >= q.start && c.end <= q.end)
    return 'split quote: "…," SOURCE cue, "…"';
  if (!p.source) return c.start < q.start ? 'no source: cue CONTENT' : 'no source: CONTENT cue';
  const s = p.source;
  if (overlaps(s, c) || p.content.some((seg) => overlaps(seg, s))) return 'source overlaps cue or content';
  const order = [
    { k: 'S', at: s.start },
    { k: 'C', at: c.start },
    { k: 'Q', at: q.start },
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.k)
    .join('');
  if (according && (order === 'CSQ' || order === 'SCQ')) return 'according to SOURCE, CONTENT';
  if (according && (order === 'QCS' || order === 'QSC')) return 'CONTENT, according to SOURCE';
  const byKey: Record<string, Order> = {
    SCQ: 'SOURCE cue CONTENT',
    QCS: 'CONTENT cue SOURCE (inverted)',
    QSC: 'CONTENT SOURCE cue',
    CSQ: 'cue SOURCE CONTENT',
    SQC: 'SOURCE CONTENT cue',
    CQS: 'cue CONTENT SOURCE',
  };
  return byKey[order] ?? 'not located';
}

type ContentShape =
  | 'direct quote'
  | 'that-clause'
  | 'zero-complement clause'
  | 'infinitive (to …)'
  | 'object + infinitive'
  | 'question (whether/if)'
  | 'wh-clause (what/why/how)'
  | 'noun phrase (no finite verb)'
  | 'as-clause / other';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you', 'voters', 'people', 'congress']);
const FINITE_WORDS = [
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'does',
  'did',
  'do',
  "won't",
  "can't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "doesn't",
  "didn't",
  "don't",
];
const FINITE = new RegExp(`\\b(?:${FINITE_WORDS.join('|')})\\b|['’](?:s|re|ll|ve|d)\\b|n['’]t\\b`, 'i');

function contentShape(content: string, quoted: boolean, cue: CueInfo): ContentShape {
  if (quoted) return 'direct quote';
  const c = normalise(content).replace(/^[("“‘'\s]+/, '');
  const words = c.split(' ');
  const first = words[0]?.toLowerCase() ?? '';
  if (first === 'that') return 'that-clause';
  if (first === 'whether' || first === 'if') return 'question (whether/if)';
  if (['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whom'].includes(first))
    return 'wh-clause (what/why/how)';
  if (first === 'to' || (/\bto$/.test(cue.phrase) && cue.group !== 'according to'))
    return 'infinitive (to …)';
  const toAt = words.slice(1, 5).findIndex((w) => w.toLowerCase() === 'to');
  if (toAt >= 0 && (OBJECT_WORDS.has(first) || isCapitalised(words[0] ?? '') || DEFINITE.has(first))) {
    const after = words[toAt + 2]?.toLowerCase() ?? '';
    if (/^[a-z]+$/.test(after) && !DEFINITE.has(after) && !INDEFINITE.has(after))
      return 'object + infinitive';
  }
  if (first === 'as' || first === 'like') return 'as-clause / other';
  if (SUBJECT_PRONOUNS.has(first) || FINITE.test(words.slice(0, 12).join(' ')))
    return 'zero-complement clause';
  // A verb in -ed/-s after a leading noun phrase reads as a clause too ("the plan failed").
  if (words.slice(1, 8).some((w) => /^[a-z]{3,}(?:ed|s)$/.test(w) && !/(?:ss|us|is|ness)$/.test(w))) {
    return 'zero-complement clause';
  }
  return 'noun phrase (no finite verb)';
}

// ---------------------------------------------------------------------------------------------
// The scorer's matching rule (score.py), ported.
// ---------------------------------------------------------------------------------------------

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !SCORER_STOP.has(w)));
}
function intersection(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
function scorerMatch(g: Set<string>, p: Set<string>): boolean {
  const inter = intersection(g, p);
  const short = Math.min(g.size, p.size);
  return short > 0 && inter >= Math.max(short / 2, Math.min(3, short)) && p.size <= 2 * g.size + 5;
}
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
function nameWords(ws: string[]): Set<string> {
  return new Set(
    ws
      .filter((w) => w.length >= 3 && isUpper(w[0]!) && !SCORER_STOP.has(w.toLowerCase()))
      .map((w) => w.toLowerCase().replace(/^\.+|\.+$/g, '')),
  );
}
const titleKey = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .trim()
    .slice(0, 60);

interface Prediction {
  statement: StatementDoc;
  words: Set<string>;
}

/** Per gold article, the predictions of its article (or null: the extractor refused it). */
function predictionsByGold(doc: ExtractionDocument, gold: GoldArticle[]): (Prediction[] | null)[] {
  const byTitle = new Map<string, string>();
  for (const a of doc.articles) byTitle.set(titleKey(a.title), a.id);
  const byArticle = new Map<string, Prediction[]>();
  for (const s of doc.statements) {
    const list = byArticle.get(s.articleId) ?? [];
    list.push({ statement: s, words: contentWords(s.text) });
    byArticle.set(s.articleId, list);
  }
  return gold.map((g) => {
    const id = byTitle.get(titleKey(g.title));
    return id === undefined ? null : (byArticle.get(id) ?? []);
  });
}

interface Outcome {
  matched: boolean;
  /**
   * Why not: the article was refused, a prediction holds the words but is too long, or nothing was
   * extracted (a prediction elsewhere may share a word or two: a different statement).
   */
  miss: 'refused article' | 'prediction too long' | 'not extracted' | null;
  speakerOk: boolean | null;
}

function outcome(
  doc: ExtractionDocument,
  preds: Prediction[] | null,
  a: GoldAttribution,
  gw: Set<string>,
  speech: boolean,
): Outcome {
  if (preds === null) return { matched: false, miss: 'refused article', speakerOk: null };
  const found = preds.filter((p) => scorerMatch(gw, p.words));
  if (!found.length) {
    const tooLong = preds.some((p) => {
      const short = Math.min(gw.size, p.words.size);
      return short > 0 && intersection(gw, p.words) >= Math.max(short / 2, Math.min(3, short));
    });
    return { matched: false, miss: tooLong ? 'prediction too long' : 'not extracted', speakerOk: null };
  }
  let speakerOk: boolean | null = null;
  if (speech && a.sourceNames.length) {
    let best = found[0]!;
    let bestN = intersection(gw, best.words);
    for (const p of found.slice(1)) {
      const n = intersection(gw, p.words);
      if (n > bestN) {
        best = p;
        bestN = n;
      }
    }
    const e = doc.entities.find((x) => x.id === best.statement.speakerId);
    const mine = e
      ? nameWords([e.name, ...e.aliases].join(' ').match(/[\p{L}\p{N}_.'-]+/gu) ?? [])
      : new Set<string>();
    const theirs = nameWords(a.sourceNames);
    speakerOk = [...mine].some((w) => theirs.has(w));
  }
  return { matched: true, miss: null, speakerOk };
}

// ---------------------------------------------------------------------------------------------
// One row per gold attribution: everything the tables count.
// ---------------------------------------------------------------------------------------------

interface Row {
  article: number;
  a: GoldAttribution;
  speech: boolean;
  cue: CueInfo;
  source: SourceInfo;
  placement: Placement;
  order: Order;
  colon: string | null;
  shape: ContentShape;
  contentWords: number;
  /** Paragraph/sentence of cue and content (headline = paragraph 0). */
  cuePara: number | null;
  cueSentence: number | null;
  contentParas: [number, number] | null;
  contentSentences: [number, number] | null;
  /** Words between source and cue; null when either is missing. */
  sourceCueGap: number | null;
  sourceCueSameSentence: boolean | null;
  position: number;
  /** For a located content and cue: whether the speech cue nearest to the content is the annotated one. */
  nearestCueIsGold: boolean | null;
  shipped: Outcome;
  lifted: Outcome;
}

/** Colon attributions: what sits between the attribution and a content that follows a colon. */
function colonOf(article: Article, p: Placement, cue: CueInfo, rawCue: string): string | null {
  if (!p.content || !p.cue) return null;
  const q = hull(p.content);
  const ends = [p.cue.end, p.source?.end ?? -1].filter((e) => e <= q.start);
  if (!ends.length && !/^:$/.test(normalise(rawCue))) return null;
  const from = Math.max(...ends, p.cue.start);
  const between = article.text.slice(Math.min(from, q.start), q.start);
  const hasColon =
    /:\s*["“‘']*\s*$/.test(between) || /:$/.test(normalise(rawCue)) || normalise(rawCue) === ':';
  if (!hasColon) return null;
  if (normalise(rawCue) === ':') return 'SOURCE: "…" (no verb; e.g. NAME, OUTLET: "…")';
  if (/ing$/.test(cue.form)) return 'participle: "…, telling AUDIENCE: "…""';
  if (p.source && p.source.start < p.cue.start) return 'SOURCE cue: "…"';
  return 'other colon';
}

const SPEECH_CUE_GLOBAL = new RegExp(SCORER_SPEECH.source, 'gi');

/** Whether the speech verb nearest to the content (outside it) is the annotated cue. */
function nearestSpeechCue(article: Article, content: Span[], cue: Span): boolean | null {
  const h = hull(content);
  const from = Math.max(0, h.start - 600);
  const window = article.text.slice(from, Math.min(article.text.length, h.end + 600));
  let best: Span | null = null;
  let bestD = Infinity;
  for (const m of window.matchAll(SPEECH_CUE_GLOBAL)) {
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    if (insideSegments(span, content)) continue;
    const d = distanceToSegments(span, content);
    if (d < bestD) {
      best = span;
      bestD = d;
    }
  }
  return best ? overlaps(best, cue) : null;
}

function wordsIn(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

// ---------------------------------------------------------------------------------------------
// Tables in Markdown.
// ---------------------------------------------------------------------------------------------

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const fmt = (n: number) => n.toLocaleString('en-US');
function table(headers: string[], rows: (string | number)[][]): string {
  const esc = (v: string | number) => String(typeof v === 'number' ? fmt(v) : v).replace(/\|/g, '\\|');
  // Figures align right, words left.
  const numeric = headers.map(
    (_, i) =>
      i > 0 && rows.every((r) => typeof r[i] === 'number' || /^[\d,.%–\s()/=]*$/.test(String(r[i] ?? ''))),
  );
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
function countBy<T>(items: T[], key: (t: T) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) {
    const k = key(it);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
const sorted = (m: Map<string, number>) =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** A breakdown table: count, % of all, % of speech, and optionally the extractor's recall. */
function distribution(rows: Row[], key: (r: Row) => string | null, label: string, limit = 60): string {
  const all = countBy(rows, key);
  const speech = countBy(
    rows.filter((r) => r.speech),
    key,
  );
  const speechTotal = rows.filter((r) => r.speech && key(r) !== null).length;
  const total = rows.filter((r) => key(r) !== null).length;
  return table(
    [label, 'all', '% of all', 'speech subset', '% of speech'],
    sorted(all)
      .slice(0, limit)
      .map(([k, n]) => [k, n, pct(n, total), speech.get(k) ?? 0, pct(speech.get(k) ?? 0, speechTotal)]),
  );
}

/** Recall of the extractor on the speech subset by class, with each class's share of all misses. */
function recallTable(rows: Row[], key: (r: Row) => string | null, label: string, limit = 40): string {
  const speech = rows.filter((r) => r.speech);
  const missesLifted = speech.filter((r) => !r.lifted.matched).length;
  const groups = new Map<string, Row[]>();
  for (const r of speech) {
    const k = key(r);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(r);
    groups.set(k, list);
  }
  // Without refusals both runs are one: a single recall column.
  const headers = refusals
    ? [label, 'speech attributions', 'recall (as shipped)', 'recall (refusal lifted)', 'missed (lifted)']
    : [label, 'speech attributions', 'recall', 'missed'];
  return table(
    [...headers, 'share of all misses'],
    [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, limit)
      .map(([k, list]) => {
        const shipped = list.filter((r) => r.shipped.matched).length;
        const lifted = list.filter((r) => r.lifted.matched).length;
        const recall = refusals
          ? [pct(shipped, list.length), pct(lifted, list.length)]
          : [pct(lifted, list.length)];
        return [k, list.length, ...recall, list.length - lifted, pct(list.length - lifted, missesLifted)];
      }),
  );
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function bin(n: number, edges: [number, string][], last: string): string {
  for (const [edge, label] of edges) if (n <= edge) return label;
  return last;
}

// ---------------------------------------------------------------------------------------------
// The study.
// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const articlesPath = join(FOLDER, 'articles.txt');
  const goldPath = join(FOLDER, 'gold.json');
  if (!existsSync(articlesPath) || !existsSync(goldPath)) {
    process.stdout.write(
      `study:attribution: ${FOLDER} has no articles.txt and gold.json ` +
        '(PolNeAR lives outside the repository, in ../shared/eval/polnear/); nothing to study, skipping.\n',
    );
    return 0;
  }
  const raw = readFileSync(articlesPath, 'utf8');
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] }).articles;
  const articles = readArticles(raw);
  if (articles.length !== gold.length) {
    throw new Error(`${articlesPath} holds ${articles.length} articles but ${goldPath} ${gold.length}`);
  }
  const misaligned = gold.filter((g, i) => normalise(g.title) !== articles[i]!.title).length;
  if (misaligned) throw new Error(`${misaligned} headlines of ${articlesPath} differ from ${goldPath}`);

  vocabulary = buildVocabulary(articles);

  // The extractor as `npm run extract` runs it: the reader, then extract(). Articles the reader
  // refuses (if any) lose their attributions "as shipped"; a second run hands them to extract() as
  // the study split them (headline, paragraphs), to see what refusing costs.
  const read = await readCorpus(articlesPath);
  const shippedDoc = extract(read.articles);
  const readTitles = new Set(read.articles.map((a) => titleKey(a.title)));
  const refused = articles.filter((a) => !readTitles.has(titleKey(a.title)));
  const liftedArticles: ArticleDoc[] = [
    ...read.articles,
    ...refused.map((a) => ({
      id: `art_study_${a.index}`,
      title: a.title,
      publishedAt: null,
      captions: [],
      subheadings: [],
      paragraphs: a.paragraphs.slice(1),
    })),
  ];
  const liftedDoc = refused.length ? extract(liftedArticles) : shippedDoc;
  refusals = refused.length > 0;
  const readerProblems = sorted(
    countBy(
      read.problems,
      (p) =>
        `${p.severity}: ${p.message
          .replace(/"[^"]*"/g, '"…"')
          .replace(/\S*\/\S*/g, 'FILE')
          .replace(/\d+/g, 'N')}`,
    ),
  );
  const shippedPreds = predictionsByGold(shippedDoc, gold);
  const liftedPreds = predictionsByGold(liftedDoc, gold);

  const rows: Row[] = [];
  gold.forEach((g, ai) => {
    const article = articles[ai]!;
    for (const a of g.attributions) {
      const cue = cueInfo(a.cue);
      const speech = SCORER_SPEECH.test(a.cue) || a.quoted;
      const placement = place(article, a);
      const gw = contentWords(a.content);
      const q = placement.content ? hull(placement.content) : null;
      const sentenceOf = (o: number) => indexAt(article.sentenceStart, o);
      const paraOf = (o: number) => indexAt(article.paragraphStart, o);
      const s = placement.source;
      const c = placement.cue;
      let gap: number | null = null;
      if (s && c && !overlaps(s, c)) {
        const between = article.text.slice(Math.min(s.end, c.end), Math.max(s.start, c.start));
        gap = wordsIn(between.replace(/[,;:"“”]/g, ' '));
      }
      rows.push({
        article: ai,
        a,
        speech,
        cue,
        source: sourceInfo(a.source),
        placement,
        order: orderOf(placement, cue.group === 'according to'),
        colon: colonOf(article, placement, cue, a.cue),
        shape: contentShape(a.content, a.quoted, cue),
        contentWords: wordsIn(normalise(a.content)),
        cuePara: c ? paraOf(c.start) : null,
        cueSentence: c ? sentenceOf(c.start) : null,
        contentParas: q ? [paraOf(q.start), paraOf(Math.max(q.start, q.end - 1))] : null,
        contentSentences: q ? [sentenceOf(q.start), sentenceOf(Math.max(q.start, q.end - 1))] : null,
        sourceCueGap: gap,
        sourceCueSameSentence: s && c ? sentenceOf(s.start) === sentenceOf(c.start) : null,
        position: c?.start ?? q?.start ?? s?.start ?? 0,
        nearestCueIsGold: placement.content && c ? nearestSpeechCue(article, placement.content, c) : null,
        shipped: outcome(shippedDoc, shippedPreds[ai]!, a, gw, speech),
        lifted: outcome(liftedDoc, liftedPreds[ai]!, a, gw, speech),
      });
    }
  });

  const report = renderReport({
    articles,
    gold,
    rows,
    shippedDoc,
    shippedPreds,
    refused: new Set(refused.map((a) => a.index)),
    readerProblems,
  });
  const lexicon = renderLexicon(rows);
  guard(articles, gold, [report, lexicon]);
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, report);
  writeFileSync(LEXICON, lexicon);
  process.stdout.write(
    `study:attribution: ${rows.length} attributions in ${articles.length} articles; ` +
      `wrote ${REPORT} and ${LEXICON}\n`,
  );
  return 0;
}

function buildVocabulary(articles: Article[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const a of articles) {
    for (const p of a.paragraphs) {
      const tokens = p.split(' ');
      tokens.forEach((raw, i) => {
        const t = raw.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$/gu, '').replace(/[’]/g, "'");
        if (!t) return;
        const lower = t.toLowerCase();
        if (t !== lower) v.set('\u0001' + lower, (v.get('\u0001' + lower) ?? 0) + 1);
        if (t === lower) v.set(lower, (v.get(lower) ?? 0) + 1);
        // Capitalised mid-sentence: counted apart, to tell names from sentence-initial words.
        else if (i > 0 && !/[.!?:"“]$/.test(tokens[i - 1] ?? ''))
          v.set('\u0000' + t, (v.get('\u0000' + t) ?? 0) + 1);
      });
    }
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// The report: one section per question, then what it means for the extractor.
// ---------------------------------------------------------------------------------------------

interface StudyData {
  articles: Article[];
  gold: GoldArticle[];
  rows: Row[];
  shippedDoc: ExtractionDocument;
  shippedPreds: (Prediction[] | null)[];
  refused: Set<number>;
  /** The reader's problems on the corpus, by message with numbers and quoted titles blanked. */
  readerProblems: [string, number][];
}

/** The seven outlets, by the prefix of the gold `file` field (labels as the corpus README gives them). */
// prettier-ignore
const OUTLETS: Record<string, string> = {
  nyt: 'New York Times', 'wash-post': 'Washington Post', 'usa-today': 'USA Today', politico: 'Politico',
  'huff-post': 'Huffington Post', breitbart: 'Breitbart', 'west-journal': 'Western Journalism',
};
const outletOf = (g: GoldArticle) => OUTLETS[g.file.split('_')[0] ?? ''] ?? 'other';

const speechOf = (rows: Row[]) => rows.filter((r) => r.speech);
const h2 = (title: string) => `## ${title}`;
const h3 = (title: string) => `### ${title}`;

function renderReport(d: StudyData): string {
  return (
    [
      intro(d),
      cueSection(d),
      sourceSection(d),
      positionSection(d),
      quoteSection(d),
      contentSection(d),
      corefSection(d),
      extractorSection(d),
      meaningSection(d),
    ].join('\n\n') + '\n'
  );
}

function intro(d: StudyData): string {
  const { rows } = d;
  const n = rows.length;
  const speech = speechOf(rows).length;
  const quoted = rows.filter((r) => r.a.quoted).length;
  const content = rows.filter((r) => r.placement.content).length;
  const pieces = rows.filter((r) => (r.placement.content?.length ?? 0) > 1).length;
  const cue = rows.filter((r) => r.placement.cue).length;
  const cueHead = rows.filter((r) => r.placement.cueBy === 'head').length;
  const withSource = rows.filter((r) => r.a.source).length;
  const source = rows.filter((r) => r.placement.source).length;
  const all = rows.filter(
    (r) => r.placement.content && r.placement.cue && (r.placement.source || !r.a.source),
  ).length;
  return `# Attribution in real news: a data study of PolNeAR ${basename(FOLDER)}

Generated by \`npm run study:attribution\` (scripts/study-attribution.ts) from
\`${relative(REPO, FOLDER)}/\`: ${fmt(d.articles.length)} articles, ${fmt(n)} hand-annotated attributions.
Do not edit by hand: change the script and rerun it (about 20 s). It also writes
[attribution-lexicon.json](attribution-lexicon.json), the tables below in machine-readable form.

PolNeAR is third-party text: this report holds counts, general words (cue verbs, role nouns, pronouns)
and abstract patterns only, never a name or a sentence of the data. The script refuses to write its
output if a name word of the data or a run of seven words of its articles slipped in.

**Vocabulary.** An attribution is *source* (who), *cue* (the words that attribute) and *content*
(what). The *speech subset* is what the scorer's recall counts: a cue matching score.py's SPEECH list, or
a content that opens with a quotation mark (\`quoted\`). Of ${fmt(n)} attributions, ${fmt(speech)}
(${pct(speech, n)}) are in the speech subset and ${fmt(quoted)} (${pct(quoted, n)}) are quoted.
Percentages are "of all" attributions and "of speech" (the subset) unless a table says otherwise.
Patterns are written with placeholders: QUOTE, CONTENT, SOURCE, NAME, TITLE, ORG.

**Method.** The gold has no offsets, so each attribution is found in its article by string search
(whitespace normalised, headline counted as paragraph 0): the content exactly, or, where the annotators
joined pieces of a quote around an attribution, as a chain of pieces left to right; then the cue
nearest to the content (outside it) and the source nearest to the cue. Classes come from word lists
(in the script) and simple rules: no parser, no NER. The current extractor runs in memory on the same
articles; recall and precision use score.py's matching rule, ported (the port reproduces the
scorer's figures exactly, see section 7).

| located | count | share |
| --- | ---: | ---: |
| content | ${fmt(content)} | ${pct(content, n)} |
| … of which in pieces (quote split around its attribution) | ${fmt(pieces)} | ${pct(pieces, n)} |
| cue (whole phrase; first word only for ${fmt(cueHead)}) | ${fmt(cue)} | ${pct(cue, n)} |
| source (of ${fmt(withSource)} with a source span) | ${fmt(source)} | ${pct(source, withSource)} |
| content, cue and source (or no source) all | ${fmt(all)} | ${pct(all, n)} |

**Limits.** Word-list classes are approximate: a capitalised single word may be a person, a place or
an organisation (no NER); lemmas come from suffix rules checked against the corpus vocabulary; content
shapes are read from the first words. Where a short content or cue occurs several times, the placement
nearest to the other parts wins, which can be wrong for two-word contents. CoreNLP's coreference
(\`sourceNames\` of pronoun and description sources) is automatic, so the resolution figures inherit its
errors. Upper bounds in section 8 assume a rule recovers every miss of its class.`;
}

// --- 1. Cues -----------------------------------------------------------------------------------

function cueSection(d: StudyData): string {
  const { rows } = d;
  const n = rows.length;
  const speechN = speechOf(rows).length;
  const byLemma = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.cue.lemma}\u0000${r.cue.group}`;
    byLemma.set(k, [...(byLemma.get(k) ?? []), r]);
  }
  const lemmas = [...byLemma.entries()].sort((a, b) => b[1].length - a[1].length);
  const shown = lemmas.filter(([k]) => /^[a-z][a-z' -]*\u0000|^:\u0000/.test(k)).slice(0, 150);
  const shownN = shown.reduce((t, [, list]) => t + list.length, 0);
  const distinct = new Set(rows.map((r) => r.cue.lemma)).size;
  const hapax = lemmas.filter(([, l]) => l.length === 1).length;
  const forms = (list: Row[]) =>
    sorted(countBy(list, (r) => (/^[a-z][a-z'-]*$|^:$/.test(r.cue.form) ? r.cue.form : null)))
      .slice(0, 5)
      .map(([f, c]) => `${f} ${c}`)
      .join(', ');
  const lemmaTable = table(
    ['#', 'lemma', 'group', 'all', '% of all', 'speech', 'forms seen (head word)'],
    shown.map(([k, list], i) => {
      const [lemmaName = '', group = ''] = k.split('\u0000');
      return [
        i + 1,
        lemmaName,
        group,
        list.length,
        pct(list.length, n),
        list.filter((r) => r.speech).length,
        forms(list),
      ];
    }),
  );
  const phrases = sorted(
    countBy(rows, (r) => (r.cue.phrase.includes(' ') && phraseIsGeneral(r.cue.phrase) ? r.cue.phrase : null)),
  ).filter(([, c]) => c >= 3);
  const multi = rows.filter((r) => r.cue.words > 1).length;
  const negated = rows.filter((r) => r.cue.negated).length;
  const unknown = speechOf(rows).filter((r) => !r.cue.knownToExtractor).length;
  return `${h2('1. Cues')}

Each cue is reduced to its head word (auxiliaries, modals, negation and adverbs dropped: "has also
said" → say) and lemmatised; noun cues ("in a statement", "his remarks") keep their noun as head.
${fmt(distinct)} distinct lemmas; ${fmt(hapax)} occur once. ${fmt(multi)} cues (${pct(multi, n)}) are
several words long; ${fmt(negated)} (${pct(negated, n)}) are negated ("did not say").

${h3('1.1 Groups')}

${distribution(rows, (r) => r.cue.group, 'group')}

${h3('1.2 Verb forms')}

${distribution(rows, (r) => r.cue.tense, 'form of the head')}

${h3('1.3 The top 150 lemmas')}

The top 150 cover ${fmt(shownN)} attributions (${pct(shownN, n)}); the long tail of
${fmt(Math.max(0, distinct - 150))} other lemmas covers ${fmt(n - shownN)} (${pct(n - shownN, n)}).
"speech" counts the attributions of the lemma that are in the speech subset (of ${fmt(speechN)}).
Lemmas shown as X stood capitalised in a headline-style cue and could not be told from a name.

${lemmaTable}

${h3('1.4 Multi-word cues')}

Cue phrases of two or more words after dropping auxiliaries and adverbs, lemmatised head first,
seen at least three times (placeholders: X for a capitalised word, N for a number).

${table(
  ['phrase', 'count', '% of all'],
  phrases.slice(0, 60).map(([k, c]) => [k, c, pct(c, n)]),
)}

${h3('1.5 Cues the current extractor does not know')}

${fmt(unknown)} speech-subset attributions (${pct(unknown, speechN)}) have a cue none of whose words is
in the extractor's cue table (src/ingest/lexicon/cues.ts, plus "according to"). By lemma:

${table(
  ['lemma', 'group', 'speech attributions', 'missed by the extractor'],
  sorted(
    countBy(
      speechOf(rows).filter((r) => !r.cue.knownToExtractor),
      (r) => `${r.cue.lemma}\u0000${r.cue.group}`,
    ),
  )
    .filter(([k]) => /^[a-z:]/.test(k))
    .slice(0, 40)
    .map(([k, c]) => {
      const [l = '', g = ''] = k.split('\u0000');
      const missed = speechOf(rows).filter(
        (r) => !r.cue.knownToExtractor && r.cue.lemma === l && r.cue.group === g && !r.lifted.matched,
      ).length;
      return [l, g, c, missed];
    }),
)}`;
}

/** A cue phrase is printed only when it is general: short, lower case, no placeholder-only tail. */
function phraseIsGeneral(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.length <= 6 && words.every((w) => /^(?:[a-z][a-z'-]*|X|N|:)$/.test(w));
}

// --- 2. Sources --------------------------------------------------------------------------------

// prettier-ignore
const DESCRIPTION_SHAPES = new Set<SourceShape>([
  'definite description', 'name + appositive or affiliation', 'bare role noun (no determiner)', 'possessive',
  'title + name', 'indefinite / anonymous', 'collective group (capitalised plural)',
]);
const isRoleHead = (r: Row) =>
  r.source.head !== null &&
  DESCRIPTION_SHAPES.has(r.source.shape) &&
  !HONORIFICS.has(r.source.head) &&
  !NOT_HEADS.test(r.source.head) &&
  !NP_BREAKERS.has(r.source.head) &&
  /^[a-z][a-z-]*\.?$/.test(r.source.head) &&
  !INDEFINITE.has(r.source.head) &&
  !DOCUMENT_HEADS.has(r.source.head);

function sourceSection(d: StudyData): string {
  const { rows } = d;
  const heads = new Map<string, Map<string, number>>();
  for (const r of rows.filter(isRoleHead)) {
    const m = heads.get(r.source.head!) ?? new Map<string, number>();
    m.set(r.source.shape, (m.get(r.source.shape) ?? 0) + 1);
    heads.set(r.source.head!, m);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const headRows = [...heads.entries()].sort((a, b) => total(b[1]) - total(a[1])).slice(0, 100);
  const col = (m: Map<string, number>, shape: SourceShape) => m.get(shape) ?? 0;
  const fromTable = table(
    ['shape', 'named in span', 'named through coreference', 'no names'],
    sorted(countBy(rows, (r) => r.source.shape)).map(([k]) => {
      const list = rows.filter((r) => r.source.shape === k);
      const c = (f: string) => list.filter((r) => r.a.sourceNamesFrom === f).length;
      return [k, c('span'), c('coref'), c('none')];
    }),
  );
  return `${h2('2. Source shapes')}

${distribution(rows, (r) => r.source.shape, 'shape of the source span')}

${h3('2.1 Finer classes')}

${distribution(rows, (r) => `${r.source.shape}: ${r.source.detail}`, 'shape: detail', 45)}

${h3('2.2 How the gold names each shape')}

\`sourceNamesFrom\`: "span" when CoreNLP's NER found a name in the span, "coref" when the names come
from the coreference chain (pronouns, descriptions), "none" otherwise. The scorer's \`speaker\` measure
counts the first column, \`speaker_coref\` the second.

${fromTable}

${h3('2.3 Role nouns: heads of descriptions, titles and appositions')}

The head noun of the description ("the senator", "NAME, a spokesman for ORG,", "ORG's campaign",
"campaign manager NAME", "two aides"), lower case, honorifics apart. This is the role-noun lexicon a
resolver needs; the full list is in attribution-lexicon.json.

${table(
  ['head', 'all', 'definite', 'appositive', 'title + name', 'bare', 'possessive', 'indefinite'],
  headRows.map(([h, m]) => [
    h,
    total(m),
    col(m, 'definite description'),
    col(m, 'name + appositive or affiliation'),
    col(m, 'title + name'),
    col(m, 'bare role noun (no determiner)'),
    col(m, 'possessive'),
    col(m, 'indefinite / anonymous') + col(m, 'collective group (capitalised plural)'),
  ]),
)}

${h3('2.4 Titles written before a name')}

Lower-cased title words before the name (ORG stands for capitalised words that are not titles, such as
a party, state or organisation name): the patterns \`TITLE NAME\` and \`ORG TITLE NAME\`.

${table(
  ['title', 'count'],
  sorted(countBy(rows, (r) => r.source.title))
    .filter(([, c]) => c >= 3)
    .slice(0, 50),
)}

${h3('2.5 Anonymous and indefinite sources: heads')}

${table(
  ['head', 'count'],
  sorted(
    countBy(
      rows.filter((r) => r.source.shape === 'indefinite / anonymous'),
      (r) => r.source.head,
    ),
  )
    .filter(([h, c]) => c >= 3 && /^[a-z][a-z-]*$/.test(h))
    .slice(0, 50),
)}

${h3('2.6 Documents, polls and reports as sources: heads')}

${table(
  ['head', 'count'],
  sorted(
    countBy(
      rows.filter((r) => r.source.shape === 'document / poll / report'),
      (r) => r.source.head,
    ),
  )
    .filter(([, c]) => c >= 2)
    .slice(0, 30),
)}`;
}

// --- 3. Position and order ---------------------------------------------------------------------

function relation(r: Row): string | null {
  if (!r.contentParas || r.cuePara === null || r.cueSentence === null || !r.contentSentences) return null;
  const [p0, p1] = r.contentParas;
  const [s0, s1] = r.contentSentences;
  if (r.cueSentence >= s0 && r.cueSentence <= s1) return 'cue in a sentence of the content';
  if (r.cuePara < p0)
    return r.cuePara === p0 - 1 ? 'cue in the previous paragraph' : 'cue 2+ paragraphs before';
  if (r.cuePara > p1) return 'cue in a later paragraph';
  if (r.cueSentence < s0)
    return r.cueSentence === s0 - 1 ? 'cue in the previous sentence' : 'cue 2+ sentences before';
  return r.cueSentence === s1 + 1 ? 'cue in the next sentence' : 'cue 2+ sentences after';
}
const spansParagraphs = (r: Row) => (r.contentParas ? r.contentParas[1] > r.contentParas[0] : false);
const gapBin = (r: Row) =>
  r.sourceCueGap === null
    ? null
    : r.sourceCueSameSentence === false
      ? 'different sentences'
      : bin(
          r.sourceCueGap,
          [
            [0, 'adjacent (0 words)'],
            [3, '1–3 words'],
            [10, '4–10 words'],
            [30, '11–30 words'],
          ],
          '31+ words',
        );

function positionSection(d: StudyData): string {
  const { rows } = d;
  const inverted = rows.filter((r) => r.order === 'CONTENT cue SOURCE (inverted)');
  const after = rows.filter((r) => r.order === 'CONTENT SOURCE cue');
  return `${h2('3. Position and order')}

Order of the three parts by where each starts. "Split quote" is a content in pieces with the cue
between them (\`"QUOTE," SOURCE said, "QUOTE"\`). "Not located" rows lack content or cue.

${distribution(rows, (r) => r.order, 'order')}

${h3('3.1 Order by quoted / not quoted')}

${table(
  ['order', 'quoted', 'not quoted'],
  sorted(countBy(rows, (r) => r.order)).map(([k]) => [
    k,
    rows.filter((r) => r.order === k && r.a.quoted).length,
    rows.filter((r) => r.order === k && !r.a.quoted).length,
  ]),
)}

${h3('3.2 Who stands after the cue in inverted and trailing attributions')}

Source shapes of \`"QUOTE," said SOURCE\` (${fmt(inverted.length)}) and \`"QUOTE," SOURCE said\`
(${fmt(after.length)}):

${table(
  ['shape', 'said SOURCE (inverted)', 'SOURCE said'],
  sorted(countBy([...inverted, ...after], (r) => r.source.shape)).map(([k]) => [
    k,
    inverted.filter((r) => r.source.shape === k).length,
    after.filter((r) => r.source.shape === k).length,
  ]),
)}

${h3('3.3 Colon attributions')}

${distribution(rows, (r) => r.colon, 'colon pattern')}

${h3('3.4 Cue and content: same sentence, other sentence, other paragraph')}

${distribution(rows, relation, 'where the cue is, relative to the content')}

Contents that run over more than one paragraph: ${fmt(rows.filter(spansParagraphs).length)}
(${fmt(rows.filter((r) => spansParagraphs(r) && r.a.quoted).length)} of them quoted).

${h3('3.5 Distance from source to cue')}

Words between the source span and the cue (both located, not overlapping), or different sentences.

${distribution(rows, gapBin, 'source–cue distance')}`;
}

// --- 4. Quote conventions ----------------------------------------------------------------------

interface QuoteStyle {
  curly: number;
  straight: number;
  doubled: number;
}
function quoteStyle(text: string): QuoteStyle {
  return {
    curly: (text.match(/[“”]/g) ?? []).length,
    straight: (text.match(/"/g) ?? []).length,
    doubled: (text.match(/''/g) ?? []).length,
  };
}
function styleName(q: QuoteStyle): string {
  const kinds = [
    q.curly && 'curly “…”',
    q.straight && 'straight "…"',
    q.doubled && "doubled apostrophes ''…''",
  ].filter(Boolean);
  return kinds.length === 0
    ? 'no quotation marks'
    : kinds.length === 1
      ? `${kinds[0]} only`
      : `mixed: ${kinds.join(' + ')}`;
}
/** Whether a paragraph leaves a quotation open at its end. */
function leavesOpen(p: string): boolean {
  const q = quoteStyle(p);
  const opens = (p.match(/“/g) ?? []).length;
  const closes = (p.match(/”/g) ?? []).length;
  return opens > closes || q.straight % 2 === 1 || q.doubled % 2 === 1;
}
const opensWithQuote = (p: string) => /^(?:["“]|'')/.test(p);

/** Marks of one paragraph read left to right: pairs that mix a straight and a curly mark, strays. */
function scanMarks(p: string): { mixed: number; strayClose: number; reopened: number } {
  let open: 'curly' | 'straight' | null = null;
  let mixed = 0;
  let strayClose = 0;
  let reopened = 0;
  for (const m of p.match(/[“”"]/g) ?? []) {
    if (m === '“') {
      if (open) reopened++;
      open = 'curly';
    } else if (m === '”') {
      if (open === 'straight') mixed++;
      else if (!open) strayClose++;
      open = null;
    } else if (open === 'curly') {
      mixed++;
      open = null;
    } else open = open ? null : 'straight';
  }
  return { mixed, strayClose, reopened };
}

/** The parser's rule (src/ingest/parse.ts): the first paragraph whose open quote is never closed. */
function unclosedAt(body: string[]): number | null {
  let openedIn: number | null = null;
  for (let i = 0; i < body.length; i++) {
    const p = body[i]!;
    const count = (mark: RegExp) => (p.match(mark) ?? []).length;
    const open = count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
    if (openedIn !== null) {
      if (!/^["“]/.test(p)) return openedIn;
      if (!open) openedIn = null;
    } else if (open) openedIn = i;
  }
  return openedIn;
}

function refusalReason(article: Article): string {
  const body = article.paragraphs.slice(1);
  const at = unclosedAt(body);
  if (at === null) return "not reproduced on the study's paragraph split";
  const p = body[at]!;
  const marks = scanMarks(p);
  const reopenedNext = opensWithQuote(body[at + 1] ?? '');
  if (marks.mixed) return 'a pair mixing a straight and a curly mark ("…” or “…")';
  if ((p.match(/“/g) ?? []).length > (p.match(/”/g) ?? []).length) {
    return reopenedNext
      ? 'curly quote left open, next paragraph reopens but a later one does not'
      : 'curly opening mark with no closing mark, next paragraph does not reopen';
  }
  return reopenedNext
    ? 'straight quote left open, next paragraph reopens but a later one does not'
    : 'odd number of straight marks, next paragraph does not reopen';
}

function quoteSection(d: StudyData): string {
  const { rows, articles, gold } = d;
  const n = rows.length;
  const quoted = rows.filter((r) => r.a.quoted);
  const styles = countBy(articles, (a) => styleName(quoteStyle(a.paragraphs.slice(1).join(' '))));
  const byOutlet = new Map<string, Map<string, number>>();
  articles.forEach((a, i) => {
    const o = outletOf(gold[i]!);
    const m = byOutlet.get(o) ?? new Map<string, number>();
    const st = styleName(quoteStyle(a.paragraphs.slice(1).join(' ')));
    m.set(st, (m.get(st) ?? 0) + 1);
    byOutlet.set(o, m);
  });
  // Paragraph-spanning quotes: a paragraph left open, the next one reopening.
  let junctions = 0;
  let unbalanced = 0;
  const spanningArticles = new Set<number>();
  articles.forEach((a, i) => {
    const body = a.paragraphs.slice(1);
    body.forEach((p, k) => {
      if (!leavesOpen(p)) return;
      const next = body[k + 1];
      if (next !== undefined && opensWithQuote(next)) {
        junctions++;
        spanningArticles.add(i);
      } else unbalanced++;
    });
  });
  const unbalancedArticles = articles.filter((a) => unclosedAt(a.paragraphs.slice(1)) !== null);
  const reasons = sorted(countBy(unbalancedArticles, refusalReason));
  const mixedParas = articles.flatMap((a) => a.paragraphs.slice(1).filter((p) => scanMarks(p).mixed > 0));
  const mixedArticles = articles.filter((a) =>
    a.paragraphs.slice(1).some((p) => scanMarks(p).mixed > 0),
  ).length;
  const spanningRows = rows.filter(spansParagraphs);
  // Quote paragraphs without a cue after an attributed paragraph.
  const runs = quoteRuns(d);
  const partial = speechOf(rows).filter((r) => !r.a.quoted && QUOTE_CHARS.test(r.a.content));
  const nonQuotedSpeech = speechOf(rows).filter((r) => !r.a.quoted).length;
  const multiSentence = quoted.filter(
    (r) => r.contentSentences && r.contentSentences[1] > r.contentSentences[0],
  ).length;
  const split = rows.filter((r) => r.order === 'split quote: "…," SOURCE cue, "…"');
  const endsClosed = quoted.filter((r) => /(?:["”]|'')\s*$/.test(normalise(r.a.content))).length;
  const commaInside = quoted.filter((r) => /,\s*(?:["”]|'')\s*$/.test(normalise(r.a.content))).length;
  const stopInside = quoted.filter((r) => /[.?!]\s*(?:["”]|'')\s*$/.test(normalise(r.a.content))).length;
  const kind = (r: Row) =>
    r.a.quoted ? 'quoted' : r.speech ? 'reported speech (not quoted)' : `not speech: ${r.cue.group}`;
  const lengths = new Map<string, number[]>();
  for (const r of rows) lengths.set(kind(r), [...(lengths.get(kind(r)) ?? []), r.contentWords]);
  const inRefused = rows.filter((r) => d.refused.has(r.article));
  const spanningQuoted = spanningRows.filter((r) => r.a.quoted).length;
  const spanTable = table(
    ['measure', 'count'],
    [
      ['paragraph junctions left open and reopened', fmt(junctions)],
      [
        'articles with at least one',
        `${fmt(spanningArticles.size)} (${pct(spanningArticles.size, articles.length)})`,
      ],
      [
        'paragraphs left open and *not* reopened (truly unbalanced, or marks used otherwise)',
        fmt(unbalanced),
      ],
      [
        'articles with a quote left open that the next paragraph does not reopen',
        `${fmt(unbalancedArticles.length)} (${pct(unbalancedArticles.length, articles.length)})`,
      ],
      ['articles the reader refuses', fmt(d.refused.size)],
      [
        'attributions in the refused articles',
        `${fmt(inRefused.length)} (speech: ${fmt(speechOf(inRefused).length)})`,
      ],
      [
        'attributions whose located content runs over 2+ paragraphs',
        `${fmt(spanningRows.length)} (${fmt(spanningQuoted)} quoted)`,
      ],
    ],
  );
  const quotedSplit = split.filter((r) => r.a.quoted).length;
  const ofQuoted = (k: number) => `${pct(k, quoted.length)} of quoted`;
  const patternTable = table(
    ['pattern', 'count', 'share'],
    [
      [
        'partial quote in reported speech (`said the plan was "…"`): unquoted speech content with marks',
        partial.length,
        `${pct(partial.length, nonQuotedSpeech)} of not-quoted speech`,
      ],
      ['quoted content of 2+ sentences', multiSentence, ofQuoted(multiSentence)],
      ['split quote, attribution in the middle (`"…," he said, "…"`)', quotedSplit, ofQuoted(quotedSplit)],
      [
        '… the same around reported speech (`CONTENT, he said, CONTENT`)',
        split.length - quotedSplit,
        `${pct(split.length - quotedSplit, n - quoted.length)} of not quoted`,
      ],
      ['quoted content ending with its closing mark', endsClosed, ofQuoted(endsClosed)],
      ['… with the comma inside the marks (`"…,"`)', commaInside, ofQuoted(commaInside)],
      ['… with a full stop, ? or ! inside the marks', stopInside, ofQuoted(stopInside)],
    ],
  );
  return `${h2('4. Quote conventions')}

${h3('4.1 Quotation marks by article')}

${table(['style', 'articles'], sorted(styles))}

By outlet (the corpus README's seven outlets, 120 articles each):

${table(
  ['outlet', ...sorted(styles).map(([k]) => k)],
  [...byOutlet.entries()].sort().map(([o, m]) => [o, ...sorted(styles).map(([k]) => m.get(k) ?? 0)]),
)}

${h3('4.2 Quotes that run across paragraphs')}

News style leaves a quote open at the end of a paragraph and reopens it at the start of the next.

${spanTable}

The reader's problems on this corpus (numbers and quoted titles blanked):

${table(['problem', 'count'], d.readerProblems)}

A quote left open at a paragraph's end that the next paragraph does not reopen is the rule that
refused whole articles before the input layer and now gives a warning. It is rarely a quote running
across paragraphs. In the first such paragraph of each article (the rule
replayed on the study's paragraphs) there is:

${table(['what the paragraph holds', 'articles'], reasons)}

Paragraphs holding a quote opened with one kind of mark and closed with the other:
${fmt(mixedParas.length)}, in ${fmt(mixedArticles)} articles (${pct(mixedArticles, articles.length)}). A
quote finder must pair any opening mark with any closing mark, and treat a doubled apostrophe as a
quotation mark where an outlet uses it (section 7.6: quotes in doubled apostrophes are found far less
often than the others).

${h3('4.3 Quote runs: a quote paragraph with no cue after an attributed one')}

Paragraphs that open with a quotation mark and hold no located cue, right after a paragraph that
holds one: ${fmt(runs.paragraphs)}. How the gold covers them:

${table(
  ['coverage', 'paragraphs', 'share'],
  runs.coverage.map(([k, c]) => [k, c, pct(c, runs.paragraphs)]),
)}

Where such a paragraph belongs to an attribution of its own whose cue sits in an earlier paragraph,
its source names match those of the previous paragraph's last attribution in ${fmt(runs.sameSpeaker)} of
${fmt(runs.comparable)} cases (${pct(runs.sameSpeaker, runs.comparable)}): the previous speaker carries on.

${h3('4.4 Partial, multi-sentence and split quotes')}

${patternTable}

A quoted content always opens with its mark (that is how \`quoted\` is defined); annotators kept the
closing mark and the punctuation inside it, so a matcher should compare words, not characters.

${h3('4.5 Content length in words')}

${table(
  ['kind', 'attributions', 'mean', 'median'],
  [...lengths.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([k, xs]) => [k, xs.length, mean(xs).toFixed(1), median(xs)]),
)}

(${fmt(n)} attributions in all.)`;
}

function quoteRuns(d: StudyData): {
  paragraphs: number;
  coverage: [string, number][];
  sameSpeaker: number;
  comparable: number;
} {
  const byArticle = new Map<number, Row[]>();
  for (const r of d.rows) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  let paragraphs = 0;
  let sameSpeaker = 0;
  let comparable = 0;
  const coverage = new Map<string, number>();
  d.articles.forEach((a, ai) => {
    const rows = byArticle.get(ai) ?? [];
    const cuePara = new Set(rows.flatMap((r) => (r.cuePara === null ? [] : [r.cuePara])));
    for (let p = 2; p < a.paragraphs.length; p++) {
      if (!opensWithQuote(a.paragraphs[p]!) || cuePara.has(p) || !cuePara.has(p - 1)) continue;
      paragraphs++;
      const covering = rows.filter((r) => r.contentParas && r.contentParas[0] <= p && r.contentParas[1] >= p);
      let k: string;
      if (!covering.length) k = 'no attribution covers it';
      else if (covering.some((r) => r.contentParas![0] < p))
        k = 'continues the content of an attribution begun earlier';
      else if (covering.some((r) => r.cuePara !== null && r.cuePara < p))
        k = 'own attribution, cue in an earlier paragraph';
      else k = 'own attribution, cue elsewhere';
      coverage.set(k, (coverage.get(k) ?? 0) + 1);
      const own = covering.find((r) => r.contentParas![0] === p && r.cuePara !== null && r.cuePara < p);
      const previous = rows
        .filter((r) => r.cuePara === p - 1 && r.a.sourceNames.length)
        .sort((x, y) => x.position - y.position)
        .at(-1);
      if (own && previous && own.a.sourceNames.length) {
        comparable++;
        const mine = nameWords(own.a.sourceNames);
        if ([...nameWords(previous.a.sourceNames)].some((w) => mine.has(w))) sameSpeaker++;
      }
    }
  });
  return { paragraphs, coverage: sorted(coverage), sameSpeaker, comparable };
}

// --- 5. Content shapes -------------------------------------------------------------------------

function contentSection(d: StudyData): string {
  const reported = speechOf(d.rows).filter((r) => !r.a.quoted);
  const top = sorted(countBy(reported, (r) => r.cue.lemma))
    .slice(0, 12)
    .map(([k]) => k);
  const shapes = sorted(countBy(reported, (r) => r.shape)).map(([k]) => k);
  return `${h2('5. Content shapes of reported speech')}

Read from the first words of the content: "that …" is a that-clause; a subject pronoun or a finite
verb marker (is, was, will, has, 's, n't, a verb in -ed/-s) makes a zero-complement clause ("said he
would"); "to …" an infinitive; NAME/pronoun + "to" + verb an object + infinitive ("urged X to …");
whether/if a question; what/why/how a wh-clause; otherwise a noun phrase ("announced a plan").

All attributions (quoted ones are "direct quote"):

${distribution(d.rows, (r) => r.shape, 'content shape')}

${h3('5.1 Reported speech (speech subset, not quoted) by cue lemma')}

${table(
  ['lemma', 'all', ...shapes],
  top.map((l) => {
    const list = reported.filter((r) => r.cue.lemma === l);
    return [l, list.length, ...shapes.map((s) => list.filter((r) => r.shape === s).length)];
  }),
)}`;
}

// --- 6. Pronoun and description resolution -----------------------------------------------------

interface Candidate {
  name: string;
  pick: (ctx: ResolveContext) => Set<string> | null;
}
interface ResolveContext {
  row: Row;
  at: number;
  article: Article;
  rows: Row[];
  mentions: { at: number; word: string }[];
}

function nearestMention({ at, mentions }: ResolveContext): Set<string> | null {
  const m = mentions.filter((x) => x.at < at).at(-1);
  return m ? new Set([m.word]) : null;
}

const C_PREVIOUS_NAMED = 'previous attribution with a named source';
const C_PREVIOUS = 'previous attribution, any source (its gold names)';
const C_NEAREST = 'nearest preceding mention of a speaker name';
const C_COMBINED = 'previous speaker if within this or the last paragraph, else nearest speaker mention';
const C_PARAGRAPH_INITIAL = 'paragraph-initial speaker (first speaker mention of the paragraph)';

const CANDIDATES: Candidate[] = [
  {
    name: C_PREVIOUS_NAMED,
    pick: ({ row, rows }) => {
      const prev = rows
        .filter((r) => r !== row && r.position < row.position && r.a.sourceNamesFrom === 'span')
        .at(-1);
      return prev ? nameWords(prev.a.sourceNames) : null;
    },
  },
  {
    name: C_PREVIOUS,
    pick: ({ row, rows }) => {
      const prev = rows
        .filter((r) => r !== row && r.position < row.position && r.a.sourceNames.length)
        .at(-1);
      return prev ? nameWords(prev.a.sourceNames) : null;
    },
  },
  {
    name: C_NEAREST,
    pick: (ctx) => nearestMention(ctx),
  },
  {
    name: 'first speaker mention in the same sentence (before it)',
    pick: ({ at, mentions, article }) => {
      const s = indexAt(article.sentenceStart, at);
      const m = mentions.find((x) => x.at < at && indexAt(article.sentenceStart, x.at) === s);
      return m ? new Set([m.word]) : null;
    },
  },
  {
    name: 'first speaker mention in the previous sentence (its subject, roughly)',
    pick: ({ at, mentions, article }) => {
      const s = indexAt(article.sentenceStart, at);
      const m = mentions.find((x) => indexAt(article.sentenceStart, x.at) === s - 1);
      return m ? new Set([m.word]) : null;
    },
  },
  {
    name: C_COMBINED,
    pick: (ctx) => {
      const { row, rows, article, at } = ctx;
      const prev = rows
        .filter((r) => r !== row && r.position < row.position && r.a.sourceNames.length)
        .at(-1);
      const near =
        prev && indexAt(article.paragraphStart, prev.position) >= indexAt(article.paragraphStart, at) - 1;
      return near ? nameWords(prev.a.sourceNames) : nearestMention(ctx);
    },
  },
  {
    name: 'previous named speaker if within this or the last paragraph, else nearest speaker mention',
    pick: (ctx) => {
      const { row, rows, article, at } = ctx;
      const prev = rows
        .filter((r) => r !== row && r.position < row.position && r.a.sourceNamesFrom === 'span')
        .at(-1);
      const near =
        prev && indexAt(article.paragraphStart, prev.position) >= indexAt(article.paragraphStart, at) - 1;
      return near ? nameWords(prev.a.sourceNames) : nearestMention(ctx);
    },
  },
  {
    name: C_PARAGRAPH_INITIAL,
    pick: ({ at, mentions, article }) => {
      const p = indexAt(article.paragraphStart, at);
      const m = mentions.find((x) => x.at < at && indexAt(article.paragraphStart, x.at) === p);
      return m ? new Set([m.word]) : null;
    },
  },
];

/** Where a source's names are mentioned before it: for the distance tables and the candidates. */
function mentionsOf(
  article: Article,
  words: Set<string>,
  originals: Map<string, Set<string>>,
): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  for (const w of words) {
    for (const form of originals.get(w) ?? []) {
      for (const i of findAll(article.text, form, 0, article.text.length, true)) out.push({ at: i, word: w });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

interface Resolution {
  groups: string[];
  totals: Map<string, number>;
  sentenceDist: Map<string, Map<string, number>>;
  paraDist: Map<string, Map<string, number>>;
  scores: Map<string, Map<string, { has: number; ok: number }>>;
}

let resolutionCache: Resolution | null = null;

function resolution(d: StudyData): Resolution {
  if (resolutionCache) return resolutionCache;
  const byArticle = new Map<number, Row[]>();
  for (const r of d.rows) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  for (const list of byArticle.values()) list.sort((a, b) => a.position - b.position);
  const groupOf = (r: Row): string | null => {
    if (r.source.shape === 'pronoun') {
      const c = r.source.detail.replace(' (possessive)', '');
      return `pronoun ${c}`;
    }
    if (r.source.shape === 'definite description') return 'definite description';
    if (r.source.shape === 'relative pronoun (who/which)') return 'relative pronoun';
    return null;
  };
  const sentenceDist = new Map<string, Map<string, number>>();
  const paraDist = new Map<string, Map<string, number>>();
  const scores = new Map<string, Map<string, { has: number; ok: number }>>();
  const totals = new Map<string, number>();
  const bump = (m: Map<string, Map<string, number>>, g: string, k: string) => {
    const x = m.get(g) ?? new Map<string, number>();
    x.set(k, (x.get(k) ?? 0) + 1);
    m.set(g, x);
  };
  for (const [ai, rows] of byArticle) {
    const article = d.articles[ai]!;
    const originals = new Map<string, Set<string>>();
    const speakerWords = new Set<string>();
    for (const r of rows) {
      for (const w of r.a.sourceNames) {
        const l = w.toLowerCase().replace(/^\.+|\.+$/g, '');
        if (!nameWords([w]).size) continue;
        originals.set(l, (originals.get(l) ?? new Set()).add(w.replace(/^\.+|\.+$/g, '')));
        if (r.a.sourceNamesFrom === 'span') speakerWords.add(l);
      }
    }
    const speakerMentions = mentionsOf(article, speakerWords, originals);
    for (const row of rows) {
      const g = groupOf(row);
      if (!g || row.a.sourceNamesFrom !== 'coref' || !row.placement.source) continue;
      const target = nameWords(row.a.sourceNames);
      if (!target.size) continue;
      const at = row.placement.source.start;
      totals.set(g, (totals.get(g) ?? 0) + 1);
      const own = mentionsOf(article, target, originals)
        .filter((m) => m.at < at)
        .at(-1);
      if (!own) {
        bump(sentenceDist, g, 'no mention before it');
        bump(paraDist, g, 'no mention before it');
      } else {
        const ds = indexAt(article.sentenceStart, at) - indexAt(article.sentenceStart, own.at);
        const dp = indexAt(article.paragraphStart, at) - indexAt(article.paragraphStart, own.at);
        bump(
          sentenceDist,
          g,
          bin(
            ds,
            [
              [0, 'same sentence'],
              [1, '1 sentence back'],
              [2, '2 back'],
              [5, '3–5 back'],
            ],
            '6+ back',
          ),
        );
        bump(
          paraDist,
          g,
          bin(
            dp,
            [
              [0, 'same paragraph'],
              [1, 'previous paragraph'],
              [3, '2–3 back'],
            ],
            '4+ back',
          ),
        );
      }
      const ctx: ResolveContext = { row, at, article, rows, mentions: speakerMentions };
      for (const c of CANDIDATES) {
        const picked = c.pick(ctx);
        const m = scores.get(g) ?? new Map<string, { has: number; ok: number }>();
        const s = m.get(c.name) ?? { has: 0, ok: 0 };
        if (picked) {
          s.has++;
          if ([...picked].some((w) => target.has(w))) s.ok++;
        }
        m.set(c.name, s);
        scores.set(g, m);
      }
    }
  }
  const groups = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([g]) => g);
  resolutionCache = { groups, totals, sentenceDist, paraDist, scores };
  return resolutionCache;
}

const SENTENCE_BINS = [
  'same sentence',
  '1 sentence back',
  '2 back',
  '3–5 back',
  '6+ back',
  'no mention before it',
];
const PARAGRAPH_BINS = [
  'same paragraph',
  'previous paragraph',
  '2–3 back',
  '4+ back',
  'no mention before it',
];

function corefSection(d: StudyData): string {
  const { groups, totals, sentenceDist, paraDist, scores } = resolution(d);
  const distTable = (m: Map<string, Map<string, number>>, keys: string[]) =>
    table(
      ['source', 'resolvable (coref names)', ...keys],
      groups.map((g) => [
        g,
        totals.get(g)!,
        ...keys.map((k) => `${m.get(g)?.get(k) ?? 0} (${pct(m.get(g)?.get(k) ?? 0, totals.get(g)!)})`),
      ]),
    );
  const pronouns = d.rows.filter((r) => r.source.shape === 'pronoun');
  const candTable = (g: string) =>
    table(
      ['candidate (evidence)', 'exists', 'right when it exists', 'right over all'],
      CANDIDATES.map((c) => {
        const s = scores.get(g)?.get(c.name) ?? { has: 0, ok: 0 };
        const t = totals.get(g) ?? 0;
        return [c.name, pct(s.has, t), pct(s.ok, s.has), pct(s.ok, t)];
      }),
    );
  return `${h2('6. What pronoun and description sources need')}

${distribution(pronouns, (r) => r.source.detail, 'pronoun class')}

Pronoun and description sources whose gold names come through coreference, by how far back their
antecedent is first found (nearest earlier mention of any of its name words):

${distTable(sentenceDist, SENTENCE_BINS)}

${distTable(paraDist, PARAGRAPH_BINS)}

${h3('6.1 Which evidence picks the right speaker')}

For each resolvable source, each candidate rule picks a speaker; it is right when it shares a name
word with the gold names. "Speaker mentions" are mentions of the names of the article's named sources
(the speakers an extractor has already found). "Previous attribution, any source" takes the gold names
of the previous attribution even when that one was a pronoun too: it assumes the chain so far was
resolved right. "exists" is how often the rule offers a candidate at all. Groups under 30 sources are
left out.

${groups
  .filter((g) => totals.get(g)! >= 30)
  .map((g) => `**${g}** (${fmt(totals.get(g)!)}):\n\n${candTable(g)}`)
  .join('\n\n')}`;
}

// --- 7. The current extractor ------------------------------------------------------------------

function extractorSection(d: StudyData): string {
  const { rows } = d;
  const speech = speechOf(rows);
  const quoted = rows.filter((r) => r.a.quoted);
  const rate = (list: Row[], f: (r: Row) => boolean) =>
    `${fmt(list.filter(f).length)}/${fmt(list.length)} = ${pct(list.filter(f).length, list.length)}`;
  const named = speech.filter((r) => r.shipped.speakerOk !== null && r.a.sourceNamesFrom === 'span');
  const coref = speech.filter((r) => r.shipped.speakerOk !== null && r.a.sourceNamesFrom === 'coref');
  const namedL = speech.filter((r) => r.lifted.speakerOk !== null && r.a.sourceNamesFrom === 'span');
  const corefL = speech.filter((r) => r.lifted.speakerOk !== null && r.a.sourceNamesFrom === 'coref');
  const precision = precisionFailures(d);
  const speakerTable = table(
    [
      'source shape',
      'matched, named in span',
      'speaker right',
      'matched, named through coref',
      'speaker right',
    ],
    sorted(
      countBy(
        speech.filter((r) => r.lifted.speakerOk !== null),
        (r) => r.source.shape,
      ),
    ).map(([k]) => {
      const list = speech.filter((r) => r.source.shape === k && r.lifted.speakerOk !== null);
      const span = list.filter((r) => r.a.sourceNamesFrom === 'span');
      const cor = list.filter((r) => r.a.sourceNamesFrom === 'coref');
      return [
        k,
        span.length,
        pct(span.filter((r) => r.lifted.speakerOk).length, span.length),
        cor.length,
        pct(cor.filter((r) => r.lifted.speakerOk).length, cor.length),
      ];
    }),
  );
  const both = (list: Row[], listLifted: Row[], ok: (o: Outcome) => boolean) =>
    refusals
      ? [rate(list, (r) => ok(r.shipped)), rate(listLifted, (r) => ok(r.lifted))]
      : [rate(list, (r) => ok(r.shipped))];
  const summary = table(refusals ? ['measure', 'as shipped', 'refusal lifted'] : ['measure', 'as shipped'], [
    ['recall, speech subset', ...both(speech, speech, (o) => o.matched)],
    ['recall, quoted', ...both(quoted, quoted, (o) => o.matched)],
    ['recall, all attributions', ...both(rows, rows, (o) => o.matched)],
    ['speaker right, named source', ...both(named, namedL, (o) => o.speakerOk === true)],
    ['speaker right, through coreference', ...both(coref, corefL, (o) => o.speakerOk === true)],
    ['statement precision', precision.summary, ...(refusals ? [''] : [])],
  ]);
  const reasons = (['refused article', 'prediction too long', 'not extracted'] as const).filter(
    (k) => refusals || k !== 'refused article',
  );
  const missTable = table(
    refusals ? ['reason', 'as shipped', 'refusal lifted'] : ['reason', 'speech attributions'],
    reasons.map((k) => [
      k,
      speech.filter((r) => r.shipped.miss === k).length,
      ...(refusals ? [speech.filter((r) => r.lifted.miss === k).length] : []),
    ]),
  );
  const runs = refusals
    ? `The reader refuses ${fmt(d.refused.size)} articles, which lose every attribution *as shipped*; ` +
      'the *refusal lifted* run hands them to `extract()` as the study splits them.'
    : `The reader refuses no article (it loads ${fmt(d.shippedDoc.articles.length)} of ` +
      `${fmt(d.articles.length)}: a text that occurs twice is loaded once, and both gold copies match it ` +
      'by headline).';
  return `${h2('7. The current extractor, class by class')}

The extractor of this commit runs in memory as \`npm run extract\` runs it: the reader, then
\`extract()\`. ${runs}
Matching is score.py's rule, ported; run on the same extraction, it reproduces the scorer's figures.

${summary}

${h3('7.1 Why a speech attribution is missed')}

"prediction too long": a prediction shares enough words but is more than twice as long plus five
(the extractor took a paragraph or a run). "not extracted": no prediction shares half the words; where
one shares a word or two, reading samples shows it is a different statement of the same article, not a
boundary error.

${missTable}

${h3('7.2 Recall by source shape')}

${recallTable(rows, (r) => r.source.shape, 'source shape')}

${h3('7.3 Recall by order')}

${recallTable(rows, (r) => r.order, 'order')}

${h3('7.4 Recall by cue group')}

${recallTable(rows, (r) => r.cue.group, 'cue group')}

${h3('7.5 Recall by where the cue is')}

${recallTable(rows, relation, 'cue relative to content')}

${h3('7.6 Recall by content shape, colon pattern, outlet')}

${recallTable(rows, (r) => r.shape, 'content shape')}

${recallTable(rows, (r) => r.colon, 'colon pattern')}

${recallTable(rows, (r) => outletOf(d.gold[r.article]!), 'outlet')}

${recallTable(rows, (r) => (r.a.quoted ? openingMark(r.a.content) : null), 'opening mark of a quote')}

${h3(`7.7 Recall by cue lemma (top 40 by misses${refusals ? ', refusal lifted' : ''})`)}

${table(
  ['lemma', 'group', 'speech attributions', 'recall', 'missed', 'in extractor table'],
  [...new Set(speech.map((r) => `${r.cue.lemma}\u0000${r.cue.group}`))]
    .map((k) => {
      const [l = '', g = ''] = k.split('\u0000');
      const list = speech.filter((r) => r.cue.lemma === l && r.cue.group === g);
      const ok = list.filter((r) => r.lifted.matched).length;
      const known = list.filter((r) => r.cue.knownToExtractor).length;
      return { l, g, n: list.length, ok, known };
    })
    .filter((x) => /^[a-z:]/.test(x.l))
    .sort((a, b) => b.n - b.ok - (a.n - a.ok))
    .slice(0, 40)
    .map((x) => [x.l, x.g, x.n, pct(x.ok, x.n), x.n - x.ok, pct(x.known, x.n)]),
)}

${h3(`7.8 Speaker right, by source shape (matched speech attributions${refusals ? ', refusal lifted' : ''})`)}

${speakerTable}

${h3('7.9 What unmatched predictions look like (precision failures, as shipped)')}

${precision.tables}`;
}

function openingMark(content: string): string {
  const c = normalise(content);
  if (c.startsWith("''")) return "doubled apostrophes ''";
  if (c.startsWith('“')) return 'curly “';
  if (c.startsWith('"')) return 'straight "';
  return "single ‘ or '";
}

function precisionFailures(d: StudyData): { summary: string; tables: string } {
  interface Miss {
    kind: string;
    group: string;
    words: string;
    overlap: string;
    quotes: string;
    speaker: string;
  }
  const misses: Miss[] = [];
  let total = 0;
  d.gold.forEach((g, ai) => {
    const preds = d.shippedPreds[ai];
    if (!preds) return;
    const golds = g.attributions.map((a) => contentWords(a.content));
    for (const p of preds) {
      total++;
      if (golds.some((gw) => scorerMatch(gw, p.words))) continue;
      let overlap = 'shares no content word with any attribution';
      for (const gw of golds) {
        const inter = intersection(gw, p.words);
        const short = Math.min(gw.size, p.words.size);
        if (short > 0 && inter >= Math.max(short / 2, Math.min(3, short))) {
          overlap = 'would match but is too long (> 2× + 5 words)';
          break;
        }
        if (inter >= 1) overlap = 'shares some words, under half';
      }
      const st = p.statement;
      misses.push({
        kind: st.kind,
        group: cueInfo(st.cue).group,
        words: bin(
          wordsIn(st.text),
          [
            [3, '1–3 words'],
            [8, '4–8'],
            [20, '9–20'],
            [40, '21–40'],
          ],
          '41+',
        ),
        overlap,
        quotes: QUOTE_CHARS.test(st.text) ? 'holds quotation marks' : 'no quotation marks',
        speaker: st.speakerId
          ? 'entity speaker'
          : st.speakerDescription
            ? 'described speaker only'
            : 'no speaker',
      });
    }
  });
  const ok = total - misses.length;
  const t = (key: (m: Miss) => string, label: string) =>
    table(
      [label, 'unmatched predictions', 'share'],
      sorted(countBy(misses, key)).map(([k, c]) => [k, c, pct(c, misses.length)]),
    );
  return {
    summary: `${fmt(ok)}/${fmt(total)} = ${pct(ok, total)}`,
    tables: [
      `${fmt(misses.length)} of ${fmt(total)} predicted statements match no attribution.`,
      t((m) => m.overlap, 'overlap with the gold'),
      t((m) => m.kind, 'statement kind'),
      t((m) => m.group, 'cue group of the prediction'),
      t((m) => m.words, 'length'),
      t((m) => `${m.quotes}, ${m.speaker}`, 'quotes and speaker'),
    ].join('\n\n'),
  };
}

// --- 8. What this means ------------------------------------------------------------------------

const isOrder =
  (...orders: Order[]) =>
  (r: Row) =>
    orders.includes(r.order);

const RESIDUE_NAMED = 'Residue: reported clause after a named source';

/**
 * The fix each missed speech attribution needs first, as a decision list: the first class that
 * applies wins, so the classes are disjoint and their counts add up to all misses.
 */
const FIXES: { name: string; pattern: string; test: (r: Row) => boolean }[] = [
  {
    name: 'Cue table: add the missing cue words',
    pattern: 'see 8.2',
    test: (r) => !r.cue.knownToExtractor && r.cue.group !== 'noun cue',
  },
  {
    name: "Quote finder: doubled apostrophes ('' … '') and mixed straight/curly pairs",
    pattern: "`''…,'' he said`, `\"…” said X`",
    test: (r) =>
      r.a.quoted && (openingMark(r.a.content).startsWith('doubled') || scanMarks(r.a.content).mixed > 0),
  },
  {
    name: 'Boundaries: stop a statement at the next attribution or sentence',
    pattern: 'prediction > 2× gold + 5 words',
    test: (r) => r.lifted.miss === 'prediction too long',
  },
  {
    name: 'Quote runs over paragraphs',
    pattern: '`SOURCE said: ¶ "…"`, `"… ¶ "…," he said`',
    test: (r) =>
      spansParagraphs(r) ||
      ['cue in the previous paragraph', 'cue 2+ paragraphs before', 'cue in a later paragraph'].includes(
        relation(r) ?? '',
      ),
  },
  {
    name: 'according to',
    pattern: '`CONTENT, according to SOURCE` / `According to SOURCE, CONTENT`',
    test: (r) => r.cue.group === 'according to',
  },
  {
    name: 'Noun and colon cues',
    pattern: '`in a statement`, `SOURCE\'s claim`, `NAME, ORG: "…"`',
    test: (r) => r.cue.group === 'noun cue' || r.colon !== null,
  },
  { name: 'No source span', pattern: '`it was reported that`, `asked about …`', test: (r) => !r.a.source },
  {
    name: 'Split quotes',
    pattern: '`"…," SOURCE said, "…"` (one statement)',
    test: isOrder('split quote: "…," SOURCE cue, "…"'),
  },
  {
    name: 'Inverted attribution',
    pattern: '`"…," said TITLE NAME` / `…, said NAME, DESCRIPTION`',
    test: isOrder('CONTENT cue SOURCE (inverted)'),
  },
  {
    name: 'Trailing attribution',
    pattern: '`"…," SOURCE said` / `CONTENT, SOURCE said`',
    test: isOrder('CONTENT SOURCE cue'),
  },
  {
    name: 'Quote after source and cue',
    pattern: '`SOURCE said, "…"`',
    test: (r) => r.order === 'SOURCE cue CONTENT' && r.a.quoted,
  },
  {
    name: 'Non-clause complements',
    pattern: '`urged X to …`, `called for …`, `asked whether …`, `announced a plan`',
    test: (r) =>
      r.order === 'SOURCE cue CONTENT' &&
      [
        'infinitive (to …)',
        'object + infinitive',
        'noun phrase (no finite verb)',
        'wh-clause (what/why/how)',
        'question (whether/if)',
      ].includes(r.shape),
  },
  {
    name: 'Pronoun and relative sources of reported clauses',
    pattern: '`he said (that) …`, `…, who said …`',
    test: (r) =>
      r.order === 'SOURCE cue CONTENT' &&
      ['pronoun', 'relative pronoun (who/which)'].includes(r.source.shape),
  },
  {
    name: 'Description and anonymous sources of reported clauses',
    pattern: '`the senator said …`, `two aides said …`, `the poll found …`',
    test: (r) =>
      r.order === 'SOURCE cue CONTENT' &&
      DESCRIPTION_SHAPES.has(r.source.shape) &&
      r.source.shape !== 'title + name' &&
      r.source.shape !== 'name + appositive or affiliation',
  },
  {
    name: RESIDUE_NAMED,
    pattern: '`NAME said (that) …`, `TITLE NAME said …`',
    test: (r) => r.order === 'SOURCE cue CONTENT',
  },
  {
    name: 'Residue: other orders, or parts not located',
    pattern: '`cue SOURCE CONTENT` and the rest',
    test: () => true,
  },
];

function meaningSection(d: StudyData): string {
  const speech = speechOf(d.rows);
  const n = speech.length;
  const shipped = speech.filter((r) => r.shipped.matched).length;
  const lifted = speech.filter((r) => r.lifted.matched).length;
  const missed = speech.filter((r) => !r.lifted.matched);
  const fixOf = (r: Row) => FIXES.find((f) => f.test(r))!;
  const counts = new Map<string, Row[]>();
  for (const r of missed) counts.set(fixOf(r).name, [...(counts.get(fixOf(r).name) ?? []), r]);
  const ranked = FIXES.filter((f) => counts.has(f.name)).sort(
    (a, b) => counts.get(b.name)!.length - counts.get(a.name)!.length,
  );
  let cumulative = lifted;
  const rows = ranked.map((f, i) => {
    const list = counts.get(f.name)!;
    cumulative += list.length;
    const inClass = speech.filter((r) => fixOf(r) === f);
    const today = f.name.startsWith('Boundaries')
      ? '–'
      : pct(inClass.filter((r) => r.lifted.matched).length, inClass.length);
    return [i + 1, f.name, f.pattern, list.length, pct(list.length, n), pct(cumulative, n), today];
  });
  const unknown = missed.filter((r) => fixOf(r) === FIXES[0]);
  const known = new Set(speech.filter((r) => r.cue.knownToExtractor).map((r) => r.cue.lemma));
  const formTable = table(
    ['head form', 'lemma', 'group', 'missed attributions', 'other forms of the lemma already in the table'],
    sorted(
      countBy(unknown, (r) =>
        /^[a-z][a-z'-]*$|^:$/.test(r.cue.form)
          ? `${r.cue.form}\u0000${r.cue.lemma}\u0000${r.cue.group}`
          : null,
      ),
    )
      .slice(0, 40)
      .map(([k, c]) => {
        const [form = '', l = '', g = ''] = k.split('\u0000');
        return [form, l, g, c, known.has(l) ? 'yes' : 'no'];
      }),
  );
  const refusalLine = refusals
    ? `Speech-subset recall is ${pct(shipped, n)} as shipped. **Lifting the refusal alone** (measured, ` +
      `not estimated) brings it to ${pct(lifted, n)}: +${fmt(lifted - shipped)} attributions.`
    : `Speech-subset recall is ${pct(shipped, n)}; the reader refuses no article.`;
  const residue = speech.filter((r) => fixOf(r).name === RESIDUE_NAMED);
  const recallOf = (list: Row[]) => pct(list.filter((r) => r.lifted.matched).length, list.length);
  const residueMulti = recallOf(residue.filter((r) => r.cue.words > 1));
  const residueSingle = recallOf(residue.filter((r) => r.cue.words <= 1));
  const evidence = evidenceFigures(d);
  return `${h2('8. What this means for the extractor')}

${h3('8.1 Rules and table entries ranked by the recall they could recover')}

${refusalLine}

Below, every speech attribution the extractor still misses${refusals ? ' with the refusal lifted' : ''}
(${fmt(missed.length)}) is assigned to the first fix it needs, in this order: cue table, quote marks,
boundaries, quote runs, according to, noun and colon cues, no source, then the order of its parts and
the shape of its content and source. The classes are disjoint, so the counts add up. "Recall ceiling"
is the recall if every fix so far recovered all of its misses (an upper bound); "recall in class
today" is what the extractor already gets right in the class. Rows marked *residue* are patterns the
extractor handles; their misses have no single cause among this study's features (in the named-source
residue, multi-word cues such as \`has said repeatedly\` are right ${residueMulti}, one-word cues
${residueSingle}).

${table(
  [
    '#',
    'fix',
    'pattern',
    'misses it would recover',
    '% of speech',
    'recall ceiling',
    'recall in class today',
  ],
  rows,
)}

${h3('8.2 The cue table: forms to add, by misses')}

Head forms of the missed attributions whose cue has no word in the extractor's table. "yes" in the
last column means the table has another form of the verb (add the inflection: "saying" next to
"said"); "no" means the verb is new.

${formTable}

${h3('8.3 Evidence for the candidate speaker')}

${evidence}`;
}

function evidenceFigures(d: StudyData): string {
  const speech = speechOf(d.rows);
  const verbCue = speech.filter((r) => r.nearestCueIsGold !== null && SCORER_SPEECH.test(r.a.cue));
  const nearest = pct(verbCue.filter((r) => r.nearestCueIsGold).length, verbCue.length);
  const quotedVerb = verbCue.filter((r) => r.a.quoted);
  const nearestQuoted = pct(quotedVerb.filter((r) => r.nearestCueIsGold).length, quotedVerb.length);
  const located = speech.filter((r) => r.placement.source && r.placement.cue);
  const sameSentence = (before: boolean) =>
    located.filter(
      (r) => r.placement.source!.start < r.placement.cue!.start === before && r.sourceCueSameSentence,
    );
  const subject = sameSentence(true);
  const after = sameSentence(false);
  const subjectShare = pct(subject.length, located.length);
  const subjectAdjacent = pct(subject.filter((r) => r.sourceCueGap === 0).length, subject.length);
  const afterShare = pct(after.length, located.length);
  const afterAdjacent = pct(after.filter((r) => r.sourceCueGap === 0).length, after.length);
  const elsewhere = pct(located.filter((r) => r.sourceCueSameSentence === false).length, located.length);
  const appos = speech.filter((r) => r.source.shape === 'name + appositive or affiliation').length;
  const titled = speech.filter((r) => r.source.shape === 'title + name').length;
  const runs = quoteRuns(d);
  const carriesOn = pct(runs.sameSpeaker, runs.comparable);
  const res = resolution(d);
  const score = (g: string, name: string) => {
    const s = res.scores.get(g)?.get(name) ?? { has: 0, ok: 0 };
    return { has: s.has, ok: s.ok, total: res.totals.get(g) ?? 0 };
  };
  const right = (g: string, name: string) => pct(score(g, name).ok, score(g, name).total);
  const heShe = 'pronoun he/she';
  const initial = score(heShe, C_PARAGRAPH_INITIAL);
  const dist = res.paraDist.get(heShe);
  const nearby = (dist?.get('same paragraph') ?? 0) + (dist?.get('previous paragraph') ?? 0);
  const pronouns = pct(speech.filter((r) => r.source.shape === 'pronoun').length, speech.length);
  const description = 'definite description';
  const bestDescription = Math.max(...CANDIDATES.map((c) => score(description, c.name).ok));
  const figures = table(
    ['evidence', 'figure'],
    [
      [
        'nearest cue: the speech verb nearest to the content is the annotated cue',
        `${nearest} of ${fmt(verbCue.length)} located speech-verb attributions (quoted: ${nearestQuoted})`,
      ],
      [
        'sentence subject: source before the cue in the same sentence',
        `${subjectShare} of ${fmt(located.length)} with both located; adjacent in ${subjectAdjacent}`,
      ],
      [
        'source right after the cue in the same sentence (inverted, according to)',
        `${afterShare}; adjacent in ${afterAdjacent}`,
      ],
      ['source and cue in different sentences', elsewhere],
      [
        'apposition: `NAME, DESCRIPTION,` or `NAME of ORG` as the source',
        `${fmt(appos)} (${pct(appos, speech.length)} of speech)`,
      ],
      ['title before the name: `TITLE NAME`', `${fmt(titled)} (${pct(titled, speech.length)} of speech)`],
      [
        'previous speaker in a quote run: a cue-less quote paragraph after an attributed one',
        `same speaker in ${carriesOn} of ${fmt(runs.comparable)}`,
      ],
      ['previous speaker for he/she (chain assumed right)', `${right(heShe, C_PREVIOUS)} right`],
      ['previous *named* speaker for he/she', `${right(heShe, C_PREVIOUS_NAMED)} right`],
      [
        'paragraph-initial speaker for he/she',
        `exists ${pct(initial.has, initial.total)}, right ${pct(initial.ok, initial.has)} when it does`,
      ],
      ['nearest preceding speaker mention for he/she', `${right(heShe, C_NEAREST)} right`],
    ],
  );
  return `${figures}

**Priorities the data supports** (figures from this section and section 6):

1. **The source is in the attribution clause itself.** Speech sources precede the cue in its
   sentence in ${subjectShare} of cases, ${subjectAdjacent} of them right before it (otherwise after an
   apposition or a relative clause); ${afterShare} follow the cue (\`said NAME\`, \`according to ORG\`),
   ${afterAdjacent} adjacent. Only ${elsewhere} sit in another sentence. So: the noun phrase adjacent to
   the cue, subject side first, then the inverted side.
2. **The cue for a quote is the nearest speech verb** (${nearest}). Choosing the cue by distance is
   safe; what needs care is the quote's extent (split and multi-sentence quotes, section 4).
3. **Apposition and titles resolve to the name**: \`NAME, DESCRIPTION,\` (${fmt(appos)}) and
   \`TITLE NAME\` (${fmt(titled)}) together are ${pct(appos + titled, speech.length)} of speech sources; the
   description's head noun and the title feed the role-noun table (section 2.3) for later coreference.
4. **He/she (${pronouns} of speech sources) resolves best to the previous speaker**:
   ${right(heShe, C_PREVIOUS)} right if earlier pronouns were resolved right,
   ${right(heShe, C_PREVIOUS_NAMED)} taking the previous named speaker; the nearest preceding name is
   right ${right(heShe, C_NEAREST)}, the paragraph-initial speaker ${right(heShe, C_PARAGRAPH_INITIAL)} over
   all. Combined (previous speaker when within this or the last paragraph, else the nearest name):
   ${right(heShe, C_COMBINED)}. The antecedent's name is in the same or the previous paragraph for
   ${pct(nearby, res.totals.get(heShe) ?? 0)} of them.
5. **"who said" resolves to the nearest name** (${right('relative pronoun', C_NEAREST)}), usually in the
   same sentence.
6. **Definite descriptions are hard** (no candidate above
   ${pct(bestDescription, res.totals.get(description) ?? 0)}); their antecedent is further back (section 6)
   and must be matched on the role noun, so keep \`speakerDescription\` when no entity carries a
   compatible role.
7. **A quote paragraph with no cue continues the previous speaker** (${carriesOn}).`;
}

// ---------------------------------------------------------------------------------------------
// The lexicon appendix and the guard.
// ---------------------------------------------------------------------------------------------

/** Words the head finder can return that are no role nouns: participles, reflexives, time words. */
const NOT_HEADS =
  /^(?:.*[^e]ed|.*ing|himself|herself|themselves|de|nor|along|current|lot|third|week|month|year|self)$/;

function renderLexicon(rows: Row[]): string {
  const byLemma = new Map<string, Row[]>();
  for (const r of rows) {
    if (!/^(?:[a-z][a-z'-]*|:)$/.test(r.cue.lemma)) continue;
    const k = `${r.cue.lemma}\u0000${r.cue.group}`;
    byLemma.set(k, [...(byLemma.get(k) ?? []), r]);
  }
  const cues = [...byLemma.entries()]
    .filter(([k, list]) => {
      const [l = '', g = ''] = k.split('\u0000');
      return (
        list.length >= (g === 'other' ? 3 : 2) && !SCORER_STOP.has(l) && !CUE_NOISE.has(l) && !/'$/.test(l)
      );
    })
    .sort((a, b) => b[1].length - a[1].length)
    .map(([k, list]) => {
      const [lemmaName = '', group = ''] = k.split('\u0000');
      const forms = Object.fromEntries(
        sorted(countBy(list, (r) => (/^(?:[a-z][a-z'-]*|:)$/.test(r.cue.form) ? r.cue.form : null))),
      );
      const phrases = Object.fromEntries(
        sorted(
          countBy(list, (r) =>
            r.cue.phrase.includes(' ') && phraseIsGeneral(r.cue.phrase) ? r.cue.phrase : null,
          ),
        ).filter(([, c]) => c >= 3),
      );
      const tenses = Object.fromEntries(sorted(countBy(list, (r) => r.cue.tense)));
      return {
        lemma: lemmaName,
        group,
        count: list.length,
        speech: list.filter((r) => r.speech).length,
        forms,
        tenses,
        phrases,
      };
    });
  const headCounts = (filter: (r: Row) => boolean) =>
    sorted(countBy(rows.filter(filter), (r) => r.source.head))
      .filter(([h, c]) => c >= 2 && /^[a-z][a-z-]*\.?$/.test(h) && !NOT_HEADS.test(h) && !NP_BREAKERS.has(h))
      .map(([head, count]) => ({ head, count }));
  const lexicon = {
    about:
      `Generated by npm run study:attribution from PolNeAR ${basename(FOLDER)} ` +
      '(hand-annotated attributions in US news). ' +
      'General words only: cue lemmas with the inflected head forms seen, role nouns heading description ' +
      'sources, titles before names (ORG = capitalised non-title words), anonymous-source heads. ' +
      'Counts are ' +
      "attributions; speech = the scorer's reported-speech subset.",
    cueGroups: [...new Set(cues.map((c) => c.group))],
    cues,
    descriptionHeads: headCounts(isRoleHead),
    titlesBeforeNames: sorted(countBy(rows, (r) => r.source.title))
      .filter(([, c]) => c >= 2)
      .map(([title, count]) => ({ title, count })),
    anonymousHeads: headCounts((r) => r.source.shape === 'indefinite / anonymous'),
    documentHeads: headCounts((r) => r.source.shape === 'document / poll / report'),
    pronounSources: Object.fromEntries(
      sorted(
        countBy(
          rows.filter((r) => r.source.shape === 'pronoun'),
          (r) => r.source.detail,
        ),
      ),
    ),
  };
  // One line per entry: readable, and a rerun's diff shows which entries moved.
  const body = Object.entries(lexicon).map(([k, v]) => {
    const value = Array.isArray(v)
      ? `[\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`
      : JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${value}`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}

/** Words of the outlet labels, the only names the report may hold. */
const OUTLET_WORDS = new Set(Object.values(OUTLETS).flatMap((o) => o.toLowerCase().split(' ')));
/** General words of the study's own tables and placeholders: never taken for names. */
const GENERAL_WORDS = new Set(
  [
    ...CAPITALISED_TITLES,
    ...ORGANISATION_WORDS,
    ...GROUP_NOUNS,
    ...HONORIFICS,
    ...TITLE_ABBREVIATIONS,
    ...OUTLET_WORDS,
    ...Object.values(CUE_GROUPS).flat(),
    'org',
    'name',
    'title',
    'quote',
    'content',
    'source',
  ].flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u)),
);

/**
 * Refuse to write what holds a name word of the data (a word of a source's names that the articles
 * write capitalised far more often than not, and no word of the study's own tables) or a run of
 * seven words of its articles.
 */
function guard(articles: Article[], gold: GoldArticle[], outputs: string[]): void {
  const names = new Set<string>();
  for (const g of gold) {
    for (const a of g.attributions) {
      for (const w of a.sourceNames.join(' ').split(/[^\p{L}]+/u)) {
        const l = w.toLowerCase();
        const capitalised = vocabulary.get('\u0001' + l) ?? 0;
        const rare = seen(l) < 10 && capitalised >= 3 * (seen(l) + 1);
        if (l.length >= 3 && rare && !GENERAL_WORDS.has(l)) names.add(l);
      }
    }
  }
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const grams = new Set<string>();
  for (const a of articles) {
    const w = words(a.text);
    for (let i = 0; i + 7 <= w.length; i++) grams.add(w.slice(i, i + 7).join(' '));
  }
  const problems: string[] = [];
  for (const out of outputs) {
    const w = words(out);
    for (const x of new Set(w)) if (names.has(x)) problems.push(`name word "${x}"`);
    for (let i = 0; i + 7 <= w.length; i++) {
      const g = w.slice(i, i + 7).join(' ');
      if (grams.has(g)) problems.push(`seven words of the articles: "${g}"`);
    }
  }
  if (problems.length) {
    throw new Error(
      'refusing to write the study: its output holds data text:\n  ' +
        [...new Set(problems)].slice(0, 40).join('\n  '),
    );
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`study:attribution: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
