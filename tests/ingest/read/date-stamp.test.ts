import { describe, expect, it } from 'vitest';
import { dateStampDate } from '../../../src/ingest/dates.js';
import { parseCorpus } from '../../../src/ingest/parse.js';

describe('a publication stamp above the body', () => {
  it.each([
    ['Friday, June 7, 2031', '2031-06-07'],
    ['May 2, 2031, 1:12 PM', '2031-05-02'],
    ['Updated: 2031-05-02 10:30 EDT', '2031-05-02'],
    ['Posted on 4 March 2031 at 9:05 a.m.', '2031-03-04'],
  ])('reads "%s" as the date %s', (line, date) => {
    expect(dateStampDate(line)).toBe(date);
  });

  it.each(['Floods of June 7, 2031 remembered', 'By Ada Lind, May 2, 2031', 'Council meets again', 'June 7'])(
    'does not take "%s" for a stamp: it says more, or no full date',
    (line) => {
      expect(dateStampDate(line)).toBeNull();
    },
  );

  it('gives the article its date, before a year the body recalls', () => {
    const text = [
      'Storm Closes Harbour Road',
      '',
      'Thursday, October 9, 2031',
      '',
      'A storm closed the harbour road in Kessmark on Wednesday, a week after the floods of March 3, 2029 were remembered.',
      '',
      'The mayor said the road would reopen on Friday.',
    ].join('\n');
    const [article] = parseCorpus(text, 'storm.txt').articles;
    expect(article!.publishedAt).toBe('2031-10-09');
    expect(article!.paragraphs[0]).toMatch(/^A storm closed/);
  });
});
