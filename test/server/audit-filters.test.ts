// auditFiltersOf: the list's and the stream's time filters in stored UTC form.
import { describe, expect, it } from 'vitest';
import { auditFiltersOf } from '../../server/audit-query.ts';
import { ProblemError } from '../../server/problem.ts';

describe('auditFiltersOf', () => {
  const cases = [
    { given: '2026-11-25T09:30:00Z', want: '2026-11-25T09:30:00.000Z' },
    { given: '2026-11-25T10:30:00+01:00', want: '2026-11-25T09:30:00.000Z' },
    { given: '2026-11-25t09:30:00.5z', want: '2026-11-25T09:30:00.500Z' },
    // RFC 3339 §5.7 leap seconds: the last millisecond of their minute, not a 500.
    { given: '2016-12-31T23:59:60Z', want: '2016-12-31T23:59:59.999Z' },
    { given: '2016-12-31T23:59:60.5Z', want: '2016-12-31T23:59:59.999Z' },
    { given: '2017-01-01T00:59:60+01:00', want: '2016-12-31T23:59:59.999Z' },
  ];
  it.each(cases)('since $given → $want', ({ given, want }) => {
    expect(auditFiltersOf({ since: given, until: given })).toMatchObject({ since: want, until: want });
  });

  it('answers 400 for a time JavaScript cannot read', () => {
    expect(() => auditFiltersOf({ since: '2026-13-45T99:00:00Z' })).toThrow(ProblemError);
  });
});
