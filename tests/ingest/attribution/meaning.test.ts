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
