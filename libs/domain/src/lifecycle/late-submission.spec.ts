import type { SubmissionWindow } from '../calendar/submission';
import { accepted, aDraft, enhedslistenMember, official, refusalOf } from './fixtures.spec-helper';
import { transition } from './transition';

// The round's submission deadline: Wednesday 23 April 2025 12:00 in Copenhagen (CEST) = 10:00Z.
const deadline = '2025-04-23T10:00:00Z';
const window: SubmissionWindow = { deadline, lateAllowed: false };
const before = '2025-04-23T09:59:59Z';
const after = '2025-04-23T10:00:01Z';

describe('submitting against the deadline', () => {
  it('accepts a submission before the deadline, not late', () => {
    const decision = transition(aDraft(), { type: 'submit', window }, enhedslistenMember, before);

    expect(accepted(decision)).toMatchObject({ state: 'submitted' });
    expect(accepted(decision).submittedLate).toBeUndefined();
    expect(decision.ok && decision.record.data).toBeNull();
  });

  it('accepts a submission at the deadline itself', () => {
    const decision = transition(aDraft(), { type: 'submit', window }, enhedslistenMember, deadline);
    expect(accepted(decision).submittedLate).toBeUndefined();
  });

  it('refuses a submission after the deadline, naming it in Danish', () => {
    const refusal = refusalOf(
      transition(aDraft(), { type: 'submit', window }, enhedslistenMember, after),
    );

    expect(refusal.code).toBe('deadlinePassed');
    expect(refusal.message).toContain('23. april 2025 kl. 12.00');
    expect(refusal.message).toMatch(/koordinator/);
  });

  it('accepts a late submission a coordinator allowed, marked late with the deadline', () => {
    const decision = transition(
      aDraft(),
      { type: 'submit', window: { deadline, lateAllowed: true }, comment: 'Efter aftale' },
      enhedslistenMember,
      after,
    );

    expect(accepted(decision)).toMatchObject({ state: 'submitted', submittedLate: true });
    expect(decision.ok && decision.record).toMatchObject({
      command: 'submit',
      from: 'draft',
      to: 'submitted',
      comment: 'Efter aftale',
      data: { late: true, deadline },
    });
  });

  it('keeps the mark through the steps that follow', () => {
    const late = accepted(
      transition(
        aDraft(),
        { type: 'submit', window: { deadline, lateAllowed: true } },
        enhedslistenMember,
        after,
      ),
    );
    const inReview = accepted(transition(late, { type: 'startReview' }, official, after));
    expect(inReview.submittedLate).toBe(true);
  });

  it('accepts a submission a coordinator allowed late that comes in time, not late', () => {
    const decision = transition(
      aDraft(),
      { type: 'submit', window: { deadline, lateAllowed: true } },
      enhedslistenMember,
      before,
    );
    expect(accepted(decision).submittedLate).toBeUndefined();
    expect(decision.ok && decision.record.data).toBeNull();
  });

  it('accepts any time without a window, or while the round has no deadline', () => {
    const years = '2030-01-01T00:00:00Z';
    expect(
      accepted(transition(aDraft(), { type: 'submit' }, enhedslistenMember, years)),
    ).toMatchObject({ state: 'submitted' });
    const noDeadline = transition(
      aDraft(),
      { type: 'submit', window: { deadline: null, lateAllowed: false } },
      enhedslistenMember,
      years,
    );
    expect(accepted(noDeadline).submittedLate).toBeUndefined();
  });
});
