import { describe, expect, it } from 'vitest';
import {
  disputes,
  newestFirst,
  opposed,
  pairDisputes,
  type DisputeCandidate,
} from '../../src/domain/disputes.js';

const s = (
  id: string,
  speakerId: string | null,
  stance: DisputeCandidate['stance'],
  subjects: string[],
  sortKey: string,
) => ({
  id,
  speakerId,
  stance,
  subjects,
  sortKey,
});

describe('disputes', () => {
  it('opposes accusation and denial, claim and denial, praise and criticism, both ways; not warnings', () => {
    expect(opposed('accuse', 'deny')).toBe(true);
    expect(opposed('deny', 'claim')).toBe(true);
    expect(opposed('criticise', 'praise')).toBe(true);
    expect(opposed('warn', 'deny')).toBe(false);
    expect(opposed('deny', 'deny')).toBe(false);
    expect(opposed(null, 'deny')).toBe(false);
  });

  it('needs different known speakers and a topic they meet on', () => {
    const accusation = s('a', 'per_mara', 'accuse', ['org_fleet'], '2032-01-01|1');
    expect(disputes(accusation, s('b', 'per_tove', 'deny', ['org_fleet'], '2032-01-02|1'))).toBe(true);
    // The accused answering, about something else.
    expect(disputes(accusation, s('c', 'org_fleet', 'deny', ['plc_dock'], '2032-01-02|2'))).toBe(true);
    expect(disputes(accusation, s('d', 'per_mara', 'deny', ['org_fleet'], '2032-01-02|3'))).toBe(false);
    expect(disputes(accusation, s('e', null, 'deny', ['org_fleet'], '2032-01-02|4'))).toBe(false);
    expect(disputes(accusation, s('f', 'per_tove', 'deny', ['plc_dock'], '2032-01-02|5'))).toBe(false);
  });

  it('pairs around a topic, newest first, undated last', () => {
    const undated = '9999-99-99';
    const found = pairDisputes(
      [
        s('a', 'per_mara', 'accuse', ['org_fleet'], '2032-01-01|1'),
        s('b', 'org_fleet', 'deny', ['plc_dock'], '9999-99-99|2'),
        s('c', 'per_tove', 'deny', ['org_fleet'], '2032-01-05|1'),
        s('d', 'per_tove', 'praise', ['plc_dock'], '2032-01-06|1'),
      ],
      ['org_fleet'],
      undated,
    );
    expect(found.map((p) => [p.statement.id, p.disputedBy.map((b) => b.id)])).toEqual([
      ['c', ['a']],
      ['a', ['c', 'b']],
    ]);
    const order = newestFirst(undated);
    expect(order({ sortKey: '9999-99-99|1' }, { sortKey: '2000-01-01|1' })).toBeGreaterThan(0);
  });
});
