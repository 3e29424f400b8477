import {
  agendaDeadlineOf,
  calendarChanges,
  calendarProblem,
  findMilestone,
  meetingsOf,
  type Milestone,
} from './calendar';
import {
  adoptingMeeting,
  budgetAgreement,
  calendarOf,
  fullCalendar,
  negotiationEnd,
  negotiationStart,
  regionsraadet2Sep,
  submissionDeadline,
} from './fixtures.spec-helper';

describe("a meeting's agenda deadline", () => {
  it('is noon, 5 working days before regionsrådet on Tuesday 2 September 2025', () => {
    // 1/9 (1), [31/8, 30/8 weekend], 29/8 (2), 28/8 (3), 27/8 (4), 26/8 (5); 12:00 CEST = 10:00Z
    expect(agendaDeadlineOf({ ...regionsraadet2Sep, meeting: regionsraadet2Sep.meeting! })).toEqual(
      { date: '2025-08-26', time: '12:00', at: '2025-08-26T10:00:00Z' },
    );
  });

  it('skips Easter', () => {
    // A committee meeting on Wednesday 23 April 2025, material 3 working days before:
    // 22/4 (1), [21, 20, 19, 18, 17 off], 16/4 (2), 15/4 (3)
    const meeting = {
      date: '2025-04-23',
      meeting: { body: 'udvalg' as const, agendaDeadlineWorkingDays: 3 },
    };
    expect(agendaDeadlineOf(meeting).date).toBe('2025-04-15');
  });
});

describe('finding milestones', () => {
  it('finds the milestone of a kind, and the meetings', () => {
    expect(findMilestone(fullCalendar, 'negotiationStart')).toBe(negotiationStart);
    expect(findMilestone(calendarOf([]), 'submissionDeadline')).toBeUndefined();
    expect(meetingsOf(fullCalendar).map((meeting) => meeting.id)).toEqual([
      'regionsraadet-2-sep',
      'regionsraadet-7-okt',
    ]);
  });
});

describe('calendarProblem', () => {
  it('accepts a whole round, and an empty calendar', () => {
    expect(calendarProblem(fullCalendar)).toBeNull();
    expect(calendarProblem(calendarOf([]))).toBeNull();
  });

  it('accepts milestones at the same instant', () => {
    const sameTime = { ...negotiationStart, date: '2025-04-23', time: '12:00' };
    expect(calendarProblem(calendarOf([submissionDeadline, sameTime]))).toBeNull();
  });

  it('refuses two milestones with the same id', () => {
    const twin: Milestone = { ...regionsraadet2Sep, date: '2025-09-09' };
    expect(calendarProblem(calendarOf([submissionDeadline, regionsraadet2Sep, twin]))).toBe(
      'To milepæle har samme id: regionsraadet-2-sep',
    );
  });

  it('refuses two submission deadlines', () => {
    const another: Milestone = { ...submissionDeadline, id: 'ny-frist', date: '2025-04-30' };
    expect(calendarProblem(calendarOf([submissionDeadline, another]))).toBe(
      'Kalenderen har mere end én milepæl af typen "Frist for indsendelse af budgetinitiativer"',
    );
  });

  it('refuses negotiations that begin before the submission deadline', () => {
    // Same day, an hour before the deadline at 12:00
    const early: Milestone = { ...negotiationStart, date: '2025-04-23', time: '11:00' };
    expect(calendarProblem(calendarOf([submissionDeadline, early]))).toBe(
      'Budgetforhandlingerne begynder kan ikke ligge før frist for indsendelse af budgetinitiativer',
    );
  });

  it('checks the order of the milestones present, whatever order they are listed in', () => {
    // No negotiation milestones; the agreement is dated before the deadline
    const early: Milestone = { ...budgetAgreement, date: '2025-04-01' };
    expect(calendarProblem(calendarOf([early, submissionDeadline]))).toBe(
      'Budgetaftalen indgås kan ikke ligge før frist for indsendelse af budgetinitiativer',
    );
    const endBeforeStart: Milestone = { ...negotiationEnd, date: '2025-09-02' };
    expect(calendarProblem(calendarOf([endBeforeStart, negotiationStart]))).toBe(
      'Budgetforhandlingerne slutter kan ikke ligge før budgetforhandlingerne begynder',
    );
  });

  it('refuses two meetings that adopt the budget', () => {
    const second: Milestone = {
      ...adoptingMeeting,
      id: 'regionsraadet-14-okt',
      date: '2025-10-14',
    };
    expect(calendarProblem(calendarOf([submissionDeadline, adoptingMeeting, second]))).toBe(
      'Kun ét møde kan vedtage budgettet',
    );
  });

  it('refuses a meeting whose agenda deadline is not before it', () => {
    // 0 working days: material due at 12:00 on the day of a 09:00 meeting.
    const morning: Milestone = {
      ...regionsraadet2Sep,
      time: '09:00',
      meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 0 },
    };
    expect(calendarProblem(calendarOf([morning]))).toBe(
      'Dagsordensfristen for Regionsrådets møde skal ligge før mødet',
    );
    expect(calendarProblem(calendarOf([{ ...morning, time: '13:00' }]))).toBeNull();
  });

  it('refuses adopting the budget before the budget agreement', () => {
    // The agreement on 12 September 2025; an adopting meeting on 9 September.
    const early: Milestone = { ...adoptingMeeting, date: '2025-09-09' };
    expect(calendarProblem(calendarOf([budgetAgreement, early]))).toBe(
      'Budgettet kan ikke vedtages, før budgetaftalen er indgået',
    );
  });

  it('refuses a meeting without meeting data', () => {
    const bare: Milestone = { ...regionsraadet2Sep, meeting: undefined };
    expect(calendarProblem(calendarOf([submissionDeadline, bare]))).toBe(
      'Mødet Regionsrådets møde mangler oplysninger om mødet',
    );
  });

  it('refuses meeting data on a milestone that is not a meeting', () => {
    const odd: Milestone = { ...submissionDeadline, meeting: regionsraadet2Sep.meeting! };
    expect(calendarProblem(calendarOf([odd]))).toBe(
      'Kun møder har mødeoplysninger (Frist for budgetinitiativer)',
    );
  });
});

describe('calendarChanges', () => {
  it('finds nothing between equal calendars', () => {
    expect(calendarChanges(fullCalendar, calendarOf([...fullCalendar.milestones]))).toEqual([]);
  });

  it('finds a moved, an added and a removed milestone, and leaves the unchanged out', () => {
    const before = calendarOf([submissionDeadline, regionsraadet2Sep, negotiationStart]);
    const moved: Milestone = { ...regionsraadet2Sep, date: '2025-09-09' };
    const after = calendarOf([submissionDeadline, moved, budgetAgreement]);

    expect(calendarChanges(before, after)).toEqual([
      {
        id: 'regionsraadet-2-sep',
        title: 'Regionsrådets møde',
        kind: 'meeting',
        before: { date: '2025-09-02', time: '13:00' },
        after: { date: '2025-09-09', time: '13:00' },
      },
      {
        id: 'budgetaftale',
        title: 'Budgetaftalen indgås',
        kind: 'budgetAgreement',
        before: null,
        after: { date: '2025-09-12', time: '18:00' },
      },
      {
        id: 'forhandlinger-begynder',
        title: 'Budgetforhandlingerne begynder',
        kind: 'negotiationStart',
        before: { date: '2025-09-03', time: '09:00' },
        after: null,
      },
    ]);
  });

  it('counts a new time on the same day as a move', () => {
    const later: Milestone = { ...submissionDeadline, time: '15:00' };
    expect(calendarChanges(calendarOf([submissionDeadline]), calendarOf([later]))).toEqual([
      expect.objectContaining({
        id: 'indsendelsesfrist',
        before: { date: '2025-04-23', time: '12:00' },
        after: { date: '2025-04-23', time: '15:00' },
      }),
    ]);
  });

  it('does not count a reordering as a change', () => {
    const reversed = calendarOf([...fullCalendar.milestones].reverse());
    expect(calendarChanges(fullCalendar, reversed)).toEqual([]);
  });
});
