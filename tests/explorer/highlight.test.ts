import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../../src/explorer/client/highlight.js';

const TEXT = 'Workers met.\n\n“The harbour <will> stay open,” Okafor said, “and ships sail.”\n\nLater news.';

describe('highlighting a statement in its article', () => {
  it('shows the paragraphs holding the spans, escaped, each span marked', () => {
    const first = TEXT.indexOf('The harbour');
    const second = TEXT.indexOf('and ships');
    const html = highlightSpans(TEXT, [
      { start: second, end: second + 'and ships sail.'.length },
      { start: first, end: first + 'The harbour <will> stay open,'.length },
    ]);
    expect(html).toBe(
      '“<mark data-testid="span">The harbour &#60;will&#62; stay open,</mark>” Okafor said, ' +
        '“<mark data-testid="span">and ships sail.</mark>”',
    );
  });

  it('spans paragraphs when the statement does, and gives nothing for spans outside the text', () => {
    const start = TEXT.indexOf('Workers');
    const end = TEXT.indexOf('Okafor');
    expect(highlightSpans(TEXT, [{ start, end }])).toMatch(
      /^<mark data-testid="span">Workers met\.<br><br>“The harbour/,
    );
    expect(highlightSpans(TEXT, [{ start: 5, end: 500 }])).toBe('');
    expect(highlightSpans(TEXT, [])).toBe('');
  });
});
