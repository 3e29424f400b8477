import { terminalStates } from '../lifecycle/states';
import {
  aReviewTask,
  budgetAgreement,
  calendarOf,
  fullCalendar,
  negotiationEnd,
  negotiationStart,
} from './fixtures.spec-helper';
import { nextDeadline } from './next-deadline';

const beforeEverything = '2025-04-01T08:00:00Z';

describe("an initiative's next deadline", () => {
  it("is, for a draft, the round's submission deadline, passed or not", () => {
    const deadline = {
      kind: 'submissionDeadline',
      label: 'Frist for indsendelse af budgetinitiativer',
      at: '2025-04-23T10:00:00Z',
    };
    expect(nextDeadline('draft', fullCalendar, null, beforeEverything)).toEqual(deadline);
    expect(nextDeadline('draft', fullCalendar, null, '2025-05-01T08:00:00Z')).toEqual(deadline);
    expect(nextDeadline('draft', calendarOf([]), null, beforeEverything)).toBeNull();
  });

  it("is, once submitted and in review, the review's due date (or the one set by hand)", () => {
    for (const state of ['submitted', 'inReview'] as const) {
      expect(nextDeadline(state, fullCalendar, aReviewTask(), beforeEverything)).toEqual({
        kind: 'reviewDue',
        label: 'Frist for administrativ behandling',
        at: '2025-05-05T14:00:00Z',
      });
      const set = aReviewTask({ dueOverride: '2025-05-12' });
      expect(nextDeadline(state, fullCalendar, set, beforeEverything)?.at).toBe(
        '2025-05-12T14:00:00Z',
      );
      // The round has not heard of the submission yet.
      expect(nextDeadline(state, fullCalendar, null, beforeEverything)).toBeNull();
    }
  });

  it("is, once costed and in negotiation, the negotiation's next milestone still ahead", () => {
    for (const state of ['costed', 'inNegotiation'] as const) {
      const at = (now: string) => nextDeadline(state, fullCalendar, aReviewTask(), now);
      expect(at(beforeEverything)).toMatchObject({
        kind: 'negotiationStart',
        label: 'Budgetforhandlingerne begynder',
        at: '2025-09-03T07:00:00Z',
      });
      expect(at('2025-09-03T07:00:00Z')?.kind).toBe('negotiationStart');
      expect(at('2025-09-04T07:00:00Z')?.kind).toBe('negotiationEnd');
      expect(at('2025-09-12T15:00:00Z')).toMatchObject({
        kind: 'budgetAgreement',
        at: '2025-09-12T16:00:00Z',
      });
      expect(at('2025-09-13T08:00:00Z')).toBeNull();
    }
    // A milestone the round has not set is passed over.
    const withoutStart = calendarOf([negotiationEnd, budgetAgreement]);
    expect(nextDeadline('costed', withoutStart, null, beforeEverything)?.kind).toBe(
      'negotiationEnd',
    );
    const passed = nextDeadline(
      'costed',
      calendarOf([negotiationStart]),
      null,
      '2025-10-01T08:00:00Z',
    );
    expect(passed).toBeNull();
  });

  it('is none once the initiative has ended', () => {
    for (const state of terminalStates) {
      expect(nextDeadline(state, fullCalendar, aReviewTask(), beforeEverything)).toBeNull();
    }
  });
});
