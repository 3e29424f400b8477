import { addWorkingDays } from './working-days';
import { instantOf, type LocalDate, type LocalTime } from './time';

/** The dated milestones of a round, each a date and time in Copenhagen. */
export const milestoneKinds = [
  'submissionDeadline',
  'negotiationStart',
  'negotiationEnd',
  'budgetAgreement',
  'meeting',
  'questionDeadline',
  'answerDeadline',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneKindLabels: Record<MilestoneKind, string> = {
  submissionDeadline: 'Frist for indsendelse af budgetinitiativer',
  negotiationStart: 'Budgetforhandlingerne begynder',
  negotiationEnd: 'Budgetforhandlingerne slutter',
  budgetAgreement: 'Budgetaftalen indgås',
  meeting: 'Møde',
  questionDeadline: 'Frist for budgetspørgsmål',
  answerDeadline: 'Frist for svar på budgetspørgsmål',
};

/** The political bodies whose meetings the round works towards. */
export const politicalBodies = ['forretningsudvalget', 'regionsraadet', 'udvalg'] as const;
export type PoliticalBody = (typeof politicalBodies)[number];

export const politicalBodyLabels: Record<PoliticalBody, string> = {
  forretningsudvalget: 'Forretningsudvalget',
  regionsraadet: 'Regionsrådet',
  udvalg: 'Udvalget',
};

export interface Meeting {
  readonly body: PoliticalBody;
  /** The committee's name when the body is a committee, e.g. "Udvalg for det nære sundhedsvæsen". */
  readonly committee?: string;
  /** Material for the agenda must be ready this many working days before the meeting. */
  readonly agendaDeadlineWorkingDays: number;
  /** The meeting that adopts the budget ends the round. */
  readonly adoptsBudget?: boolean;
}

export interface Milestone {
  /** Stable within the round, so that a moved meeting is the same meeting: "regionsraadet-2-sep". */
  readonly id: string;
  readonly kind: MilestoneKind;
  readonly title: string;
  readonly date: LocalDate;
  readonly time: LocalTime;
  readonly meeting?: Meeting;
}

export interface ReminderPolicy {
  /** Working days before the submission deadline at which party groups are reminded of drafts. */
  readonly submissionReminderWorkingDays: readonly number[];
  /** Working days before a review is due at which the administration is reminded. */
  readonly reviewReminderWorkingDays: readonly number[];
  /** Working days before a meeting's agenda deadline at which coordinators get the open list. */
  readonly agendaReminderWorkingDays: number;
  /**
   * Working days before a budget question's answer is due at which the administration is
   * reminded. Absent in calendars from before budget questions: the default then.
   */
  readonly questionReminderWorkingDays?: readonly number[];
  /** The time of day reminders go out. */
  readonly reminderTime: LocalTime;
}

export interface RoundCalendar {
  readonly milestones: readonly Milestone[];
  /** A review is due this many working days after the initiative was submitted. */
  readonly reviewWorkingDays: number;
  /**
   * A budget question is due this many working days after it was asked when the round has no
   * answer deadline (or it was asked after it). Absent in older calendars: the default then.
   */
  readonly questionAnswerWorkingDays?: number;
  readonly reminders: ReminderPolicy;
}

/** Agenda material is due at noon; a review at the end of the office day. */
export const AGENDA_DEADLINE_TIME: LocalTime = '12:00';
export const REVIEW_DUE_TIME: LocalTime = '16:00';

export const defaultReminderPolicy: ReminderPolicy = {
  submissionReminderWorkingDays: [5, 1],
  reviewReminderWorkingDays: [2],
  agendaReminderWorkingDays: 1,
  reminderTime: '09:00',
};

export const DEFAULT_REVIEW_WORKING_DAYS = 10;
export const DEFAULT_QUESTION_ANSWER_WORKING_DAYS = 5;
export const DEFAULT_QUESTION_REMINDER_WORKING_DAYS: readonly number[] = [1];

export const emptyCalendar: RoundCalendar = {
  milestones: [],
  reviewWorkingDays: DEFAULT_REVIEW_WORKING_DAYS,
  reminders: defaultReminderPolicy,
};

/** The milestones that occur at most once in a round, in the order they must come. */
const orderedOnce: readonly MilestoneKind[] = [
  'submissionDeadline',
  'negotiationStart',
  'negotiationEnd',
  'budgetAgreement',
];

export function milestoneAt(milestone: Pick<Milestone, 'date' | 'time'>): string {
  return instantOf(milestone.date, milestone.time);
}

export function findMilestone(
  calendar: RoundCalendar,
  kind: Exclude<MilestoneKind, 'meeting'>,
): Milestone | undefined {
  return calendar.milestones.find((milestone) => milestone.kind === kind);
}

export function meetingsOf(calendar: RoundCalendar): (Milestone & { meeting: Meeting })[] {
  return calendar.milestones.filter(
    (milestone): milestone is Milestone & { meeting: Meeting } =>
      milestone.kind === 'meeting' && milestone.meeting !== undefined,
  );
}

/** The date by which a meeting's material must be ready: working days before the meeting. */
export function agendaDeadlineOf(meeting: Pick<Milestone, 'date'> & { meeting: Meeting }): {
  date: LocalDate;
  time: LocalTime;
  at: string;
} {
  const date = addWorkingDays(meeting.date, -meeting.meeting.agendaDeadlineWorkingDays);
  return { date, time: AGENDA_DEADLINE_TIME, at: instantOf(date, AGENDA_DEADLINE_TIME) };
}

/** Why a calendar cannot be used, or null. Field-level checks are the schema's. */
export function calendarProblem(calendar: RoundCalendar): string | null {
  const ids = new Set<string>();
  for (const milestone of calendar.milestones) {
    if (ids.has(milestone.id)) return `To milepæle har samme id: ${milestone.id}`;
    ids.add(milestone.id);
    if (milestone.kind === 'meeting' && !milestone.meeting) {
      return `Mødet ${milestone.title} mangler oplysninger om mødet`;
    }
    if (milestone.kind !== 'meeting' && milestone.meeting) {
      return `Kun møder har mødeoplysninger (${milestone.title})`;
    }
  }
  for (const kind of orderedOnce) {
    if (calendar.milestones.filter((milestone) => milestone.kind === kind).length > 1) {
      return `Kalenderen har mere end én milepæl af typen "${milestoneKindLabels[kind]}"`;
    }
  }
  for (const kind of ['questionDeadline', 'answerDeadline'] as const) {
    if (calendar.milestones.filter((milestone) => milestone.kind === kind).length > 1) {
      return `Kalenderen har mere end én milepæl af typen "${milestoneKindLabels[kind]}"`;
    }
  }
  const questions = findMilestone(calendar, 'questionDeadline');
  const answers = findMilestone(calendar, 'answerDeadline');
  if (
    questions &&
    answers &&
    Date.parse(milestoneAt(answers)) < Date.parse(milestoneAt(questions))
  ) {
    return 'Fristen for svar på budgetspørgsmål kan ikke ligge før fristen for budgetspørgsmål';
  }
  for (const meeting of meetingsOf(calendar)) {
    if (agendaDeadlineOf(meeting).at >= milestoneAt(meeting)) {
      return `Dagsordensfristen for ${meeting.title} skal ligge før mødet`;
    }
  }
  const adopting = meetingsOf(calendar).filter((milestone) => milestone.meeting.adoptsBudget);
  if (adopting.length > 1) return 'Kun ét møde kan vedtage budgettet';
  const agreement = calendar.milestones.find((milestone) => milestone.kind === 'budgetAgreement');
  if (adopting[0] && agreement && milestoneAt(adopting[0]) < milestoneAt(agreement)) {
    return 'Budgettet kan ikke vedtages, før budgetaftalen er indgået';
  }
  const present = orderedOnce
    .map((kind) => calendar.milestones.find((milestone) => milestone.kind === kind))
    .filter((milestone): milestone is Milestone => milestone !== undefined);
  for (let i = 1; i < present.length; i++) {
    if (milestoneAt(present[i]!) < milestoneAt(present[i - 1]!)) {
      return `${milestoneKindLabels[present[i]!.kind]} kan ikke ligge før ${milestoneKindLabels[
        present[i - 1]!.kind
      ].toLowerCase()}`;
    }
  }
  return null;
}

export interface MilestoneChange {
  readonly id: string;
  readonly title: string;
  readonly kind: MilestoneKind;
  /** null when the milestone is new. */
  readonly before: { readonly date: LocalDate; readonly time: LocalTime } | null;
  /** null when the milestone was removed. */
  readonly after: { readonly date: LocalDate; readonly time: LocalTime } | null;
}

/** What moved, appeared or disappeared between two versions of a calendar. */
export function calendarChanges(before: RoundCalendar, after: RoundCalendar): MilestoneChange[] {
  const changes: MilestoneChange[] = [];
  const old = new Map(before.milestones.map((milestone) => [milestone.id, milestone]));
  for (const milestone of after.milestones) {
    const previous = old.get(milestone.id);
    old.delete(milestone.id);
    if (previous && previous.date === milestone.date && previous.time === milestone.time) continue;
    changes.push({
      id: milestone.id,
      title: milestone.title,
      kind: milestone.kind,
      before: previous ? { date: previous.date, time: previous.time } : null,
      after: { date: milestone.date, time: milestone.time },
    });
  }
  for (const removed of old.values()) {
    changes.push({
      id: removed.id,
      title: removed.title,
      kind: removed.kind,
      before: { date: removed.date, time: removed.time },
      after: null,
    });
  }
  return changes;
}
