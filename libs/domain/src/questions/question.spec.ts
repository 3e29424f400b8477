// Budget questions: who asks and answers, until when, the numbers, the due dates and what a
// reader sees of an answer under fair publication. Instants are worked out by hand: in August
// Copenhagen is UTC+2 (CEST).
import type { Actor } from '../actor';
import type { Milestone } from '../calendar/calendar';
import { calendarOf } from '../calendar/fixtures.spec-helper';
import type { Initiative } from '../lifecycle/initiative';
import { audienceOf, isInAudience, type NotificationEvent } from '../notifications/events';
import { aDraft, initiativeIn } from '../lifecycle/fixtures.spec-helper';
import {
  answeredLate,
  answeredQuestion,
  answerAsSeenBy,
  answerRefusal,
  askedQuestion,
  askQuestionRefusal,
  type BudgetQuestion,
  firstAnsweredAt,
  nextQuestionNumber,
  questionDueAt,
  questionInitiativeProblem,
  questionRef,
  questionState,
} from './question';
import { answerQuestionSchema, askQuestionSchema } from './schemas';

/** Questions by Monday 24 August 2026 12:00 (10:00Z). */
const questionDeadline: Milestone = {
  id: 'spoergsmaal',
  kind: 'questionDeadline',
  title: 'Frist for budgetspørgsmål',
  date: '2026-08-24',
  time: '12:00',
};

/** Answers by Sunday 30 August 2026 12:00 (10:00Z), as the round's example has it. */
const answerDeadline: Milestone = {
  id: 'svar',
  kind: 'answerDeadline',
  title: 'Frist for svar på budgetspørgsmål',
  date: '2026-08-30',
  time: '12:00',
};

const calendar = calendarOf([questionDeadline, answerDeadline]);

const member: Actor = { id: 'medlem-el', role: 'partyGroupMember', partyGroups: ['Enhedslisten'] };
const coordinator: Actor = { id: 'koordinator', role: 'coordinator', partyGroups: [] };
const official: Actor = { id: 'embedsmand', role: 'administration', partyGroups: [] };
const sysadm: Actor = { id: 'sysadm', role: 'systemAdministrator', partyGroups: [] };

function aQuestion(overrides: Partial<BudgetQuestion> = {}): BudgetQuestion {
  return {
    roundId: 'budget-2027-2030',
    number: 1,
    partyGroup: 'Enhedslisten',
    askedBy: member.id,
    askedByRole: 'partyGroupMember',
    initiative: null,
    text: 'Hvad koster 10 flere sengepladser i psykiatrien om året?',
    askedAt: '2026-08-20T08:00:00Z', // Thursday 20 August 10:00
    answer: null,
    replacedAnswers: [],
    ...overrides,
  };
}

describe('numbering', () => {
  it('starts at 1 and gives the number after the highest, never one in use', () => {
    expect(nextQuestionNumber([])).toBe(1);
    expect(nextQuestionNumber([{ number: 1 }, { number: 2 }, { number: 3 }])).toBe(4);
    // Whatever order they are held in.
    expect(nextQuestionNumber([{ number: 3 }, { number: 1 }, { number: 2 }])).toBe(4);
  });

  it('numbers questions asked one after another 1, 2, 3 without gaps', () => {
    let questions: BudgetQuestion[] = [];
    for (const text of ['Første', 'Andet', 'Tredje']) {
      const asked = { roundId: 'r', partyGroup: 'Enhedslisten', initiative: null, text };
      questions = [...questions, askedQuestion(questions, asked, member, '2026-08-20T08:00:00Z')];
    }
    expect(questions.map((question) => [question.number, question.text])).toEqual([
      [1, 'Første'],
      [2, 'Andet'],
      [3, 'Tredje'],
    ]);
    expect(questions[0]).toMatchObject({ askedBy: 'medlem-el', answer: null });
  });
});

describe('asking', () => {
  const before = '2026-08-24T09:59:59Z';
  const atTheDeadline = '2026-08-24T10:00:00Z';
  const after = '2026-08-24T10:00:01Z';

  it('lets a member ask for their own party group, until the question deadline included', () => {
    expect(askQuestionRefusal(member, 'Enhedslisten', calendar, before)).toBeNull();
    expect(askQuestionRefusal(member, 'Enhedslisten', calendar, atTheDeadline)).toBeNull();
  });

  it('refuses a question after the deadline, naming the deadline in Danish', () => {
    expect(askQuestionRefusal(member, 'Enhedslisten', calendar, after)).toEqual({
      code: 'deadlinePassed',
      message:
        'Fristen for budgetspørgsmål var 24. august 2026 kl. 12.00; ' +
        'der kan ikke stilles flere spørgsmål i denne budgetrunde',
    });
    // Also for a coordinator putting one in on a party's behalf.
    expect(askQuestionRefusal(coordinator, 'Venstre', calendar, after)?.code).toBe(
      'deadlinePassed',
    );
  });

  it('has no deadline while the calendar has no question deadline', () => {
    expect(askQuestionRefusal(member, 'Enhedslisten', calendarOf([]), after)).toBeNull();
  });

  it("refuses a member another party group's question, and roles that do not ask", () => {
    expect(askQuestionRefusal(member, 'Venstre', calendar, before)).toEqual({
      code: 'forbidden',
      message: 'Du kan kun stille budgetspørgsmål for din egen partigruppe, ikke for Venstre',
    });
    expect(askQuestionRefusal(official, 'Enhedslisten', calendar, before)?.code).toBe('forbidden');
    expect(askQuestionRefusal(sysadm, 'Enhedslisten', calendar, before)?.code).toBe('forbidden');
  });

  it("lets a coordinator put in any party group's question", () => {
    expect(askQuestionRefusal(coordinator, 'Venstre', calendar, before)).toBeNull();
  });

  it('asks about a submitted initiative the asker can see, not a draft nor a hidden one', () => {
    // 4.2 is Enhedslisten's, as the member is.
    const submitted = initiativeIn('submitted');
    const ownDraft: Initiative = aDraft();
    expect(questionInitiativeProblem(member, '4.2', submitted)).toBeNull();
    expect(questionInitiativeProblem(member, '4.9', null)).toBe(
      'Forslag 4.9 findes ikke i budgetrunden',
    );
    expect(questionInitiativeProblem(member, '4.2', ownDraft)).toBe(
      'Forslag 4.2 er en kladde; spørgsmål kan stilles til indsendte forslag',
    );
    // Another party's draft does not exist, in the same words as a number never used.
    const stranger: Actor = { ...member, partyGroups: ['Ingen af dem'] };
    expect(questionInitiativeProblem(stranger, '4.2', ownDraft)).toBe(
      'Forslag 4.2 findes ikke i budgetrunden',
    );
  });

  it('takes a body with the party group, an optional initiative and a text not empty', () => {
    expect(askQuestionSchema.parse({ partyGroup: ' Enhedslisten ', text: '  Hvorfor?  ' })).toEqual(
      { partyGroup: 'Enhedslisten', text: 'Hvorfor?' },
    );
    const refused = askQuestionSchema.safeParse({ partyGroup: '', initiative: '4', text: ' ' });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['partyGroup', 'Angiv partigruppen, der stiller spørgsmålet'],
      ['initiative', 'Nummeret skal have formen udvalg.løbenummer, fx 4.2'],
      ['text', 'Skriv spørgsmålet'],
    ]);
    expect(answerQuestionSchema.safeParse({ text: '' }).error?.issues[0]?.message).toBe(
      'Skriv svaret',
    );
  });
});

describe('answering', () => {
  const answer = { text: 'Ca. 9,4 mio. kr. årligt.', by: official.id, at: '2026-08-27T12:00:00Z' };

  it('is the administration’s alone, of a question that exists, with a text', () => {
    expect(answerRefusal(official, aQuestion(), 1, answer.text)).toBeNull();
    expect(answerRefusal(member, aQuestion(), 1, answer.text)).toEqual({
      code: 'forbidden',
      message: 'Kun administrationen besvarer budgetspørgsmål',
    });
    expect(answerRefusal(coordinator, aQuestion(), 1, answer.text)?.code).toBe('forbidden');
    expect(answerRefusal(official, undefined, 7, answer.text)).toEqual({
      code: 'invalidState',
      message: 'Budgetspørgsmål 7 findes ikke',
    });
    expect(answerRefusal(official, aQuestion(), 1, '   ')).toEqual({
      code: 'invalidData',
      message: 'Skriv svaret',
    });
  });

  it('answers once; a new text corrects it and keeps the replaced answer; the same text changes nothing', () => {
    const first = answeredQuestion(aQuestion(), answer);
    expect(first).toMatchObject({ changed: true, corrected: false });
    expect(first.question.answer).toEqual(answer);

    const again = answeredQuestion(first.question, { ...answer, at: '2026-08-27T13:00:00Z' });
    expect(again).toMatchObject({ changed: false, corrected: false });
    expect(again.question).toBe(first.question);

    const correction = {
      text: 'Rettet: 9,8 mio. kr. årligt.',
      by: 'embedsmand-2',
      at: '2026-08-28T08:00:00Z',
    };
    const corrected = answeredQuestion(first.question, correction);
    expect(corrected).toMatchObject({ changed: true, corrected: true });
    expect(corrected.question.answer).toEqual(correction);
    expect(corrected.question.replacedAnswers).toEqual([answer]);
    // Lateness is the first answer's.
    expect(firstAnsweredAt(corrected.question)).toBe(answer.at);
  });
});

describe('the due date', () => {
  it('is the answer deadline for a question asked before it', () => {
    expect(questionDueAt(aQuestion(), calendar)).toBe('2026-08-30T10:00:00Z');
  });

  it('moves with the answer deadline', () => {
    const moved = calendarOf([questionDeadline, { ...answerDeadline, date: '2026-09-01' }]);
    expect(questionDueAt(aQuestion(), moved)).toBe('2026-09-01T10:00:00Z');
  });

  it('is the round’s working days after asking, at 16:00, without an answer deadline', () => {
    // Asked Thursday 20 August 2026; five working days: Fri 21, Mon 24 … Thu 27 August, 16:00
    // CEST = 14:00Z.
    expect(questionDueAt(aQuestion(), calendarOf([questionDeadline]))).toBe('2026-08-27T14:00:00Z');
    // Counted over Christmas: asked Tuesday 22 December 2026, 2 working days: Wednesday 23,
    // (24, 25, 26, 27 off), Monday 28 December 16:00 CET = 15:00Z.
    expect(
      questionDueAt(
        aQuestion({ askedAt: '2026-12-22T09:00:00Z' }),
        calendarOf([], { questionAnswerWorkingDays: 2 }),
      ),
    ).toBe('2026-12-28T15:00:00Z');
  });

  it('is counted from the asking for a question asked after the answer deadline', () => {
    // No question deadline, so asked on Monday 31 August, after the answers were due: five
    // working days, Monday 7 September 16:00.
    const late = aQuestion({ askedAt: '2026-08-31T08:00:00Z' });
    expect(questionDueAt(late, calendarOf([answerDeadline]))).toBe('2026-09-07T14:00:00Z');
  });

  it('makes an unanswered question overdue after it, and an answer after it late', () => {
    expect(questionState(aQuestion(), calendar, '2026-08-30T10:00:00Z')).toBe('open');
    expect(questionState(aQuestion(), calendar, '2026-08-30T10:00:01Z')).toBe('overdue');
    const late = answeredQuestion(aQuestion(), {
      text: 'Svar',
      by: official.id,
      at: '2026-08-31T07:00:00Z',
    }).question;
    expect(questionState(late, calendar, '2026-09-10T10:00:00Z')).toBe('answered');
    expect(answeredLate(late, calendar)).toBe(true);
    expect(answeredLate(aQuestion(), calendar)).toBe(false);
  });
});

describe('what a reader sees of the answer', () => {
  const answered = answeredQuestion(aQuestion(), {
    text: 'Første svar',
    by: official.id,
    at: '2026-08-27T12:00:00Z',
  }).question;
  const corrected = answeredQuestion(answered, {
    text: 'Rettet svar',
    by: official.id,
    at: '2026-08-28T12:00:00Z',
  }).question;
  const heldBack = { holdBack: true, releasedUntil: null };

  it('shows everyone the answer when the round publishes as it goes', () => {
    const open = { holdBack: false, releasedUntil: null };
    expect(answerAsSeenBy(answered, member, open)).toEqual({
      answer: answered.answer,
      answerHeldBack: false,
    });
  });

  it('holds an answer back from the party groups until the round releases it', () => {
    expect(answerAsSeenBy(answered, member, heldBack)).toEqual({
      answer: null,
      answerHeldBack: true,
    });
    expect(answerAsSeenBy(answered, official, heldBack).answer).toEqual(answered.answer);
    expect(answerAsSeenBy(answered, coordinator, heldBack).answer).toEqual(answered.answer);
    const released = { holdBack: true, releasedUntil: '2026-08-27T12:00:00Z' };
    expect(answerAsSeenBy(answered, member, released)).toEqual({
      answer: answered.answer,
      answerHeldBack: false,
    });
  });

  it('keeps the released answer in view while its correction waits for the next release', () => {
    const releasedFirst = { holdBack: true, releasedUntil: '2026-08-27T18:00:00Z' };
    expect(answerAsSeenBy(corrected, member, releasedFirst)).toEqual({
      answer: { text: 'Første svar', by: official.id, at: '2026-08-27T12:00:00Z' },
      answerHeldBack: true,
    });
  });

  it('has nothing to hold back of an open question', () => {
    expect(answerAsSeenBy(aQuestion(), member, heldBack)).toEqual({
      answer: null,
      answerHeldBack: false,
    });
  });
});

describe('who is told', () => {
  const people = [
    member,
    { id: 'medlem-v', role: 'partyGroupMember', partyGroups: ['Venstre'] },
    official,
    { id: 'embedsmand-2', role: 'administration', partyGroups: [] },
    coordinator,
  ] as const satisfies readonly Actor[];
  const question = questionRef(aQuestion({ number: 3 }));
  const base = { key: 'k', roundId: 'r', at: '2026-08-20T08:00:00Z' };
  const reached = (event: NotificationEvent) =>
    people.filter((person) => isInAudience(audienceOf(event), person)).map((person) => person.id);

  it('tells the administration of a question, the asking party group of the answer', () => {
    const dueAt = '2026-08-30T10:00:00Z';
    expect(
      reached({ ...base, kind: 'questionAsked', question, dueAt, actorId: member.id }),
    ).toEqual(['embedsmand', 'embedsmand-2']);
    expect(
      reached({
        ...base,
        kind: 'questionAnswered',
        question,
        answer: null,
        corrected: false,
        actorId: official.id,
      }),
    ).toEqual(['medlem-el']);
    expect(reached({ ...base, kind: 'questionReminder', question, dueAt })).toEqual([
      'embedsmand',
      'embedsmand-2',
    ]);
    expect(reached({ ...base, kind: 'questionOverdue', question, dueAt })).toEqual([
      'embedsmand',
      'embedsmand-2',
      'koordinator',
    ]);
  });
});
