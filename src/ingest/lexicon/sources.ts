/**
 * Head nouns of sources that name nobody: "a source close to the campaign", "two people familiar
 * with the matter", "critics". Statements from them keep their description and no speaker id.
 */
export const ANONYMOUS_HEADS = new Set(
  `source person people individual insider observer member participant attendee someone somebody
  critic opponent supporter ally backer defender skeptic sceptic detractor fan follower expert
  observers americans citizen citizens voter viewer reader listener poll-taker respondent crowd
  protester demonstrator attendees bystander local neighbor neighbour colleague friend relative
  employee staffer insiders veteran lawmakers observer monitor inspector investigator auditor`.split(/\s+/),
);

/**
 * The people around someone, who speak for them: "the senator's office", "NAME's team", "the NAME
 * administration".
 */
export const ENTOURAGE_NOUNS = new Set(`team office camp staff entourage circle administration`.split(/\s+/));

/** Shares of a group that speak for part of it: "half of the voters", "most of the delegates". */
export const QUANTIFIERS = new Set(
  `half most many some few all none majority minority plurality third quarter fifth each both several`.split(
    /\s+/,
  ),
);

/** People an organisation sends, who speak for it: "observers from the OSCE", "UN inspectors". */
export const ENVOY_NOUNS = new Set(
  `observer monitor inspector investigator auditor envoy delegation mission`.split(/\s+/),
);

/**
 * Labels that open a note of the publisher's, not of a speaker's ("Correction: …", "Editor's note:
 * …", "Related: …"): a paragraph so labelled holds no statement. In lower case, "'s" joined.
 */
export const EDITORIAL_LABELS: ReadonlySet<string> = new Set([
  'correction',
  'corrections',
  'clarification',
  "editor's note",
  'editors note',
  'update',
  'updated',
  'related',
  'read more',
  'see also',
  'more coverage',
  'watch',
]);

/** What a publisher calls its own piece in a note about it ("an earlier version of this story"). */
export const STORY_NOUNS: ReadonlySet<string> = new Set([
  'story',
  'article',
  'report',
  'post',
  'piece',
  'column',
]);

/** Verbs of a note correcting the piece ("this article has been updated", "misstated the date"). */
export const CORRECTION_VERBS: ReadonlySet<string> = new Set([
  'updated',
  'corrected',
  'amended',
  'misstated',
  'misidentified',
  'misspelled',
  'misquoted',
  'misattributed',
  'incorrectly',
]);
