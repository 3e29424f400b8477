import { aReviewTask, calendarOf } from './fixtures.spec-helper';
import {
  type InitiativeMoved,
  isOverdue,
  reviewDueAt,
  reviewDueDate,
  reviewDueProblem,
  reviewTasksAfter,
} from './review-task';

const calendar = calendarOf([]);

describe("a review's due date", () => {
  it('is 10 working days after submission on Wednesday 16 April 2025: Monday 5 May, 16:00', () => {
    // [17, 18, 19, 20, 21 off], 22 (1), 23 (2), 24 (3), 25 (4), 28 (5), 29 (6), 30 (7),
    // 1 May (8; 1 May is a working day), 2 May (9), 5 May (10). 16:00 CEST = 14:00Z.
    expect(reviewDueDate(aReviewTask(), calendar)).toBe('2025-05-05');
    expect(reviewDueAt(aReviewTask(), calendar)).toBe('2025-05-05T14:00:00Z');
  });

  it("follows the round's number of working days", () => {
    // 22 (1), 23 (2), 24 (3)
    expect(reviewDueDate(aReviewTask(), calendarOf([], { reviewWorkingDays: 3 }))).toBe(
      '2025-04-24',
    );
  });

  it('counts from the local date of submission, not the UTC date', () => {
    // 22:30Z on Tuesday 15 April is 00:30 on Wednesday 16 April in Copenhagen; counted from the
    // UTC date (15 April) the tenth working day would be Friday 2 May.
    const task = aReviewTask({ submittedAt: '2025-04-15T22:30:00Z' });
    expect(reviewDueDate(task, calendar)).toBe('2025-05-05');
  });

  it('is due at 16:00 local in winter time too', () => {
    // Submitted Monday 20 October 2025: 21 (1), 22, 23, 24 (4), [26/10 summer time ends],
    // 27 (5), 28, 29, 30, 31 (9), 3 November (10). 16:00 CET = 15:00Z.
    const task = aReviewTask({ submittedAt: '2025-10-20T08:00:00Z' });
    expect(reviewDueAt(task, calendar)).toBe('2025-11-03T15:00:00Z');
  });

  it('is the override when one is set', () => {
    const task = aReviewTask({ dueOverride: '2025-05-09' });
    expect(reviewDueDate(task, calendar)).toBe('2025-05-09');
    expect(reviewDueAt(task, calendar)).toBe('2025-05-09T14:00:00Z');
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due instant', () => {
    expect(isOverdue(aReviewTask(), calendar, '2025-05-05T14:00:00Z')).toBe(false);
    expect(isOverdue(aReviewTask(), calendar, '2025-05-05T14:00:01Z')).toBe(true);
  });

  it('is never overdue once closed', () => {
    const closed = aReviewTask({ closedAt: '2025-05-04T10:00:00Z' });
    expect(isOverdue(closed, calendar, '2025-06-01T00:00:00Z')).toBe(false);
  });
});

describe('reviewTasksAfter', () => {
  const moved = (overrides: Partial<InitiativeMoved>): InitiativeMoved => ({
    number: '4.2',
    title: 'Omsorgstopmøde',
    partyGroups: ['Enhedslisten'],
    command: 'submit',
    state: 'submitted',
    at: '2025-04-16T12:00:00Z',
    ...overrides,
  });

  it('opens a task on submission, once', () => {
    const first = reviewTasksAfter([], moved({}));
    expect(first.opened).toEqual(aReviewTask());
    expect(first.tasks).toEqual([aReviewTask()]);

    const again = reviewTasksAfter(first.tasks, moved({}));
    expect(again).toEqual({ tasks: [aReviewTask()], opened: null, closed: null });
  });

  it('closes the task when the review is completed, once', () => {
    const done = moved({
      command: 'completeReview',
      state: 'inReview',
      at: '2025-04-30T09:00:00Z',
    });
    const first = reviewTasksAfter([aReviewTask()], done);
    expect(first.closed).toEqual(aReviewTask({ closedAt: '2025-04-30T09:00:00Z' }));
    expect(first.tasks).toEqual([first.closed]);

    const again = reviewTasksAfter(first.tasks, { ...done, at: '2025-04-30T10:00:00Z' });
    expect(again.closed).toBeNull();
    expect(again.tasks).toEqual(first.tasks);
  });

  it('closes the task when the initiative ends before its review', () => {
    const withdrawn = moved({
      command: 'withdraw',
      state: 'withdrawn',
      at: '2025-04-20T09:00:00Z',
    });
    expect(reviewTasksAfter([aReviewTask()], withdrawn).closed?.closedAt).toBe(
      '2025-04-20T09:00:00Z',
    );
  });

  it('leaves the tasks of steps in between alone', () => {
    const started = moved({ command: 'startReview', state: 'inReview' });
    expect(reviewTasksAfter([aReviewTask()], started)).toEqual({
      tasks: [aReviewTask()],
      opened: null,
      closed: null,
    });
  });
});

describe('a due date set by hand', () => {
  // Submitted Wednesday 16 April 2025.
  it('is accepted on a working day after the submission', () => {
    expect(reviewDueProblem(aReviewTask(), '2025-04-24')).toBeNull();
    expect(reviewDueProblem(aReviewTask(), '2025-04-16')).toBeNull();
  });

  it('is refused on a holiday or a weekend', () => {
    expect(reviewDueProblem(aReviewTask(), '2025-04-21')).toBe(
      'Fristen for den administrative behandling skal ligge på en arbejdsdag; 21. april 2025 er ikke en arbejdsdag',
    );
    expect(reviewDueProblem(aReviewTask(), '2025-04-26')).toContain('26. april 2025');
  });

  it('is refused before the submission', () => {
    expect(reviewDueProblem(aReviewTask(), '2025-04-15')).toBe(
      'Fristen kan ikke ligge før forslaget blev indsendt (16. april 2025)',
    );
  });
});
