// The round's timers for budget questions: a reminder to the administration before an open
// question is due, and one escalation when it is overdue, whatever becomes of its due date.
// In August and September Copenhagen is UTC+2 (CEST).
import { calendarProblem, type Milestone } from '../calendar/calendar';
import { calendarOf, policy } from '../calendar/fixtures.spec-helper';
import { isEscalation, planReminders, type PlannedReminder } from '../calendar/reminders';
import { answeredQuestion, type BudgetQuestion } from './question';

const questionDeadline: Milestone = {
  id: 'spoergsmaal',
  kind: 'questionDeadline',
  title: 'Frist for budgetspørgsmål',
  date: '2026-08-24',
  time: '12:00',
};

/** Thursday 27 August 2026 12:00 (10:00Z). */
const answerDeadline: Milestone = {
  id: 'svar',
  kind: 'answerDeadline',
  title: 'Frist for svar på budgetspørgsmål',
  date: '2026-08-27',
  time: '12:00',
};

const calendar = calendarOf([questionDeadline, answerDeadline]);

function aQuestion(number: number, overrides: Partial<BudgetQuestion> = {}): BudgetQuestion {
  return {
    roundId: 'budget-2027-2030',
    number,
    partyGroup: 'Enhedslisten',
    askedBy: 'medlem-el',
    askedByRole: 'partyGroupMember',
    initiative: null,
    text: `Spørgsmål ${number}`,
    askedAt: '2026-08-20T08:00:00Z',
    answer: null,
    replacedAnswers: [],
    ...overrides,
  };
}

const questionTimers = (reminders: PlannedReminder[]) =>
  reminders.filter(
    (reminder) => reminder.kind === 'questionReminder' || reminder.kind === 'questionOverdue',
  );

describe('the timers of budget questions', () => {
  it('reminds the administration a working day before the answer is due, and escalates when it is', () => {
    expect(questionTimers(planReminders(calendar, [], [aQuestion(1)]))).toEqual([
      {
        // Wednesday 26 August 09:00 CEST.
        kind: 'questionReminder',
        key: 'question/1/2026-08-27T10:00:00Z/1/2026-08-26T07:00:00Z',
        at: '2026-08-26T07:00:00Z',
        questionNumber: 1,
        dueAt: '2026-08-27T10:00:00Z',
        workingDaysBefore: 1,
      },
      {
        kind: 'questionOverdue',
        key: 'question-overdue/1',
        at: '2026-08-27T10:00:00Z',
        questionNumber: 1,
        dueAt: '2026-08-27T10:00:00Z',
      },
    ]);
  });

  it('counts the reminder in working days over a weekend, by the policy the round sets', () => {
    // Due Sunday 30 August: one working day before is Friday 28 August, two Thursday 27.
    const sunday = calendarOf([{ ...answerDeadline, date: '2026-08-30' }], {
      reminders: { ...policy, questionReminderWorkingDays: [2, 1] },
    });
    const reminders = questionTimers(planReminders(sunday, [], [aQuestion(1)]));
    expect(reminders.map((reminder) => [reminder.kind, reminder.at])).toEqual([
      ['questionReminder', '2026-08-27T07:00:00Z'],
      ['questionReminder', '2026-08-28T07:00:00Z'],
      ['questionOverdue', '2026-08-30T10:00:00Z'],
    ]);
  });

  it('plans nothing for an answered question, even one answered late', () => {
    const late = answeredQuestion(aQuestion(1), {
      text: 'Svar',
      by: 'embedsmand',
      at: '2026-08-31T08:00:00Z',
    }).question;
    expect(questionTimers(planReminders(calendar, [], [late, aQuestion(2)]))).toEqual([
      expect.objectContaining({ kind: 'questionReminder', questionNumber: 2 }),
      expect.objectContaining({ kind: 'questionOverdue', questionNumber: 2 }),
    ]);
  });

  it('escalates a question once: its key stays when the due date moves', () => {
    const moved = calendarOf([questionDeadline, { ...answerDeadline, date: '2026-09-03' }]);
    const [before] = questionTimers(planReminders(calendar, [], [aQuestion(3)])).filter(
      isEscalation,
    );
    const [after] = questionTimers(planReminders(moved, [], [aQuestion(3)])).filter(isEscalation);
    expect(before?.key).toBe('question-overdue/3');
    expect(after).toMatchObject({ key: 'question-overdue/3', at: '2026-09-03T10:00:00Z' });
    // The reminder before it is a new one, at its new time.
    const reminderKeys = (plan: PlannedReminder[]) =>
      questionTimers(plan)
        .filter((reminder) => !isEscalation(reminder))
        .map((reminder) => reminder.key);
    expect(reminderKeys(planReminders(moved, [], [aQuestion(3)]))).not.toEqual(
      reminderKeys(planReminders(calendar, [], [aQuestion(3)])),
    );
  });

  it('treats the overdue question, not its reminder, as an escalation', () => {
    expect(
      questionTimers(planReminders(calendar, [], [aQuestion(1)])).map((reminder) => [
        reminder.kind,
        isEscalation(reminder),
      ]),
    ).toEqual([
      ['questionReminder', false],
      ['questionOverdue', true],
    ]);
  });

  it('leaves the plan of a round without questions as it was', () => {
    expect(planReminders(calendar, [], [])).toEqual(planReminders(calendar, []));
  });
});

describe('the question deadlines in the calendar', () => {
  it('take a question deadline and an answer deadline, each once, answers not before questions', () => {
    expect(calendarProblem(calendar)).toBeNull();
    expect(calendarProblem(calendarOf([answerDeadline]))).toBeNull();
    expect(
      calendarProblem(calendarOf([questionDeadline, { ...questionDeadline, id: 'igen' }])),
    ).toBe('Kalenderen har mere end én milepæl af typen "Frist for budgetspørgsmål"');
    expect(
      calendarProblem(calendarOf([{ ...questionDeadline, date: '2026-08-28' }, answerDeadline])),
    ).toBe('Fristen for svar på budgetspørgsmål kan ikke ligge før fristen for budgetspørgsmål');
  });
});
