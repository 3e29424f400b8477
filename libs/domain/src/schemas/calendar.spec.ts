import { calendarSchema, lateSubmissionSchema, reviewDueSchema, roundSchema } from '.';

const deadline = {
  id: 'indsendelsesfrist',
  kind: 'submissionDeadline',
  title: '  Frist for budgetinitiativer ',
  date: '2025-04-23',
  time: '12:00',
};
const meeting = {
  id: 'regionsraadet-2-sep',
  kind: 'meeting',
  title: 'Regionsrådets møde',
  date: '2025-09-02',
  time: '13:00',
  meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5 },
};

/** The issues of a refused parse, as path and message. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

describe('the calendar', () => {
  it('takes a calendar with the defaults: 10 working days to review, reminders 5 and 1 days before at 09:00', () => {
    expect(calendarSchema.parse({ milestones: [deadline, meeting] })).toEqual({
      milestones: [{ ...deadline, title: 'Frist for budgetinitiativer' }, meeting],
      reviewWorkingDays: 10,
      reminders: {
        submissionReminderWorkingDays: [5, 1],
        reviewReminderWorkingDays: [2],
        agendaReminderWorkingDays: 1,
        reminderTime: '09:00',
      },
    });
  });

  it('gives each calendar its own default lists', () => {
    const first = calendarSchema.parse({ milestones: [] });
    const second = calendarSchema.parse({ milestones: [] });
    expect(first.reminders.submissionReminderWorkingDays).not.toBe(
      second.reminders.submissionReminderWorkingDays,
    );
  });

  it('takes a policy of its own', () => {
    const reminders = {
      submissionReminderWorkingDays: [3],
      reviewReminderWorkingDays: [],
      agendaReminderWorkingDays: 0,
      reminderTime: '08:30',
    };
    expect(
      calendarSchema.parse({ milestones: [], reviewWorkingDays: 15, reminders }),
    ).toMatchObject({ reviewWorkingDays: 15, reminders });
  });

  it('refuses a date that does not exist, at the field, in Danish', () => {
    const result = calendarSchema.safeParse({ milestones: [{ ...deadline, date: '2025-02-30' }] });
    expect(issues(result)).toEqual([
      {
        path: ['milestones', 0, 'date'],
        message: 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-09-02',
      },
    ]);
  });

  it('judges the whole calendar only once every date in it can be read (a meeting too)', () => {
    const unreadable = {
      id: 'rr',
      kind: 'meeting',
      title: 'Regionsrådets møde',
      date: '2025-02-30',
      time: '17:00',
      meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5 },
    };
    const result = calendarSchema.safeParse({ milestones: [deadline, unreadable] });
    expect(issues(result)).toEqual([
      {
        path: ['milestones', 1, 'date'],
        message: 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-09-02',
      },
    ]);
  });

  it('refuses a calendar whose order does not hold, at the milestones', () => {
    const negotiation = {
      id: 'forhandling',
      kind: 'negotiationStart',
      title: 'Forhandlingerne begynder',
      date: '2025-04-01',
      time: '09:00',
    };
    const result = calendarSchema.safeParse({ milestones: [deadline, negotiation] });
    expect(issues(result)).toEqual([
      expect.objectContaining({ path: ['milestones'], message: expect.stringContaining('før') }),
    ]);
  });

  it('refuses a date written the Danish way round', () => {
    const result = calendarSchema.safeParse({ milestones: [{ ...deadline, date: '23-04-2025' }] });
    expect(issues(result)).toEqual([expect.objectContaining({ path: ['milestones', 0, 'date'] })]);
  });

  it('refuses a time that does not exist, at the field, in Danish', () => {
    const result = calendarSchema.safeParse({
      milestones: [meeting, { ...deadline, time: '25:00' }],
    });
    expect(issues(result)).toEqual([
      { path: ['milestones', 1, 'time'], message: 'Tidspunktet skal skrives som TT:MM, fx 13:00' },
    ]);
  });

  it("refuses a reminder time that does not exist, at the policy's field", () => {
    const result = calendarSchema.safeParse({
      milestones: [],
      reminders: {
        submissionReminderWorkingDays: [5, 1],
        reviewReminderWorkingDays: [2],
        agendaReminderWorkingDays: 1,
        reminderTime: '24:00',
      },
    });
    expect(issues(result)).toEqual([
      {
        path: ['reminders', 'reminderTime'],
        message: 'Tidspunktet skal skrives som TT:MM, fx 13:00',
      },
    ]);
  });

  it('refuses unknown keys, in Danish', () => {
    const result = calendarSchema.safeParse({
      milestones: [{ ...meeting, location: 'Regionshuset' }],
      deadline: '2025-04-23',
    });
    expect(issues(result)).toEqual([
      { path: ['milestones', 0], message: 'Ukendt nøgle: "location"' },
      { path: [], message: 'Ukendt nøgle: "deadline"' },
    ]);
  });

  it('refuses an id with capitals or spaces, and an empty title', () => {
    const result = calendarSchema.safeParse({
      milestones: [{ ...deadline, id: 'Frist 1', title: '  ' }],
    });
    expect(issues(result)).toEqual([
      {
        path: ['milestones', 0, 'id'],
        message: 'Id skal bestå af små bogstaver, tal og bindestreger',
      },
      { path: ['milestones', 0, 'title'], message: 'Milepælen skal have en titel' },
    ]);
  });

  it('refuses zero working days to review, and an unknown political body', () => {
    const result = calendarSchema.safeParse({
      milestones: [{ ...meeting, meeting: { ...meeting.meeting, body: 'folketinget' } }],
      reviewWorkingDays: 0,
    });
    const found = issues(result);
    expect(found.map(({ path }) => path)).toEqual([
      ['milestones', 0, 'meeting', 'body'],
      ['reviewWorkingDays'],
    ]);
    // zod's own messages, in Danish
    expect(found[0]?.message).toMatch(/^Ugyldigt valg/);
    expect(found[1]?.message).toMatch(/^For lille/);
  });

  it('is part of a round, and optional there', () => {
    const round = { name: 'Budget 2026', firstYear: 2026, lastYear: 2029 };
    expect(roundSchema.parse(round)).not.toHaveProperty('calendar');
    expect(
      roundSchema.parse({ ...round, calendar: { milestones: [deadline] } }).calendar,
    ).toMatchObject({ reviewWorkingDays: 10 });
  });
});

describe('late submissions and due dates', () => {
  it('takes the initiative a coordinator lets in late', () => {
    expect(lateSubmissionSchema.parse({ number: ' 4.2 ', comment: 'Efter aftale' })).toEqual({
      number: '4.2',
      comment: 'Efter aftale',
    });
  });

  it('takes a due date, or null for the default', () => {
    expect(reviewDueSchema.parse({ dueDate: '2025-05-09' })).toEqual({ dueDate: '2025-05-09' });
    expect(reviewDueSchema.parse({ dueDate: null })).toEqual({ dueDate: null });
    expect(issues(reviewDueSchema.safeParse({ dueDate: '2025-02-29' }))).toEqual([
      { path: ['dueDate'], message: 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-09-02' },
    ]);
  });
});
