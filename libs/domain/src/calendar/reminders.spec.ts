import type { Milestone } from './calendar';
import {
  aReviewTask,
  calendarOf,
  policy,
  regionsraadet2Sep,
  submissionDeadline,
} from './fixtures.spec-helper';
import { isEscalation, planReminders } from './reminders';

/** The submission deadline (23/4 2025 12:00) and regionsrådet (2/9 2025 13:00, 5 working days). */
const calendar = calendarOf([submissionDeadline, regionsraadet2Sep]);

describe('planReminders', () => {
  it('plans the submission and agenda reminders of the round', () => {
    expect(planReminders(calendar, [])).toEqual([
      {
        // 5 working days before Wednesday 23 April: Friday 11 April (Easter in between);
        // 09:00 CEST = 07:00Z. The deadline is 12:00 CEST = 10:00Z.
        kind: 'submissionReminder',
        key: 'submission/2025-04-23T10:00:00Z/5/2025-04-11T07:00:00Z',
        at: '2025-04-11T07:00:00Z',
        deadline: '2025-04-23T10:00:00Z',
        workingDaysBefore: 5,
      },
      {
        // 1 working day before: Tuesday 22 April, 09:00 CEST
        kind: 'submissionReminder',
        key: 'submission/2025-04-23T10:00:00Z/1/2025-04-22T07:00:00Z',
        at: '2025-04-22T07:00:00Z',
        deadline: '2025-04-23T10:00:00Z',
        workingDaysBefore: 1,
      },
      {
        // Agenda deadline 5 working days before Tuesday 2 September: Tuesday 26 August 12:00
        // (10:00Z); the reminder one working day before it, Monday 25 August 09:00 (07:00Z).
        kind: 'agendaReminder',
        key: 'agenda/regionsraadet-2-sep/2025-09-02T11:00:00Z/2025-08-25T07:00:00Z',
        at: '2025-08-25T07:00:00Z',
        milestoneId: 'regionsraadet-2-sep',
        meetingTitle: 'Regionsrådets møde',
        meetingAt: '2025-09-02T11:00:00Z',
        agendaDeadline: '2025-08-26T10:00:00Z',
      },
    ]);
  });

  it('plans nothing for an empty calendar', () => {
    expect(planReminders(calendarOf([]), [])).toEqual([]);
  });

  it('plans a new agenda reminder when the meeting moves, and drops the old one', () => {
    // Moved a week to Tuesday 9 September: agenda deadline Tuesday 2 September 12:00 (10:00Z),
    // reminder Monday 1 September 09:00 (07:00Z).
    const moved: Milestone = { ...regionsraadet2Sep, date: '2025-09-09' };
    const reminders = planReminders(calendarOf([submissionDeadline, moved]), []);
    const agenda = reminders.filter((reminder) => reminder.kind === 'agendaReminder');

    expect(agenda).toEqual([
      expect.objectContaining({
        key: 'agenda/regionsraadet-2-sep/2025-09-09T11:00:00Z/2025-09-01T07:00:00Z',
        at: '2025-09-01T07:00:00Z',
        agendaDeadline: '2025-09-02T10:00:00Z',
        meetingAt: '2025-09-09T11:00:00Z',
      }),
    ]);
    expect(reminders.map((reminder) => reminder.key)).not.toContain(
      'agenda/regionsraadet-2-sep/2025-09-02T11:00:00Z/2025-08-25T07:00:00Z',
    );
  });

  it("keeps the agenda reminder's time when the meeting moves within the day, under a new key", () => {
    // The agenda deadline stays (it counts in days); the key names the meeting's new time, so
    // a reminder already sent for the old time is not taken for this one.
    const later: Milestone = { ...regionsraadet2Sep, time: '15:00' };
    const [agenda] = planReminders(calendarOf([later]), []);
    expect(agenda).toMatchObject({
      key: 'agenda/regionsraadet-2-sep/2025-09-02T13:00:00Z/2025-08-25T07:00:00Z',
      at: '2025-08-25T07:00:00Z',
      agendaDeadline: '2025-08-26T10:00:00Z',
      meetingAt: '2025-09-02T13:00:00Z',
    });
  });

  it('plans new submission reminders when the deadline moves', () => {
    // Thursday 24 April 12:00: 5 working days before is Monday 14 April, 1 is Wednesday 23 April
    const moved: Milestone = { ...submissionDeadline, date: '2025-04-24' };
    expect(planReminders(calendarOf([moved]), []).map(({ key, at }) => ({ key, at }))).toEqual([
      { key: 'submission/2025-04-24T10:00:00Z/5/2025-04-14T07:00:00Z', at: '2025-04-14T07:00:00Z' },
      { key: 'submission/2025-04-24T10:00:00Z/1/2025-04-23T07:00:00Z', at: '2025-04-23T07:00:00Z' },
    ]);
  });

  it('follows the reminder policy', () => {
    const calendarWithPolicy = calendarOf([submissionDeadline], {
      reminders: { ...policy, submissionReminderWorkingDays: [3], reminderTime: '08:30' },
    });
    // 22/4 (1), 16/4 (2), 15/4 (3); 08:30 CEST = 06:30Z
    expect(planReminders(calendarWithPolicy, [])).toEqual([
      expect.objectContaining({
        key: 'submission/2025-04-23T10:00:00Z/3/2025-04-15T06:30:00Z',
        at: '2025-04-15T06:30:00Z',
      }),
    ]);
  });

  describe('review tasks', () => {
    it('reminds 2 working days before the due date and escalates at the due instant', () => {
      // Submitted 16 April 2025, due Monday 5 May 16:00 (14:00Z); 2 working days before:
      // Friday 2 May (1), Thursday 1 May (2), 09:00 CEST = 07:00Z.
      expect(planReminders(calendarOf([]), [aReviewTask()])).toEqual([
        {
          kind: 'reviewReminder',
          key: 'review/4.2/2025-05-05T14:00:00Z/2/2025-05-01T07:00:00Z',
          at: '2025-05-01T07:00:00Z',
          number: '4.2',
          dueAt: '2025-05-05T14:00:00Z',
          workingDaysBefore: 2,
        },
        {
          kind: 'reviewOverdue',
          key: 'review-overdue/4.2/2025-05-05T14:00:00Z',
          at: '2025-05-05T14:00:00Z',
          number: '4.2',
          dueAt: '2025-05-05T14:00:00Z',
        },
      ]);
    });

    it('plans from the override, under new keys', () => {
      // Due Friday 9 May 16:00 (14:00Z); 2 working days before: Wednesday 7 May 09:00 (07:00Z)
      const task = aReviewTask({ dueOverride: '2025-05-09' });
      expect(planReminders(calendarOf([]), [task]).map(({ key, at }) => ({ key, at }))).toEqual([
        {
          key: 'review/4.2/2025-05-09T14:00:00Z/2/2025-05-07T07:00:00Z',
          at: '2025-05-07T07:00:00Z',
        },
        { key: 'review-overdue/4.2/2025-05-09T14:00:00Z', at: '2025-05-09T14:00:00Z' },
      ]);
    });

    it('plans nothing for a closed task', () => {
      const closed = aReviewTask({ closedAt: '2025-04-30T09:00:00Z' });
      expect(planReminders(calendarOf([]), [closed])).toEqual([]);
    });

    it('treats only the overdue escalation as an escalation', () => {
      const kinds = planReminders(calendar, [aReviewTask()]).map((reminder) => [
        reminder.kind,
        isEscalation(reminder),
      ]);
      expect(kinds).toEqual([
        ['submissionReminder', false],
        ['submissionReminder', false],
        ['reviewReminder', false],
        ['reviewOverdue', true],
        ['agendaReminder', false],
      ]);
    });
  });

  describe('across daylight saving time', () => {
    const twoReminders = { ...policy, submissionReminderWorkingDays: [2, 1] };

    it('sends 09:00 local reminders in spring: 08:00Z on the Friday, 07:00Z on the Monday', () => {
      // Deadline Tuesday 1 April 2025 12:00 CEST = 10:00Z; summer time began Sunday 30 March.
      const deadline: Milestone = { ...submissionDeadline, date: '2025-04-01' };
      const reminders = planReminders(calendarOf([deadline], { reminders: twoReminders }), []);
      expect(reminders.map(({ at }) => at)).toEqual([
        '2025-03-28T08:00:00Z', // Friday 28 March 09:00 CET
        '2025-03-31T07:00:00Z', // Monday 31 March 09:00 CEST
      ]);
      expect(reminders[0]).toMatchObject({ deadline: '2025-04-01T10:00:00Z' });
    });

    it('sends 09:00 local reminders in autumn: 07:00Z on the Friday, 08:00Z on the Monday', () => {
      // Deadline Tuesday 28 October 2025 12:00 CET = 11:00Z; summer time ended Sunday 26 October.
      const deadline: Milestone = { ...submissionDeadline, date: '2025-10-28' };
      const reminders = planReminders(calendarOf([deadline], { reminders: twoReminders }), []);
      expect(reminders.map(({ at }) => at)).toEqual([
        '2025-10-24T07:00:00Z', // Friday 24 October 09:00 CEST
        '2025-10-27T08:00:00Z', // Monday 27 October 09:00 CET
      ]);
      expect(reminders[0]).toMatchObject({ deadline: '2025-10-28T11:00:00Z' });
    });

    it('keeps an agenda deadline at noon local across the change', () => {
      // Committee meeting Tuesday 1 April 2025 13:00, material 2 working days before:
      // Monday 31 March (1), Friday 28 March (2) at 12:00 CET = 11:00Z; reminder Thursday
      // 27 March 09:00 CET = 08:00Z.
      const meeting: Milestone = {
        id: 'udvalg-1-apr',
        kind: 'meeting',
        title: 'Udvalg for det nære sundhedsvæsen',
        date: '2025-04-01',
        time: '13:00',
        meeting: {
          body: 'udvalg',
          committee: 'Udvalg for det nære sundhedsvæsen',
          agendaDeadlineWorkingDays: 2,
        },
      };
      expect(planReminders(calendarOf([meeting]), [])).toEqual([
        expect.objectContaining({
          at: '2025-03-27T08:00:00Z',
          agendaDeadline: '2025-03-28T11:00:00Z',
          meetingAt: '2025-04-01T11:00:00Z',
        }),
      ]);
    });
  });
});
