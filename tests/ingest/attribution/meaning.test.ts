/**
 * Statements keep their meaning (issue 19): a denied cue is marked negated, nouns are no cues,
 * accusation and blame keep who accuses whom, notes about the story are no statements, and a
 * pronoun finds a speaker of its number and kind. Every paragraph here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { run, speakerName } from '../run.js';

const view = (doc: ReturnType<typeof run>) =>
  doc.statements.map((s) => [speakerName(doc, s) ?? s.speakerDescription ?? null, s.text, s.negated]);

describe('negation', () => {
  it('"did not say", "didn\'t", "has not yet publicly said", "would never claim" are negated; the text is what was not said', () => {
    const doc = run([
      'Mara Vell did not recommend that charges be brought.',
      "Councillor Ben Otieno didn't say the bridge was unsafe.",
      'Otieno has not yet publicly said whether he will run again.',
      'Vell would never claim that the audit was complete.',
    ]);
    expect(view(doc)).toEqual([
      ['Mara Vell', 'charges be brought', true],
      ['Ben Otieno', 'the bridge was unsafe', true],
      ['Ben Otieno', 'whether he will run again', true],
      ['Mara Vell', 'the audit was complete', true],
    ]);
  });

  it('a plain cue, and a negation inside the content, are not negated', () => {
    const doc = run([
      'Treasurer Lia Moreau said the fund would not be cut.',
      '"We never planned to close the depot," Moreau said.',
    ]);
    expect(view(doc)).toEqual([
      ['Lia Moreau', 'the fund would not be cut', false],
      ['Lia Moreau', 'We never planned to close the depot', false],
    ]);
  });

  it('a quote of its own after a denied cue is what the speaker did say', () => {
    const doc = run(['Lia Moreau never said, "The depot will close." "We are still counting the cost."']);
    expect(view(doc).map(([, , negated]) => negated)).toEqual([true, false]);
  });
});

describe('nouns are not cues', () => {
  it('a plural noun subject ("Bureau notes revealed", "reports seen by … showed") leaves the cue to the verb after it', () => {
    const doc = run([
      'Bureau notes revealed that the agent had met the donor twice.',
      'Police reports seen by the paper showed that the gate was open.',
    ]);
    expect(view(doc)).toEqual([
      ['Bureau notes', 'the agent had met the donor twice', false],
      ['Police reports seen by the paper', 'the gate was open', false],
    ]);
  });

  it('"charged him with fraud", "charged fees", "called in to a show" are acts, not speech; "charged that" is speech', () => {
    const doc = run([
      'Prosecutors charged Ivo Dann with fraud on Friday. The bank charged fees on every transfer.',
      'Senator Ola Brik charged that the audit had been buried.',
      'Brik called in to a radio show on Monday and called back a reporter later.',
    ]);
    expect(view(doc)).toEqual([['Ola Brik', 'the audit had been buried', false]]);
  });
});

describe('accusation, blame and praise keep their roles', () => {
  it('X blamed Y for Z: X speaks, about Y, never the reverse', () => {
    const doc = run([
      'The administration blamed Moscow for the hack. Senator Ola Brik accused Germany of stalling.',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s) ?? s.speakerDescription, s.cue])).toEqual([
      ['The administration', 'blamed'],
      ['Ola Brik', 'accused'],
    ]);
    const names = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name);
    expect(names(doc.statements[0]!.aboutIds)).toEqual(['Russia']);
    expect(names(doc.statements[1]!.aboutIds)).toEqual(['Germany']);
  });

  it('the one praised after the verb is never its speaker; a participle ("accused of") is no cue', () => {
    const doc = run([
      'The head of the Harbour Trust, Ivo Dann, praised the efforts of a donor to rebuild the pier.',
      'Residents accused of looting were released on bail.',
    ]);
    expect(doc.statements.map((s) => [speakerName(doc, s), s.cue])).toEqual([['Ivo Dann', 'praised']]);
  });

  it('what opens the clause is no content of a verb acting on an object; "described as" after its object is active', () => {
    const doc = run([
      'Also on Tuesday, the Varnian Coast Guard seized what a state television report described as smuggling boats.',
    ]);
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]!.text).toBe('described as smuggling boats');
    expect(doc.statements[0]!.speakerDescription).toMatch(/report$/);
  });
});

describe("the publisher's notes are not statements", () => {
  it("corrections, editor's notes and headlines of other stories say nothing; the story still does", () => {
    const doc = run([
      'Mayor Ivo Dann said the levee held.',
      'An earlier version of this story said the vote was on Tuesday.',
      'This article has been updated to say that Dann spoke on Monday.',
      'Correction: Dann said the levee was built in 1990, not 1980.',
      "Editor's note: Dann said he would resign.",
      '- Five Things To Know About The Flood - Dann Says Levee Will Hold Through Spring',
      'Dann said this story was not over.',
    ]);
    expect(view(doc)).toEqual([
      ['Ivo Dann', 'the levee held', false],
      ['Ivo Dann', 'this story was not over', false],
    ]);
  });
});

describe('a pronoun finds the nearest speaker of its gender', () => {
  it('"herself" after a name gives it a gender; a subject after an opening participle phrase is a subject', () => {
    const doc = run([
      '"Schools matter most," says Melissa Rowan, 32, of Sodus, who works in retail. Rowan backs the mayor.',
      'Ashley Yarrow, 33, a supporter of the governor who lives in Greeley, finds herself in a similar job.',
      '"I have had two grants," she said in a phone interview.',
      'Growing up in El Paso, Angel Mendez often saw families cross the river.',
      '"The centers are a disgrace," he said.',
    ]);
    expect(doc.statements.map((s) => speakerName(doc, s))).toEqual([
      'Melissa Rowan',
      'Ashley Yarrow',
      'Angel Mendez',
    ]);
  });
});

describe('a relative clause keeps who accuses whom', () => {
  it('"A woman who accused NAME of fraud said …": the woman accuses and speaks, NAME is spoken of', () => {
    const doc = run([
      'A woman who has accused former Governor Ivo Dann of fraud said Sunday that Dann had tried to call her.',
      'The official who praised Mayor Ada Brook told reporters that the bridge would open.',
    ]);
    expect(view(doc)).toEqual([
      ['A woman', 'accused former Governor Ivo Dann of fraud', false],
      ['A woman', 'Dann had tried to call her', false],
      ['The official', 'praised Mayor Ada Brook', false],
      ['The official', 'the bridge would open', false],
    ]);
  });
});
