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
