import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/graphql/limits/memo.js';

describe('boundedMemo', () => {
  it('computes a key once, and again only after it was forgotten as the least recently used', () => {
    const memo = boundedMemo<string, number>(2);
    const computed: string[] = [];
    const get = (key: string) =>
      memo(key, () => {
        computed.push(key);
        return key.length;
      });
    expect([get('a'), get('bb'), get('a')]).toEqual([1, 2, 1]);
    expect(computed).toEqual(['a', 'bb']);
    get('ccc'); // over capacity: 'bb' was used least recently
    get('a');
    expect(computed).toEqual(['a', 'bb', 'ccc']);
    get('bb');
    expect(computed).toEqual(['a', 'bb', 'ccc', 'bb']);
  });
});
