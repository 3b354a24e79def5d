/**
 * Closed-class English words: what every step of extraction needs to know about the words that are
 * never names. Each list is defined here once; other modules import the sets.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Abbreviations written with a period that does not end a sentence: the tokenizer keeps the period
 * on the word ("Sen.", "Jan."). Case-sensitive, without the period.
 */
export const ABBREVIATIONS = words(`
  Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Maj Sgt Capt Cpl Pvt Adm Cmdr Brig Rev Hon Pres
  Supt Insp Det Atty Amb Fr Msgr Gens
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  St Mt Ft Jr Sr Inc Ltd Corp Co Bros No Nos vs etc approx Ave Blvd Dept Univ Govt Calif Mass Penn Fla Ill
  Wash Ore Ariz Colo Conn Del Ga Ind Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev Okla Pa Tenn Tex Va Vt Wis Wyo
`);

/** Abbreviations that often end a sentence too ("… by Acme Inc. The company …"). */
export const FINAL_ABBREVIATIONS = words(`Inc Ltd Corp Co Jr Sr etc Bros`);

export const DETERMINERS = words(
  `the a an this that these those some any every each no another other such what which`,
);

export const POSSESSIVE_DETERMINERS = words(`his her its their our my your whose`);

/** Third-person pronouns that can stand for a speaker, with what they can refer to. */
export const PRONOUNS: Record<string, { gender: 'male' | 'female' | 'neuter' | 'any'; plural: boolean }> = {
  he: { gender: 'male', plural: false },
  him: { gender: 'male', plural: false },
  his: { gender: 'male', plural: false },
  himself: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  her: { gender: 'female', plural: false },
  hers: { gender: 'female', plural: false },
  herself: { gender: 'female', plural: false },
  it: { gender: 'neuter', plural: false },
  its: { gender: 'neuter', plural: false },
  itself: { gender: 'neuter', plural: false },
  they: { gender: 'any', plural: true },
  them: { gender: 'any', plural: true },
  their: { gender: 'any', plural: true },
  themselves: { gender: 'any', plural: true },
};

/** Pronouns of the speaker's own voice: inside a quote they are the speaker, never a topic. */
export const FIRST_PERSON = words(`i me my mine myself we us our ours ourselves`);

export const PREPOSITIONS = words(`
  of in on at by for with from to into onto upon about over under after before during since until
  against among between through throughout across along around near toward towards within without
  behind beyond despite via per amid amidst like unlike than outside inside alongside regarding
`);

export const CONJUNCTIONS = words(`and or but nor yet so`);

/** Words that open a subordinate clause: a speaker's noun phrase never runs across one. */
export const SUBORDINATORS = words(`
  that which who whom whose when where while whereas although though because since if unless whether
  as after before until once
`);

/** Auxiliaries and modals that can stand between a speaker and a cue ("has said", "would tell"). */
export const AUXILIARIES = words(`
  has have had having is are was were be been being do does did will would shall should can could may
  might must cannot didn't doesn't don't won't wouldn't can't couldn't hasn't haven't hadn't isn't
  wasn't shouldn't
`);

/** Adverbs that can stand between a speaker and a cue ("later said", "also told"). */
export const CUE_ADVERBS = words(`
  also later earlier then again previously repeatedly separately publicly privately flatly simply just
  once recently reportedly frequently often long still now already first finally subsequently initially
  further additionally quickly immediately angrily bluntly openly candidly tearfully defiantly calmly
  sharply firmly jokingly reportedly not never n't had has have yet
`);

/** Words that deny the verb after them ("did not say", "never claimed", "didn't tell"). */
export const NEGATIONS = words(`not never n't cannot`);

/** After a negation, words that make it no denial: "not only said …", "not just warned …". */
export const NOT_ONLY = words(`only just merely simply`);

/** Object pronouns: the addressee of "told him", the object of "called her". */
export const OBJECT_PRONOUNS = words(`me us you him her them`);

/** Nouns that end in -ly: never manner adverbs before a cue ("the family said"). */
export const LY_NOUNS = words(`family ally assembly rally supply monopoly anomaly homily bully italy`);

/** Adverbs set off by commas between a subject and its cue ("NAME, meanwhile, said"). */
export const ASIDES = words(`
  meanwhile however instead too though also moreover nonetheless nevertheless likewise similarly
  separately
`);

/** Words of a share, beside its number: "about four in 10", "74 percent", "85%". */
export const SHARE_WORDS = words(
  `percent per cent % in out of about nearly almost roughly some only just over under a`,
);

/** Fractions and majorities that speak for part of a group: "three-fourths say", "a majority of X". */
export const FRACTIONS = words(`
  half halves third thirds quarter quarters fourth fourths fifth fifths majority majorities minority
  minorities plurality two-thirds three-fourths three-quarters one-third one-quarter one-half
`);

/** Relative pronouns: "NAME, who said …", "the report, which found …". */
export const RELATIVE_PRONOUNS = words(`who whom whose which`);

/** Modals: "would blame" is a hypothetical, not an attribution. */
export const MODALS = words(`would could might may should can must will`);

/**
 * Function words that, capitalised, open no name ("If Dahl", "Is X", "An American", "TO USE"):
 * prepositions, conjunctions, subordinators, auxiliaries, pronouns and some determiners. Left out:
 * "will", "may", "than" and "so", which are also given names and surnames (Will Tanner, Than Oo).
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    ...PREPOSITIONS,
    ...CONJUNCTIONS,
    ...SUBORDINATORS,
    ...AUXILIARIES,
    ...words(`he she it they we i you his her its their our my your this these those an each every any some
      another no not`),
  ].filter((w) => !['will', 'may', 'than', 'so'].includes(w)),
);

/** Conjunctions of contrast that, after a comma, start the narrator's own clause ("…, while …"). */
export const CONTRASTS = words(`while whereas`);

/** Conjunctions and adverbs that open a clause before its subject ("But she said …"). */
export const CLAUSE_OPENERS = words(`but and so yet still then`);

/** Parts of a day after a weekday or a time adverb ("Tuesday morning", "yesterday evening"). */
export const PARTS_OF_DAY = words(`morning afternoon evening night`);

/** Periods after "last", "this", "next" ("last week", "this spring"). */
export const PERIODS = words(`week weekend month year spring summer fall autumn winter`);

/** "last", "this", "next" before a period or a weekday. */
export const RELATIVE_TIME = words(`last this next`);

/** Adverbs of time and manner that stand between a cue and what was said ("said yesterday that"). */
export const TIME_ADVERBS = words(`
  yesterday today tonight recently previously also again repeatedly privately publicly later earlier then
  once separately
`);

/** Nouns and adverbs of time: a phrase with one opens a sentence as a circumstance ("Days later,"). */
export const TIME_WORDS = words(`
  day days week weeks weekend month months year years decade decades hour hours minute minutes morning
  afternoon evening night tonight today yesterday ago later earlier since then time times moment season
`);

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Capitalised words at a sentence start or in headlines that never begin a name. */
export const SENTENCE_OPENERS = words(`
  The A An In On At But And Or As If When While After Before Also With Without For From To Of By Its His Her
  Their Our We He She It They This That These Those There Here What Who Why How Some Many More Most No Not
  Yes Meanwhile However Despite Although Though Because Since Until Once Under Over About Among Between Still
  Yet So Then Now Earlier Later Separately Instead Indeed Asked Speaking Last Next Each Every Both All Any
  Such Other Another Several I You My Your Me Us Them Him Whether Where Which Whom Whose Even Just Only
  Nor Perhaps Maybe Already Today Tonight Tomorrow Yesterday Thus Hence Moreover Furthermore Nonetheless
  Nevertheless Otherwise Likewise Similarly Overall Finally First Second Third Please Thanks Thank Like
  During Through Within Against Across Around Near Toward Towards Amid Unlike Than Given Including Following
  According Rather Whatever Whoever Whenever Wherever Everyone Everybody Nobody Someone Somebody Anyone
  Nothing Something Everything Anything Let Well Oh Ah Sure Okay OK Too Very Much Again Ever Never Always
  Few Fewer Little Half Neither Either None
`);

/** Number words, for figures ("three people were killed") and to keep them out of names. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousand: 1000,
  thousands: 2000,
};

/** Capitalised words that are never a name on their own ("the West"), only inside one. */
export const NEVER_NAMES = words(`
  West East North South Western Eastern Northern Southern Central Mideast Midwest Westerners Government
  Administration Congressional Federal National International Presidential Republican Democratic
  Christian Muslim Jewish Catholic Protestant Islamic Sunni Shiite Shia Arab Kurdish Black White Hispanic
  Latino Asian African European God Lord Internet Web Mr Mrs Ms Dr I Christmas Easter Ramadan Eid Diwali
  Hanukkah Thanksgiving Passover Lent No.
`);

/** Time zones written after a clock time ("10 a.m. EST"): never a name. */
export const TIME_ZONES = words(`GMT UTC EST EDT CST CDT MST MDT PST PDT ET CT MT PT BST CET CEST`);

/** Words a publication stamp writes around its date ("Updated: May 2, 2031, 1:12 PM EDT"). */
export const DATE_STAMP_WORDS = words(`updated published posted last modified on at am pm a.m. p.m. by`);
