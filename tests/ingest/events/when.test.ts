import { describe, expect, it } from 'vitest';
import { dayOf, eventDate, findDates, isoOf } from '../../../src/ingest/events/when.js';
import { tokenize } from '../../../src/ingest/text/tokens.js';

/** The ISO date of the one event a sentence dates, against a publication day. */
function dated(sentence: string, published: string, trigger: string) {
  const tokens = tokenize(sentence);
  const at = tokens.findIndex((t) => t.lower === trigger);
  const spans = findDates(tokens, 0, tokens.length, dayOf(published));
  const span = eventDate(tokens, spans, at, at + 1, 0, tokens.length);
  return span ? isoOf(span) : null;
}

describe('event dates', () => {
  it('resolves a weekday to the days before publication, or the day after a late edition', () => {
    // 2031-03-06 is a Thursday.
    expect(dated('Rebels shelled the town on Tuesday.', '2031-03-06', 'shelled')).toEqual({
      date: '2031-03-04',
    });
    expect(dated('Rebels shelled the town early Friday.', '2031-03-06', 'shelled')).toEqual({
      date: '2031-03-07',
    });
    expect(dated("Tuesday's bombardment hit the port.", '2031-03-06', 'bombardment')).toEqual({
      date: '2031-03-04',
    });
  });

  it('keeps "last week" a span, apart from a day of this week', () => {
    expect(dated('The drone attack last week damaged a depot.', '2031-03-06', 'attack')).toEqual({
      date: '2031-02-24',
      end: '2031-03-02',
    });
  });

  it('reads written dates with and without a year, and years alone', () => {
    expect(dated('The quake struck on Jan. 13, 2030, at dawn.', '2031-03-06', 'quake')).toEqual({
      date: '2030-01-13',
    });
    expect(dated('The quake struck on 2 March.', '2031-03-06', 'quake')).toEqual({ date: '2031-03-02' });
    expect(dated('The 2019 coup ended the reform.', '2031-03-06', 'coup')).toEqual({ date: '2019' });
    expect(dated('Floods hit the valley in February 2030.', '2031-03-06', 'floods')).toEqual({
      date: '2030-02',
    });
  });

  it('takes no date from an anchor ("since 2014") or from the statement ("said on Monday")', () => {
    expect(dated('The worst unrest since 2014 spread.', '2031-03-06', 'unrest')).toBeNull();
    expect(dated('Officials said on Monday that the floods receded.', '2031-03-06', 'floods')).toBeNull();
    expect(dated('On Sunday a monitor said that fighting continued.', '2031-03-06', 'fighting')).toBeNull();
  });
});
