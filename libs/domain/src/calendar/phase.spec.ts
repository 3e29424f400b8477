import type { Milestone } from './calendar';
import {
  adoptingMeeting,
  budgetAgreement,
  calendarOf,
  fullCalendar,
  negotiationStart,
  regionsraadet2Sep,
  submissionDeadline,
} from './fixtures.spec-helper';
import { roundPhase } from './phase';

describe('roundPhase', () => {
  // The deadline 23/4 12:00 CEST = 10:00Z; regionsrådet 2/9 13:00 = 11:00Z (not adopting);
  // negotiations 3/9 09:00 = 07:00Z; negotiations end 12/9 16:00 = 14:00Z; agreement 12/9 18:00
  // = 16:00Z; regionsrådet adopts the budget 7/10 15:00 = 13:00Z.
  it.each([
    ['long before the deadline', '2025-01-15T12:00:00Z', 'openForSubmissions'],
    ['a second before the deadline (11:59:59 local)', '2025-04-23T09:59:59Z', 'openForSubmissions'],
    ['a second after the deadline', '2025-04-23T10:00:01Z', 'review'],
    ['at a meeting that does not adopt the budget', '2025-09-02T11:00:00Z', 'review'],
    ['a second before negotiations', '2025-09-03T06:59:59Z', 'review'],
    ['when negotiations begin', '2025-09-03T07:00:00Z', 'negotiation'],
    ['when negotiations end, but before the agreement', '2025-09-12T14:00:00Z', 'negotiation'],
    ['when the agreement is made', '2025-09-12T16:00:00Z', 'agreed'],
    ['a second before the adopting meeting', '2025-10-07T12:59:59Z', 'agreed'],
    ['when the adopting meeting begins', '2025-10-07T13:00:00Z', 'adopted'],
    ['a year later', '2026-10-07T13:00:00Z', 'adopted'],
  ])('is %s: %s → %s', (_, now, phase) => {
    expect(roundPhase(fullCalendar, now)).toBe(phase);
  });

  it('stays open for submissions while the calendar has no dates', () => {
    expect(roundPhase(calendarOf([]), '2030-01-01T00:00:00Z')).toBe('openForSubmissions');
    // A meeting alone, even long past, does not close submissions
    expect(roundPhase(calendarOf([regionsraadet2Sep]), '2026-01-01T00:00:00Z')).toBe(
      'openForSubmissions',
    );
  });

  it('stays in review while negotiations have no date', () => {
    expect(roundPhase(calendarOf([submissionDeadline]), '2026-01-01T00:00:00Z')).toBe('review');
  });

  it('goes from review to agreed when negotiations have no start date', () => {
    const calendar = calendarOf([submissionDeadline, budgetAgreement]);
    expect(roundPhase(calendar, '2025-09-12T15:59:59Z')).toBe('review');
    expect(roundPhase(calendar, '2025-09-12T16:00:00Z')).toBe('agreed');
  });

  it('stays agreed while no meeting adopts the budget', () => {
    const calendar = calendarOf([submissionDeadline, negotiationStart, budgetAgreement]);
    expect(roundPhase(calendar, '2026-06-01T00:00:00Z')).toBe('agreed');
  });

  it('is adopted after the adopting meeting even if the agreement has no date', () => {
    const calendar = calendarOf([submissionDeadline, adoptingMeeting]);
    expect(roundPhase(calendar, '2025-10-07T12:59:59Z')).toBe('review');
    expect(roundPhase(calendar, '2025-10-07T13:00:00Z')).toBe('adopted');
  });

  it('follows a moved deadline', () => {
    const moved: Milestone = { ...submissionDeadline, date: '2025-04-30' };
    expect(roundPhase(calendarOf([moved]), '2025-04-24T10:00:00Z')).toBe('openForSubmissions');
  });
});
