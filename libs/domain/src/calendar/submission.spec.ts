import { calendarOf, fullCalendar, regionsraadet2Sep } from './fixtures.spec-helper';
import {
  isLate,
  lateSubmissionRefusal,
  submissionWindow,
  type SubmissionWindow,
} from './submission';

// The deadline is Wednesday 23 April 2025 12:00 CEST = 10:00Z.
const window: SubmissionWindow = { deadline: '2025-04-23T10:00:00Z', lateAllowed: false };

describe('the submission window', () => {
  it("is the round's deadline as an instant, with the late allowance", () => {
    expect(submissionWindow(fullCalendar, false)).toEqual(window);
    expect(submissionWindow(fullCalendar, true)).toEqual({ ...window, lateAllowed: true });
  });

  it('has no deadline while the calendar has none', () => {
    expect(submissionWindow(calendarOf([regionsraadet2Sep]), false)).toEqual({
      deadline: null,
      lateAllowed: false,
    });
  });
});

describe('isLate', () => {
  it.each([
    ['a second before the deadline', '2025-04-23T09:59:59Z', false],
    ['at the deadline itself', '2025-04-23T10:00:00Z', false],
    ['a second after', '2025-04-23T10:00:01Z', true],
    ['at 12:00 UTC, which is 14:00 local', '2025-04-23T12:00:00Z', true],
  ])('%s: %s → %s', (_, at, late) => {
    expect(isLate(window, at)).toBe(late);
  });

  it('is never late without a window or a deadline', () => {
    expect(isLate(undefined, '2030-01-01T00:00:00Z')).toBe(false);
    expect(isLate({ deadline: null, lateAllowed: false }, '2030-01-01T00:00:00Z')).toBe(false);
  });
});

describe('lateSubmissionRefusal', () => {
  it('refuses after the deadline, naming it in Danish local time', () => {
    expect(lateSubmissionRefusal(window, '2025-04-23T10:00:01Z')).toEqual({
      code: 'deadlinePassed',
      message:
        'Fristen for indsendelse var 23. april 2025 kl. 12.00; ' +
        'en koordinator kan tillade, at forslaget indsendes for sent',
    });
  });

  it('lets in what comes in time, what a coordinator allowed, and what has no deadline', () => {
    expect(lateSubmissionRefusal(window, '2025-04-23T10:00:00Z')).toBeNull();
    expect(
      lateSubmissionRefusal({ ...window, lateAllowed: true }, '2025-05-01T08:00:00Z'),
    ).toBeNull();
    expect(
      lateSubmissionRefusal({ deadline: null, lateAllowed: false }, '2030-01-01T00:00:00Z'),
    ).toBeNull();
    expect(lateSubmissionRefusal(undefined, '2030-01-01T00:00:00Z')).toBeNull();
  });
});
