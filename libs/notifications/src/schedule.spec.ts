import { nextDigestAt, retryDelayMs } from './schedule';

describe('nextDigestAt', () => {
  it('is 07:00 in Copenhagen today when that is still to come, else tomorrow', () => {
    // 06:59 in Copenhagen (summer time, UTC+2)
    expect(nextDigestAt(new Date('2025-09-02T04:59:00Z')).toISOString()).toBe(
      '2025-09-02T05:00:00.000Z',
    );
    // exactly 07:00: the digest of today is going out, so the next is tomorrow's
    expect(nextDigestAt(new Date('2025-09-02T05:00:00Z')).toISOString()).toBe(
      '2025-09-03T05:00:00.000Z',
    );
    // 23:30 in Copenhagen: tomorrow morning
    expect(nextDigestAt(new Date('2025-09-02T21:30:00Z')).toISOString()).toBe(
      '2025-09-03T05:00:00.000Z',
    );
  });

  it('keeps 07:00 local across the change to winter time', () => {
    // Summer time ends on 26 October 2025: 07:00 is 05:00 UTC before, 06:00 UTC after.
    expect(nextDigestAt(new Date('2025-10-25T12:00:00Z')).toISOString()).toBe(
      '2025-10-26T06:00:00.000Z',
    );
  });

  it('uses the local date: 00:30 in Copenhagen is still before that morning', () => {
    // 22:30 UTC on 1 September is 00:30 on 2 September in Copenhagen
    expect(nextDigestAt(new Date('2025-09-01T22:30:00Z')).toISOString()).toBe(
      '2025-09-02T05:00:00.000Z',
    );
  });

  it('takes another time of day', () => {
    expect(nextDigestAt(new Date('2025-09-02T04:59:00Z'), '08:30').toISOString()).toBe(
      '2025-09-02T06:30:00.000Z',
    );
  });
});

describe('retryDelayMs', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 10 };

  it('doubles from the base with each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('stays at the cap however many attempts', () => {
    expect(retryDelayMs(5_000, policy)).toBe(60_000);
  });
});
