import type { Actor, Role } from '../actor';
import { canSeeInitiative } from '../access/visibility';
import {
  DEFAULT_QUESTION_ANSWER_WORKING_DAYS,
  findMilestone,
  milestoneAt,
  type RoundCalendar,
} from '../calendar/calendar';
import { formatDanishDateTime, instantOf, localDateOf } from '../calendar/time';
import { addWorkingDays } from '../calendar/working-days';
import type { Initiative } from '../lifecycle/initiative';
import { refusal, type Refusal } from '../lifecycle/refusal';
import type { QuestionRef } from '../notifications/events';
import { type Publication, visibleToActor } from '../publication/publication';

/** The administration's answer to a budget question, or one it was corrected by. */
export interface QuestionAnswer {
  readonly text: string;
  /** The official who answered. */
  readonly by: string;
  readonly at: string;
}

/**
 * A budget question ("budgetspørgsmål"): a party group asks the administration about the budget
 * or one initiative, and the administration answers by the round's answer deadline. Numbered 1,
 * 2, 3 … in the order the round received them; a number is never given twice nor skipped.
 */
export interface BudgetQuestion {
  readonly roundId: string;
  readonly number: number;
  /** The party group asking. */
  readonly partyGroup: string;
  /** Who put it in: a member of the party group, or a coordinator on its behalf. */
  readonly askedBy: string;
  readonly askedByRole: Role;
  /** The initiative it is about ("4.2"), or null for a question about the budget as a whole. */
  readonly initiative: string | null;
  readonly text: string;
  readonly askedAt: string;
  /** The answer in force; null while the question is open. */
  readonly answer: QuestionAnswer | null;
  /** Answers a correction replaced, oldest first: what was released of them stays readable. */
  readonly replacedAnswers: readonly QuestionAnswer[];
}

/** A question's due date and time when the round has no answer deadline: end of office day. */
export const QUESTION_DUE_TIME = '16:00';

/** The next question's number: one after the highest, so numbers are sequential and never reused. */
export function nextQuestionNumber(questions: readonly Pick<BudgetQuestion, 'number'>[]): number {
  return questions.reduce((highest, question) => Math.max(highest, question.number), 0) + 1;
}

/** The round's question deadline as an instant, or null while the calendar has none. */
export function questionDeadlineOf(calendar: RoundCalendar): string | null {
  const deadline = findMilestone(calendar, 'questionDeadline');
  return deadline ? milestoneAt(deadline) : null;
}

/**
 * Why this actor may not ask this party group's question now, or null. A member asks for their
 * own party group only; a coordinator may put in a question a party group asked elsewhere (at a
 * meeting, by mail). Nobody asks after the round's question deadline: the administration plans
 * its answers from the questions it has by then.
 */
export function askQuestionRefusal(
  actor: Actor,
  partyGroup: string,
  calendar: RoundCalendar,
  at: string,
): Refusal | null {
  if (actor.role === 'partyGroupMember') {
    if (!actor.partyGroups.includes(partyGroup)) {
      return refusal(
        'forbidden',
        `Du kan kun stille budgetspørgsmål for din egen partigruppe, ikke for ${partyGroup}`,
      );
    }
  } else if (actor.role !== 'coordinator') {
    return refusal(
      'forbidden',
      'Budgetspørgsmål stilles af partigrupperne (eller af en koordinator på deres vegne)',
    );
  }
  const deadline = questionDeadlineOf(calendar);
  if (deadline && Date.parse(at) > Date.parse(deadline)) {
    return refusal(
      'deadlinePassed',
      `Fristen for budgetspørgsmål var ${formatDanishDateTime(deadline)}; ` +
        'der kan ikke stilles flere spørgsmål i denne budgetrunde',
    );
  }
  return null;
}

/** Why a question's or an answer's text cannot be used, or null. */
export function questionTextProblem(text: string, what: 'question' | 'answer'): string | null {
  if (text.trim().length === 0) {
    return what === 'question' ? 'Skriv spørgsmålet' : 'Skriv svaret';
  }
  return null;
}

/**
 * Why this initiative cannot be what a question is about, or null. One the actor cannot see does
 * not exist, in the same words as everywhere (another party's draft must not show); the asker's
 * own draft is no subject yet, since the administration does not see it.
 */
export function questionInitiativeProblem(
  actor: Actor,
  number: string,
  initiative: Initiative | null,
): string | null {
  if (!initiative || !canSeeInitiative(actor, initiative)) {
    return `Forslag ${number} findes ikke i budgetrunden`;
  }
  if (initiative.state === 'draft') {
    return `Forslag ${number} er en kladde; spørgsmål kan stilles til indsendte forslag`;
  }
  return null;
}

export interface NewQuestion {
  readonly roundId: string;
  readonly partyGroup: string;
  readonly initiative: string | null;
  readonly text: string;
}

/** The question as the round receives it, with the next number. */
export function askedQuestion(
  existing: readonly BudgetQuestion[],
  asked: NewQuestion,
  actor: Actor,
  at: string,
): BudgetQuestion {
  return {
    roundId: asked.roundId,
    number: nextQuestionNumber(existing),
    partyGroup: asked.partyGroup,
    askedBy: actor.id,
    askedByRole: actor.role,
    initiative: asked.initiative,
    text: asked.text.trim(),
    askedAt: at,
    answer: null,
    replacedAnswers: [],
  };
}

/**
 * Why this actor may not answer the question with this text, or null. Only the administration
 * answers; an answered question may be answered again, which corrects the answer (see
 * `answeredQuestion`).
 */
export function answerRefusal(
  actor: Actor,
  question: BudgetQuestion | undefined,
  number: number,
  text: string,
): Refusal | null {
  if (actor.role !== 'administration') {
    return refusal('forbidden', 'Kun administrationen besvarer budgetspørgsmål');
  }
  if (!question) return refusal('invalidState', `Budgetspørgsmål ${number} findes ikke`);
  const problem = questionTextProblem(text, 'answer');
  return problem ? refusal('invalidData', problem) : null;
}

/**
 * The question after an answer. The first answers it; a later one with another text corrects
 * the answer, keeping the replaced one (released answers stay what the parties saw until the
 * correction is released too); the same text again changes nothing, so a repeated request does
 * not make a correction.
 */
export function answeredQuestion(
  question: BudgetQuestion,
  answer: QuestionAnswer,
): { question: BudgetQuestion; changed: boolean; corrected: boolean } {
  const text = answer.text.trim();
  if (question.answer?.text === text) return { question, changed: false, corrected: false };
  const corrected = question.answer !== null;
  return {
    question: {
      ...question,
      answer: { ...answer, text },
      replacedAnswers: question.answer
        ? [...question.replacedAnswers, question.answer]
        : question.replacedAnswers,
    },
    changed: true,
    corrected,
  };
}

/** When the question was first answered: what counts for being late, a correction does not. */
export function firstAnsweredAt(
  question: Pick<BudgetQuestion, 'answer' | 'replacedAnswers'>,
): string | null {
  return question.replacedAnswers[0]?.at ?? question.answer?.at ?? null;
}

/**
 * When the answer is due: at the round's answer deadline, for a question asked before it; else
 * (no answer deadline, or asked after it) the round's number of working days after the question
 * was asked, at the end of the office day. A moved answer deadline moves the due dates with it.
 */
export function questionDueAt(
  question: Pick<BudgetQuestion, 'askedAt'>,
  calendar: RoundCalendar,
): string {
  const deadline = findMilestone(calendar, 'answerDeadline');
  if (deadline && Date.parse(milestoneAt(deadline)) > Date.parse(question.askedAt)) {
    return milestoneAt(deadline);
  }
  const workingDays = calendar.questionAnswerWorkingDays ?? DEFAULT_QUESTION_ANSWER_WORKING_DAYS;
  return instantOf(addWorkingDays(localDateOf(question.askedAt), workingDays), QUESTION_DUE_TIME);
}

export const questionStates = ['open', 'answered', 'overdue'] as const;
export type QuestionState = (typeof questionStates)[number];

export const questionStateLabels: Record<QuestionState, string> = {
  open: 'Afventer svar',
  answered: 'Besvaret',
  overdue: 'Svarfristen er overskredet',
};

/**
 * Where a question stands at `now`, given when its answer is due: answered, or waiting for an
 * answer, in time or past its due date; and whether the first answer came after the due date.
 */
export function questionStatus(
  question: Pick<BudgetQuestion, 'answer' | 'replacedAnswers'>,
  dueAt: string,
  now: string,
): { state: QuestionState; answeredLate: boolean } {
  const answeredAt = firstAnsweredAt(question);
  const due = Date.parse(dueAt);
  return {
    state: question.answer ? 'answered' : due < Date.parse(now) ? 'overdue' : 'open',
    answeredLate: answeredAt !== null && Date.parse(answeredAt) > due,
  };
}

export function questionState(
  question: BudgetQuestion,
  calendar: RoundCalendar,
  now: string,
): QuestionState {
  return questionStatus(question, questionDueAt(question, calendar), now).state;
}

/** Whether the first answer came after the due date. */
export function answeredLate(question: BudgetQuestion, calendar: RoundCalendar): boolean {
  return questionStatus(question, questionDueAt(question, calendar), question.askedAt).answeredLate;
}

/**
 * The answer a reader may see. With fair publication an answer waits for the round's release
 * (the administration and coordinators see it at once); a correction not yet released leaves the
 * released answer it replaces in view. `answerHeldBack` tells the reader that the question is
 * answered (or corrected) and the answer will be published to all party groups at once.
 */
export function answerAsSeenBy(
  question: Pick<BudgetQuestion, 'answer' | 'replacedAnswers'>,
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): { answer: QuestionAnswer | null; answerHeldBack: boolean } {
  if (!question.answer) return { answer: null, answerHeldBack: false };
  const answers = [...question.replacedAnswers, question.answer];
  const visible =
    answers.reverse().find((answer) => visibleToActor(actor, answer.at, publication)) ?? null;
  return { answer: visible, answerHeldBack: visible !== question.answer };
}

/** The question as a notification names it. */
export function questionRef(question: BudgetQuestion): QuestionRef {
  const { number, partyGroup, initiative, text } = question;
  return { number, partyGroup, initiative, text };
}
