/**
 * Who said what (src/ingest/attribution): one paragraph per shape of the clause grammar, the quote
 * runs, coreference, the speaker decision, provenance spans and topics. Every paragraph here is
 * invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/domain/article-text.js';
import { run, said, byName, nameOf, typeOf } from '../run.js';

describe('shapes of the clause grammar', () => {
  it('trailing: "…," SOURCE said — after a quote, and after a clause', () => {
    expect(
      said(run(['"The dam will hold," engineer Tove Lind said. The river rose overnight, residents said.'])),
    ).toEqual([
      ['Tove Lind', 'The dam will hold'],
      ['residents', 'The river rose overnight'],
    ]);
  });

  it('inverted: "…," said SOURCE, with an apposition or a relative clause after it', () => {
    expect(
      said(run(['"Prices will fall," said Omar Haddad, a trader who has watched the market for years.'])),
    ).toEqual([['Omar Haddad', 'Prices will fall']]);
  });

  it('split: one statement with two spans around the attribution', () => {
    const doc = run(['"We are ready," Hana Sato said, "and we have waited long enough."']);
    expect(said(doc)).toEqual([['Hana Sato', 'We are ready and we have waited long enough.']]);
    expect(doc.statements[0]!.spans).toHaveLength(2);
  });

  it('forward: SOURCE told ADDRESSEE that CONTENT, and SOURCE said: "QUOTE"', () => {
    const doc = run([
      'Mayor Ruth Osei told reporters on Monday that the tunnel would open. She said: "It is safe."',
    ]);
    expect(said(doc)).toEqual([
      ['Ruth Osei', 'the tunnel would open'],
      ['Ruth Osei', 'It is safe.'],
    ]);
    expect(doc.statements.map((s) => s.kind)).toEqual(['reported', 'direct']);
  });

  it('participle: ", saying …" takes the subject of its clause', () => {
    expect(said(run(['The Harbour Board raised fees on Friday, saying costs had doubled.']))).toEqual([
      ['Harbour Board', 'costs had doubled'],
    ]);
  });

  it('"according to": before or after the content; an outlet after a statement is its medium', () => {
    const doc = run([
      'According to the Weather Office, the storm will pass by noon. The pier was closed, according to port officials.',
      'Finance Minister Jonas Berg said exports fell, according to the state news agency NPA.',
    ]);
    expect(said(doc)).toEqual([
      ['Weather Office', 'the storm will pass by noon'],
      ['port officials', 'The pier was closed'],
      ['Jonas Berg', 'exports fell'],
    ]);
    expect(doc.statements[2]!.medium).toBe('NPA');
  });

  it('colon: SOURCE: "QUOTE" without a verb', () => {
    expect(said(run(['Union leader Paulo Reis: "We will strike on Monday."']))).toEqual([
      ['Paulo Reis', 'We will strike on Monday.'],
    ]);
  });

  it('a verb the table lacks, in the place only a speech verb takes, is a cue', () => {
    expect(said(run(['"That is nonsense," scoffed Ivan Petrov.']))).toEqual([
      ['Ivan Petrov', 'That is nonsense'],
    ]);
  });

  it('an unknown present-tense verb after a quote is a cue before a name or at the end only', () => {
    const doc = run([
      '"It is a living," laughs Ana Tull, a farmer. "Nobody asked," Ana Tull works as a nurse now.',
    ]);
    expect(said(doc)).toEqual([['Ana Tull', 'It is a living']]);
  });

  it('a hypothetical or a noun is no cue: "would blame", "the reports"', () => {
    expect(
      said(run(['Officials feared the public would blame the ministry. The reports of a leak were false.'])),
    ).toEqual([]);
  });

  it('an act on an object keeps its verb; "that" before a lone noun is a determiner', () => {
    expect(said(run(['Lena Park rejected that demand. She denied leaking the memo.']))).toEqual([
      ['Lena Park', 'rejected that demand'],
      ['Lena Park', 'denied leaking the memo'],
    ]);
  });
});

describe('quote runs', () => {
  it('a quote sentence after a direct statement keeps its speaker, until someone else is named', () => {
    const doc = run([
      '"The roads are open," Chief Tomas Grell said. "Drive slowly."',
      '"Schools stay shut." Governor Ada Moll then cut the ribbon.',
    ]);
    expect(said(doc)).toEqual([
      ['Tomas Grell', 'The roads are open'],
      ['Tomas Grell', 'Drive slowly.'],
      ['Tomas Grell', 'Schools stay shut.'],
    ]);
  });

  it('a quote that runs across paragraphs is one statement, with a span in each paragraph', () => {
    const doc = run(['Mira Holt said: "We will rebuild the bridge.', '"And we will do it by spring."']);
    expect(said(doc)).toEqual([['Mira Holt', 'We will rebuild the bridge. And we will do it by spring.']]);
    expect(doc.statements[0]!.spans).toHaveLength(2);
  });

  it('a piece left open before the attributed piece in the next paragraph is the same statement', () => {
    const doc = run([
      '"We saw the crack at dawn and shut the gates.',
      '"It stays closed until every panel is tested," said Halvard Steen.',
    ]);
    expect(said(doc)).toEqual([
      [
        'Halvard Steen',
        'We saw the crack at dawn and shut the gates. It stays closed until every panel is tested',
      ],
    ]);
    expect(doc.statements[0]!.spans).toHaveLength(2);
  });

  it("a run's own quote left open goes on in the next paragraph as that statement, not the first one", () => {
    const doc = run([
      '"We saw the crack at dawn," said Halvard Steen. "We shut the gates within the hour.',
      '"It stays closed until every panel is tested."',
    ]);
    expect(said(doc)).toEqual([
      ['Halvard Steen', 'We saw the crack at dawn'],
      ['Halvard Steen', 'We shut the gates within the hour. It stays closed until every panel is tested.'],
    ]);
  });

  it('a statement announced by a colon takes the quote paragraph after it', () => {
    expect(
      said(run(['Professor Eva Lund put it this way:', '"The ice is thinning faster than any model said."'])),
    ).toEqual([['Eva Lund', 'The ice is thinning faster than any model said.']]);
  });
});

describe('coreference and the speaker decision', () => {
  it('"he" and "she" take the most salient person of their gender', () => {
    const doc = run([
      'Anna Berg met Peter Lund in Oslo. "We agreed on nothing," she said. "Nothing at all," he added.',
    ]);
    expect(said(doc).map(([who]) => who)).toEqual(['Anna Berg', 'Peter Lund']);
  });

  it('"he" is not the man named in the words he is said to have said', () => {
    const doc = run([
      'Ivo Brandt waited at the door. Lars Hom arrived late, as usual. "Hom never keeps time," he said.',
    ]);
    expect(said(doc)).toEqual([['Ivo Brandt', 'Hom never keeps time']]);
  });

  it('"the Wisconsin Republican" is the person the passage is about; "a Nevada Democrat" stays a description', () => {
    const doc = run([
      'Senator Ron Vessel spent the week at home. The Wisconsin Republican said he would not endorse anyone. A Nevada Democrat said that was wise.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.speakerDescription ?? null])).toEqual([
      ['Ron Vessel', null],
      [null, 'A Nevada Democrat'],
    ]);
  });

  it('"the senator" is the person the text called a senator; unknown roles stay descriptions', () => {
    const doc = run([
      'Sen. Maya Rudd spoke first. The senator said the bill was dead. The witness said she was afraid.',
    ]);
    expect(said(doc)).toEqual([
      ['Maya Rudd', 'the bill was dead'],
      ['The witness', 'she was afraid'],
    ]);
  });

  it('"the company" is the organisation the text named before, even without a class', () => {
    expect(said(run(['Norvik is cutting 300 jobs, the company said.']))).toEqual([
      ['Norvik', 'Norvik is cutting 300 jobs'],
    ]);
  });

  it('a spokesperson of a named principal speaks for the principal, the description kept', () => {
    const doc = run(['A Ministry of Health spokesman said the vaccine was safe.']);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.speakerDescription])).toEqual([
      ['Ministry of Health', 'A Ministry of Health spokesman'],
    ]);
  });

  it('"the UN refugee chief" is the person the article names with a UN role, even later', () => {
    const doc = run([
      'The UN refugee chief said camps were full.',
      'UN High Commissioner for Refugees Noor Aziz visited the border.',
    ]);
    expect(said(doc)).toEqual([['Noor Aziz', 'camps were full']]);
  });

  it('anonymous sources keep their description and no speaker', () => {
    const doc = run(['Two officials familiar with the talks said a deal was near.']);
    expect(doc.statements.map((s) => [s.speakerId, s.speakerDescription])).toEqual([
      [null, 'Two officials familiar with the talks'],
    ]);
  });
});

describe('provenance and topics', () => {
  it('every span slices the article text, and the slices make the statement text', () => {
    const article = [
      '"We are ready," Hana Sato said, "and we have waited long enough."',
      'Ivo Marsh said the plan, which Sato drafted, was sound.',
    ];
    const doc = run(article);
    const text = articleText({ paragraphs: article });
    for (const s of doc.statements) {
      const joined = s.spans!.map((sp) => text.slice(sp.start, sp.end)).join(' ');
      expect(joined.replace(/["“”]/g, '')).toBe(s.text.replace(/["“”]/g, ''));
    }
  });

  it('a statement is about what it names and whom its pronouns mean, never its speaker, and nothing by default', () => {
    const doc = run([
      'Tariq Nasser met Lea Voss in Geneva. He said she had broken her promise. Voss said the weather was fine.',
    ]);
    expect(doc.statements.map((s) => s.aboutIds.map((id) => nameOf(doc, id)))).toEqual([['Lea Voss'], []]);
    expect(byName(doc, 'Geneva')!.type).toBe('Place');
  });

  it('pronouns inside a quotation count too, the person named before them in it first', () => {
    const doc = run([
      'Tariq Nasser attacked Lea Voss on Monday. "She is a liar," he said.',
      '"Omar Brandt could have resigned, he can still do so," Nasser added.',
    ]);
    expect(doc.statements.map((s) => s.aboutIds.map((id) => nameOf(doc, id)))).toEqual([
      ['Lea Voss'],
      ['Omar Brandt'],
    ]);
  });
});

describe('names the entity step cannot settle', () => {
  it('keep their statement, with the name as written for a speaker', () => {
    const doc = run([
      'Ana Riis and Ole Riis founded the band. "We never planned it," Riis said, "it just happened."',
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual(['We never planned it it just happened.']);
  });
});

describe('what surrounds a quote and its attribution', () => {
  it("a party and state after a name, a title in quotes, a participle with a partial quote are the narrator's", () => {
    const doc = run([
      '"The bill is dead," said Rep. Lena Moss (D-Ore.), who wrote it.',
      '"I never said that," Moss said on "Morning Talk."',
      '"We need help," Moss said, adding that the state was "out of money."',
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual([
      'The bill is dead',
      'I never said that',
      'We need help',
      'the state was "out of money."',
    ]);
  });

  it('a short phrase and a colon after the cue introduce the quote; an unknown verb before a colon is a cue', () => {
    const doc = run([
      'Then she added a caveat: "Only if the rain stops." And Mayor Ugo Bell gloated: "I told you so."',
    ]);
    expect(doc.statements.map((s) => [s.kind, s.text])).toEqual([
      ['direct', 'Only if the rain stops.'],
      ['direct', 'I told you so.'],
    ]);
  });

  it('a question in quotes and a name with an apposition before the cue stay one sentence', () => {
    const doc = run(['"How are you today?" Ivo Rask, a retired engineer, said into the phone.']);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.text])).toEqual([
      ['Ivo Rask', 'How are you today?'],
    ]);
  });
});

describe('scenes, openers and principals', () => {
  it('a long scene closed by a comma before "that" is no content; "known as" is no cue', () => {
    const doc = run([
      'Mayor Tove Hargreave said Tuesday during a taping of a call-in show in Fargo, North Dakota, that the canal, a ' +
        'waterway known as the Cut, must be dredged.',
    ]);
    expect(said(doc)).toEqual([
      ['Tove Hargreave', 'the canal, a waterway known as the Cut, must be dredged'],
    ]);
  });

  it('a participle after an opening phrase of time takes the subject after it, past a title', () => {
    const doc = run([
      'A few days later, Senator Dane Whitcombe reversed course, telling reporters that the rules stand.',
    ]);
    expect(said(doc)).toEqual([['Dane Whitcombe', 'the rules stand']]);
  });

  it('"NAME\'s team", a reporter of a known outlet and a possessed tracker speak for their principal', () => {
    const doc = run([
      "Senator Dane Whitcombe lost the vote. Whitcombe's team said the count was flawed.",
      'As a Reuters reporter noted, the hall was half empty.',
      "Whitcombe spent $2 million on ads, according to Lumen Media's ad tracker.",
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.speakerDescription])).toEqual([
      ['Dane Whitcombe', "Whitcombe's team"],
      ['Reuters', 'a Reuters reporter'],
      ['Lumen Media', "Lumen Media's ad tracker"],
    ]);
  });

  it('a plural noun before "according to" is no cue', () => {
    const doc = run(['The group ran ads in swing states, according to the Ledger Institute.']);
    expect(said(doc)).toEqual([['Ledger Institute', 'The group ran ads in swing states']]);
  });
});

describe('capitals that are no names, times that are no sources', () => {
  it('"States" in a country\'s name is no cue; a heading in title case makes no people', () => {
    const doc = run([
      'Council Chief Says Talks Have Stalled',
      'The United States has not blamed the militia for the raid.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.text])).toEqual([
      [null, 'Talks Have Stalled'],
      ['United States', 'blamed the militia for the raid'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('a lone name after "according to" is a source; a sentence-opening common word is not one', () => {
    const doc = run([
      'Turnout fell to 41 percent, according to Veltrix.',
      'Polling shows that "voters are tired of it," said Ines Marrow, an editor. Few dispute the polling.',
      'Walking to the next house, Greta Ebbing paused and said the town had changed.',
    ]);
    expect(doc.statements.map((s) => nameOf(doc, s.speakerId))).toEqual([
      'Veltrix',
      'Ines Marrow',
      'Greta Ebbing',
    ]);
  });

  it('an aside between commas, a time "ago" and a manner adverb before the cue are skipped', () => {
    const doc = run([
      'The Harbour Board, meanwhile, said the fees would stay.',
      'The Harbour Board less than two weeks ago said it would review the fees.',
      'The Harbour Board understandably argues that the fees are fair. The family said nothing more.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId) ?? s.speakerDescription, s.text])).toEqual([
      ['Harbour Board', 'the fees would stay'],
      ['Harbour Board', 'it would review the fees'],
      ['Harbour Board', 'the fees are fair'],
      ['The family', 'nothing more'],
    ]);
  });

  it('a time between the subject and the cue, an opening year and titles before a name are skipped', () => {
    const doc = run([
      'Senator Maren Oduya earlier Thursday said the hearing would go ahead.',
      'Back in 2004, Mr. Colm Tarrant appeared on a talk show, telling the host he might run.',
      'Former Idaho Gov. Wim Castell spoke at the fair, citing "a debt we owe."',
      'The Castell administration argues the rule is lawful.',
    ]);
    expect(doc.statements.map((s) => nameOf(doc, s.speakerId))).toEqual([
      'Maren Oduya',
      'Colm Tarrant',
      'Wim Castell',
      'Wim Castell',
    ]);
  });
});

describe('quotes around other attributions', () => {
  it('a quote before "she said on TV, though she added, "…"" is a statement of its own', () => {
    const doc = run([
      '"I am not ready to do that," Vera Kasko said last week on the radio, though she said, "I hope to."',
    ]);
    expect(doc.statements.map((s) => [s.kind, s.text])).toEqual([
      ['direct', 'I am not ready to do that'],
      ['direct', 'I hope to.'],
    ]);
  });

  it('an adverb and a circumstance before a colon; a quote after a colon ends before ", adding"', () => {
    const doc = run([
      'Vera Kasko responded pointedly, with a smile: "It can happen at any age."',
      'One worker told the paper: "We are stunned, she was one of us," adding that the plant was quiet.',
    ]);
    expect(doc.statements.map((s) => [s.kind, s.text])).toEqual([
      ['direct', 'It can happen at any age.'],
      ['direct', 'We are stunned, she was one of us'],
      ['reported', 'the plant was quiet'],
    ]);
  });

  it("a share of a group speaks as a description; a title-case heading's verb is a cue", () => {
    const doc = run([
      'Half of the delegates said they would stay home.',
      'Vera Kasko Explained Why She Left The Party Last Spring.',
      'Vera Kasko left.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.speakerDescription ?? null])).toEqual([
      [null, 'Half of the delegates'],
      ['Vera Kasko', null],
    ]);
  });
});

describe('inverted attributions and what follows them', () => {
  it('a relative clause with its own cue and quote, a quote resumed after an apposition', () => {
    const doc = run([
      '"The plan is a danger to the town," said Ivo Brandt, who said there were "too many holes in it."',
      '"We have had offices here since April," said Mira Solberg, the state director, "and we are building ties."',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.text])).toEqual([
      ['Ivo Brandt', 'The plan is a danger to the town'],
      ['Ivo Brandt', 'there were "too many holes in it."'],
      ['Mira Solberg', 'We have had offices here since April and we are building ties.'],
    ]);
  });

  it('a description followed by a name in apposition is that person', () => {
    const doc = run([
      '"It was his first attempt," said his best friend at college, Bruno Tarry, who remembered him.',
    ]);
    expect(said(doc)).toEqual([['Bruno Tarry', 'It was his first attempt']]);
  });

  it('"by saying, "…"" and "a statement saying, "…"" are cues of the clause\'s subject', () => {
    const doc = run([
      'Mayor Lena Drax ended the debate by saying, "We will build it."',
      'Later, Drax released a statement saying, "The vote is final."',
    ]);
    expect(said(doc)).toEqual([
      ['Lena Drax', 'We will build it.'],
      ['Lena Drax', 'The vote is final.'],
    ]);
  });

  it("a telephone call is no characterisation; a show's title after the addressee is no second quote", () => {
    const doc = run([
      'Mara Voss, who called him after the result, told her supporters, "I still love this state."',
      '"The talks are stuck," Voss told NBC\'s "Morning Report." "Nobody wants to move first."',
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual([
      'I still love this state.',
      'The talks are stuck',
      'Nobody wants to move first.',
    ]);
  });
});

describe('quotes signed, announced or followed by narration', () => {
  it('a paragraph that only quotes, signed "- NAME, place." by the next, is that person\'s', () => {
    const doc = run([
      'Voters were asked about the race.',
      '"The whole idea needs to stop."',
      '-Mira Tolland, Fargo.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.kind, s.text])).toEqual([
      ['Mira Tolland', 'direct', 'The whole idea needs to stop.'],
    ]);
  });

  it('a paragraph that is one quotation closed by "― NAME" or "— NAME, a …" is signed by that name', () => {
    const doc = run([
      'Readers wrote in about the vote.',
      '“He never answers a question. And he knows it.” ― Lina Ortes',
      '“We want answers.” — Paolo Grint, a nurse in Leeds',
      'He insisted that his party was "still the first force in the land."--Kim Holt.',
    ]);
    const rows = doc.statements.map((s) => [nameOf(doc, s.speakerId), s.kind, s.text]);
    expect(rows.slice(0, 2)).toEqual([
      ['Lina Ortes', 'direct', 'He never answers a question. And he knows it.'],
      ['Paolo Grint', 'direct', 'We want answers.'],
    ]);
    // A byline after a sentence that attributes its own quote signs nothing.
    expect(rows.slice(2).map(([speaker]) => speaker)).not.toContain('Kim Holt');
    expect(rows).toHaveLength(3);
  });

  it('"X added:" closing a paragraph before one with no quote marks and no cue: a block quotation', () => {
    const doc = run([
      'Sen. Ula Voss added:',
      'From a front-runner, this reeks of fear. She cannot win without stacking the deck.',
      'The debate is on Monday, organisers said.',
    ]);
    expect(said(doc)).toEqual([
      ['Ula Voss', 'From a front-runner, this reeks of fear. She cannot win without stacking the deck.'],
      ['organisers', 'The debate is on Monday'],
    ]);
  });

  it('"in one tweet Friday, NAME said:" is no cue of its own: "tweet" after "one" is a noun', () => {
    expect(said(run(['In one tweet Friday, Garran Vost said: "The count was rigged."']))).toEqual([
      ['Garran Vost', 'The count was rigged.'],
    ]);
  });

  it("a quote in the narrator's clause after the attribution does not cost the first quote", () => {
    const doc = run([
      '"Everything is open," Ben Ota told reporters on Monday after hinting that "changes" could come.',
    ]);
    expect(said(doc)).toEqual([['Ben Ota', 'Everything is open']]);
  });

  it('an addressee and a circumstance before a colon closing the paragraph announce the quote', () => {
    const doc = run(['Ben Ota told his audience, to loud applause:', '"Nobody is better placed to lead."']);
    expect(said(doc)).toEqual([['Ben Ota', 'Nobody is better placed to lead.']]);
  });

  it('an unknown past-tense verb after a name or "and", before a colon or a comma and a quote, is a cue', () => {
    const doc = run([
      'Ben Ota waved the crowd down, then leaned in and boomed: "We win in November."',
      'At the debate, Ana Tull cracked, "I am a builder, not a talker."',
    ]);
    expect(said(doc)).toEqual([
      ['Ben Ota', 'We win in November.'],
      ['Ana Tull', 'I am a builder, not a talker.'],
    ]);
  });

  it("a quote after a participle ends before the narrator's next participle; a state name after a quote is no cue", () => {
    const doc = run([
      'Marchers filled the avenue, chanting "No more war, no more lies," raising questions about the vote.',
      'Chief Ivo Dahl backed the ban, saying, "The fewer guns, the better." The Sunflower State is one of many.',
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual([
      'No more war, no more lies',
      'The fewer guns, the better.',
    ]);
  });

  it('a participle followed by a circumstance says nothing', () => {
    const doc = run(['Ben Ota spoke for an hour, tweeting after the vote.']);
    expect(doc.statements).toEqual([]);
  });
});

describe('polls, parentheses and subordinate clauses', () => {
  it('shares of those polled are sources: "74 percent said", "About four in 10 said"', () => {
    const doc = run([
      'Among voters, 74 percent said they were set, while 22 percent said they might switch. About four in 10 said they were angry.',
    ]);
    expect(doc.statements.map((s) => [s.speakerDescription, s.text])).toEqual([
      ['74 percent', 'they were set'],
      ['22 percent', 'they might switch'],
      ['About four in 10', 'they were angry'],
    ]);
  });

  it('a pronoun after a time is the whole source; a closing parenthesis is no content', () => {
    const doc = run(['Ben Ota left early. (On Monday he said he would close the office.)']);
    expect(said(doc)).toEqual([['Ben Ota', 'he would close the office.']]);
  });

  it('what is said in a "While X said …," clause ends where the main clause begins', () => {
    const doc = run(['While Ana Tull said that reporters cannot take sides, she looked uneasy.']);
    expect(said(doc)).toEqual([['Ana Tull', 'reporters cannot take sides']]);
  });
});

describe('absolute phrases, fractions and institutions', () => {
  it('"with 50 percent saying …", "Three-fourths say", "A majority of X say", "Ghent police say"', () => {
    const doc = run([
      'Voters see her as ready, with 50 percent saying she is prepared.',
      'Three-fourths say the city should act. A majority of residents say they do not trust the council.',
      'Ghent police say they have not yet found the driver.',
      'The union issued a statement saying it had left the talks.',
    ]);
    expect(doc.statements.map((s) => [s.speakerDescription ?? nameOf(doc, s.speakerId), s.text])).toEqual([
      ['50 percent', 'she is prepared'],
      ['Three-fourths', 'the city should act'],
      ['A majority of residents', 'they do not trust the council'],
      ['Ghent police', 'they have not yet found the driver'],
      ['The union', 'it had left the talks'],
    ]);
  });
});

describe('contrasts, dashes and written numbers', () => {
  it('", while …" ends what was said; a relative clause between dashes; "Twenty-four percent said"', () => {
    const doc = run([
      'Ana Tull and Ben Ota have said the tax should go, while their rivals went after the budget.',
      'Mayor Ivo Dahl - who earlier said he would resign - said on Friday that he would stay.',
      'Twenty-four percent said she did nothing wrong.',
    ]);
    expect(doc.statements.map((s) => [s.speakerDescription ?? nameOf(doc, s.speakerId), s.text])).toEqual([
      ['Ana Tull', 'the tax should go'],
      ['Ben Ota', 'the tax should go'],
      ['Ivo Dahl', 'he would resign'],
      ['Ivo Dahl', 'he would stay'],
      ['Twenty-four percent', 'she did nothing wrong'],
    ]);
  });
});

describe('organisations by class noun, denials and described speakers', () => {
  const doc = run([
    "Norway's air navigation agency NAVIS said a radar fault had halted all flights.",
    'A spokeswoman for the agency said engineers were at work. "We expect to reopen tonight," she said.',
    "According to the agency's first report, a power surge damaged two servers.",
    'TAP Air Lusitania said it had cancelled 120 flights. The airline rejected claims that it had been warned.',
    'Transport Minister Rui Calvo told parliament the outage was "unacceptable." He added that an inquiry would begin.',
  ]);
  const rows = doc.statements.map((s) => [nameOf(doc, s.speakerId), s.text]);

  it('"a spokeswoman for the agency", "the agency\'s report" speak for the agency named before; "she" after them too', () => {
    expect(rows.slice(1, 4)).toEqual([
      ['NAVIS', 'engineers were at work'],
      ['NAVIS', 'We expect to reopen tonight'],
      ['NAVIS', 'a power surge damaged two servers'],
    ]);
  });

  it('a name with a word in capitals is an organisation; "rejected claims that X" says X', () => {
    expect(byName(doc, 'TAP Air Lusitania')?.type).toBe('Organization');
    expect(rows.slice(4, 6)).toEqual([
      ['TAP Air Lusitania', 'it had cancelled 120 flights'],
      ['TAP Air Lusitania', 'it had been warned'],
    ]);
  });

  it('a period inside a quote ends the sentence before "He added"', () => {
    expect(rows.slice(6)).toEqual([
      ['Rui Calvo', 'the outage was "unacceptable."'],
      ['Rui Calvo', 'an inquiry would begin'],
    ]);
  });
});

describe('addressees, appositions and descriptions resolved later', () => {
  const rows = (paragraphs: string[]) => said(run(paragraphs));

  it('"warned that …": "that" opens the content and is no addressee', () => {
    expect(rows(['Health Minister Lea Moro warned that fuel stocks would run out by Friday.'])).toEqual([
      ['Lea Moro', 'fuel stocks would run out by Friday'],
    ]);
  });

  it('"NAME, a DESCRIPTION, which said": the name the description stands beside speaks', () => {
    const text =
      'The strike was called by the Harbour Workers Alliance, a federation of port unions, which said the pay offer was too low.';
    expect(rows([text])).toEqual([['Harbour Workers Alliance', 'the pay offer was too low']]);
  });

  it('"the government" of no country the article names stays a description', () => {
    const doc = run(['The government said the curfew would end on Monday.']);
    expect(doc.entities.map((e) => e.name)).toEqual([]);
    expect(doc.statements.map((s) => [s.speakerId, s.speakerDescription])).toEqual([
      [null, 'The government'],
    ]);
  });

  it('"the union" is not the United Nations: a well-known organisation has its own kind', () => {
    const text =
      'The United Nations said aid was blocked at the border. Dock workers met on Sunday. The union said its members would strike.';
    expect(rows([text])).toEqual([
      ['United Nations', 'aid was blocked at the border'],
      ['The union', 'its members would strike'],
    ]);
  });

  it('"the ministry" finds its ministry many sentences after it was named', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `Crews cleared road ${i + 1} on Tuesday.`).join(' ');
    const doc = run([
      'The Pelican Water Ministry ordered the dams opened.',
      filler,
      'The ministry said the reservoirs were safe.',
    ]);
    expect(said(doc)).toEqual([['Pelican Water Ministry', 'the reservoirs were safe']]);
  });

  it('"X, who …, are among …, said NAME": the clause before the cue is content, the name after it speaks', () => {
    expect(
      rows([
        'Farmers, who depend on the river, are among the most exposed, said Ines Baro, a hydrologist at the institute.',
      ]),
    ).toEqual([['Ines Baro', 'Farmers, who depend on the river, are among the most exposed']]);
  });

  it('"the country\'s transport minister said" is the transport minister the next sentence names', () => {
    const doc = run([
      '"Trains will run again next week," the country\'s transport minister said. Transport Minister Odile Brun visited the depot on Sunday.',
    ]);
    expect(said(doc)).toEqual([['Odile Brun', 'Trains will run again next week']]);
  });
});

describe('names: particles, capitalised first words and bodies of a union', () => {
  it('"es" joins a name like "al" and "el"', () => {
    expect(said(run(['Youssef es Sabri said the border was closed.']))).toEqual([
      ['Youssef es Sabri', 'the border was closed'],
    ]);
  });

  it('"Forward" opening a name is part of it, not a player\'s position', () => {
    const doc = run(['"We were unlucky," said Forward Motion chairman Aldo Vey.']);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Forward Motion'],
      ['Person', 'Aldo Vey'],
    ]);
  });

  it('"the Council of the European Union" is its own body, not the EU', () => {
    expect(said(run(['The Council of the European Union said the sanctions would stay.']))).toEqual([
      ['Council of the European Union', 'the sanctions would stay'],
    ]);
  });
});

describe('relative clauses between commas and titles inside a known name', () => {
  it('"X, which called the blockades, said …": the relative clause is an aside, the main verb speaks', () => {
    const doc = run(["The Harbour Workers' Federation, which called the blockades, said they would go on."]);
    expect(said(doc)).toEqual([["Harbour Workers' Federation", 'they would go on']]);
  });

  it('"said earlier bans had failed": "earlier" before a plural noun belongs to the content', () => {
    const doc = run(['Ama Ofori said earlier bans had failed. She said earlier this week that it was bad.']);
    expect(said(doc)).toEqual([
      ['Ama Ofori', 'earlier bans had failed'],
      ['Ama Ofori', 'it was bad'],
    ]);
  });

  it('"according to a CNN tally", "an FBI summary": the body that publishes the document speaks', () => {
    const doc = run([
      'Ana Tull has won 758 delegates, according to a Harbour Post tally. According to an FBI summary, the aide sent an email.',
    ]);
    expect(doc.statements.map((s) => [nameOf(doc, s.speakerId), s.speakerDescription])).toEqual([
      ['Harbour Post', 'a Harbour Post tally'],
      ['FBI', 'an FBI summary'],
    ]);
  });

  it('"battleground states" is a noun; "the report states that …" still a cue', () => {
    const doc = run([
      'Twenty-seven states passed the law. The vote in several swing states could decide it. The report states that the dam failed.',
    ]);
    expect(said(doc)).toEqual([['The report', 'the dam failed']]);
  });

  it('"says of NAME, "…"": a verb before "of" stays a cue, and the quotation is what was said', () => {
    const doc = run(['Ivo Dahl says of Rosa Tull, "If she gets the chance, she will sell the office."']);
    expect(said(doc)).toEqual([['Ivo Dahl', 'If she gets the chance, she will sell the office.']]);
    expect(doc.statements[0]!.aboutIds.map((id) => nameOf(doc, id))).toEqual(['Rosa Tull']);
  });

  it('an opening phrase ending in a quoted title is a circumstance, not a quotation', () => {
    const doc = run([
      'On Sunday\'s broadcast of "Meet the Region," Governor Ana Tull said the tweet was a joke.',
    ]);
    expect(said(doc)).toEqual([['Ana Tull', 'the tweet was a joke']]);
  });

  it('"NAME, who said A, said B": both statements, both the name\'s', () => {
    const doc = run(['Ivo Dahl, who said last week that he would resign, said on Friday he would stay.']);
    expect(said(doc)).toEqual([
      ['Ivo Dahl', 'he would resign'],
      ['Ivo Dahl', 'he would stay'],
    ]);
  });

  it('"African Union Commission Chairperson NAME", "Ombudsman NAME": the title stays out of the name', () => {
    const doc = run([
      'African Union Commission Chairperson Halima Odu said the bloc would act. Ombudsman Tera Quin said no.',
    ]);
    expect(
      doc.entities.filter((e) => e.type === 'Person').map((e) => [e.name, e.roles!.map((r) => r.title)]),
    ).toEqual([
      ['Halima Odu', ['Chairperson']],
      ['Tera Quin', ['Ombudsman']],
    ]);
    expect(said(doc)[0]).toEqual(['Halima Odu', 'the bloc would act']);
  });
});

describe('bodies described before they are named', () => {
  it('"Britain\'s competition regulator …, saying": the body of that class named next, not the country', () => {
    const doc = run([
      "Britain's competition regulator on Thursday blocked the takeover, saying the deal would raise prices.",
      'The Competition and Markets Authority said the panel was unanimous.',
      'The Competition and Markets Authority has blocked three deals in two years, the regulator said.',
    ]);
    expect(said(doc).map(([speaker]) => speaker)).toEqual([
      'Competition and Markets Authority',
      'Competition and Markets Authority',
      'Competition and Markets Authority',
    ]);
  });

  it('"the federation" is the "… Union" named before: a generic class noun fits any head', () => {
    const doc = run([
      'The Harbour Rowing Union was fined. The federation, which Ana Tull has run since 2024, said it had cooperated.',
    ]);
    expect(said(doc)).toEqual([['Harbour Rowing Union', 'it had cooperated']]);
  });
});

describe('a body reporting its own acts', () => {
  it('"Korvex cuts jobs, the company said": the company opening the content speaks, each in turn', () => {
    const doc = run(['Norvik is cutting jobs, the company said. Korvex cuts jobs too, the company said.']);
    expect(said(doc)).toEqual([
      ['Norvik', 'Norvik is cutting jobs'],
      ['Korvex', 'Korvex cuts jobs too'],
    ]);
  });

  it('"The World Food Programme will …, the U.N. agency said": an owner of the description changes nothing', () => {
    const doc = run([
      'The World Food Programme will stop giving food aid to 4 million people, the U.N. agency said on Thursday.',
    ]);
    expect(said(doc).map(([speaker]) => speaker)).toEqual(['World Food Programme']);
  });

  it('"Dock workers walked out, the union said": a capitalised word before a plural noun is no company', () => {
    const doc = run(['Dock workers in Oslo walked out on Monday, the union said.']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Oslo']);
    expect(said(doc)).toEqual([['the union', 'Dock workers in Oslo walked out on Monday']]);
  });
});

describe('a class noun before a person opening the sentence', () => {
  it('"Rival Maria Quill had mocked it, saying …": a person, and the subject of the participle', () => {
    const doc = run([
      'Rival Maria Quill had mocked the complaint, saying anybody who complains "is not having a good night."',
    ]);
    expect(typeOf(doc, 'Maria Quill')).toBe('Person');
    expect(said(doc)).toEqual([['Maria Quill', 'anybody who complains "is not having a good night."']]);
  });
});

describe('surnames that are also words, heads of names and participle modifiers', () => {
  it('"Ada May said": a month or a modal after a given name is a surname; "in May 2031" stays a date', () => {
    const doc = run([
      'Finance Minister Ada May said this week that the country would leave the pact. She left in May 2031.',
    ]);
    expect(said(doc)).toEqual([['Ada May', 'the country would leave the pact']]);
    expect(byName(doc, 'Ada May')?.aliases).toEqual(['May']);
  });

  it('"the commission" is the "Commission on …" named before: the head comes before "of" or "on"', () => {
    const doc = run([
      'The Commission on Public Hearings says there was a fault. The commission says the sound failed.',
    ]);
    expect(said(doc)).toEqual([
      ['Commission on Public Hearings', 'there was a fault'],
      ['Commission on Public Hearings', 'the sound failed'],
    ]);
  });

  it('"one pastor supporting Mr. X, NAME of CHAPEL, said": the named apposition speaks, not the object', () => {
    const doc = run([
      'One pastor supporting Mr. Dunne, Aled Price of Grace Chapel in Marlow, said he had made 150 calls.',
    ]);
    expect(said(doc)).toEqual([['Aled Price', 'he had made 150 calls']]);
    expect(typeOf(doc, 'Grace Chapel')).toBe('Organization');
  });

  it('"lawyers representing the X family said": a described group, not the family', () => {
    expect(said(run(['Lawyers representing the Benn family said the report was wrong.']))).toEqual([
      ['Lawyers representing the Benn family', 'the report was wrong'],
    ]);
  });
});
