import {
  type Actor,
  answeredQuestion,
  answerRefusal,
  askedQuestion,
  askQuestionRefusal,
  type BudgetQuestion,
  calendarChanges,
  calendarProblem,
  emptyCalendar,
  type InitiativeMoved,
  isEscalation,
  planReminders,
  type PlannedReminder,
  questionDueAt,
  questionRef,
  questionTextProblem,
  refusal,
  type Refusal,
  reviewDueAt,
  reviewDueChangeRefusal,
  reviewDueProblem,
  reviewTasksAfter,
  roundManagementRefusal,
  roundPhase,
} from '@budgetflow/domain';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { refusalFailure } from '../initiative/refusal-failure';
import type { RoundActivities } from './activities';
import {
  allowLateSubmissionUpdate,
  answerQuestionUpdate,
  askQuestionUpdate,
  changeCalendarUpdate,
  initiativeMovedSignal,
  type QuestionReceipt,
  roundQuery,
  roundStateQuery,
  type RoundState,
  type RoundView,
  type RoundWorkflowInput,
  roundWorkflowId,
  setReviewDueUpdate,
} from './messages';

// Notifications and the read model must never be given up: an outage only delays them.
const activities = proxyActivities<RoundActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const DEFAULT_MAX_HISTORY_EVENTS = 5_000;

/**
 * A budget round: owns its calendar, the late submissions the coordinators allow, the
 * administration's review tasks and the party groups' budget questions, and keeps the durable
 * timers they call for. Each reminder sleeps until its local time in Copenhagen; a changed date
 * replans them all, so a moved meeting takes its reminders with it and the old ones never fire.
 */
export async function roundWorkflow(input: RoundWorkflowInput): Promise<void> {
  const carried = input.carried?.state;
  let state: RoundState = carried
    ? {
        ...carried,
        questions: carried.questions ?? [],
        questionRequests: carried.questionRequests ?? {},
      }
    : {
        round: input.round,
        calendar: input.calendar ?? emptyCalendar,
        version: 1,
        calendarVersion: 1,
        lateSubmissions: [],
        reviewTasks: [],
        questions: [],
        questionRequests: {},
      };
  const workflowId = roundWorkflowId(state.round.id);
  const planned = new Set(input.carried?.plannedKeys);
  const handled = new Set(input.carried?.handledKeys);
  let replanned = true;
  /** The time the main loop sleeps until (undefined: until something changes). */
  let sleepingUntil: number | undefined;
  /**
   * The read model and the announcements that follow the changes. Each is scheduled at once, in
   * the handler that made the change (never from a later microtask, which replay might order
   * differently); the projection's version guard makes their completion order irrelevant.
   */
  const inFlight = new Set<Promise<void>>();
  function followUp(work: Promise<void>): Promise<void> {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  }

  /**
   * One projection at a time, always of the latest state: a burst of submissions is written in a
   * few projections, not one each. Decided once per run; older runs keep one per change.
   */
  const coalesceProjections = patched('coalesced-round-projection');
  /** The state version the read model holds (as far as this run knows). */
  let projectedVersion = input.carried ? state.version : 0;

  const now = () => new Date().toISOString();

  function view(): RoundView {
    return {
      round: state.round,
      calendar: state.calendar,
      calendarVersion: state.calendarVersion,
      phase: roundPhase(state.calendar, now()),
      lateSubmissions: state.lateSubmissions,
      reviewTasks: state.reviewTasks,
    };
  }

  /** The reminders owed, computed once per state (the loop and the handlers ask often). */
  let planCache: { of: RoundState; reminders: PlannedReminder[] } | undefined;
  function plan(): PlannedReminder[] {
    if (planCache?.of !== state) {
      planCache = {
        of: state,
        reminders: planReminders(state.calendar, state.reviewTasks, state.questions),
      };
    }
    return planCache.reminders;
  }

  /** When the next reminder owed is due; the main loop sleeps until then. */
  function nextReminderAt(): number | undefined {
    const next = plan().find((reminder) => !handled.has(reminder.key));
    return next ? Date.parse(next.at) : undefined;
  }

  /**
   * A reminder that a change brings into being for a moment already past is passed over, not sent
   * late; an escalation is owed all the same. The sleeping loop is woken only when the next
   * reminder is now another, so an unrelated change leaves its timer alone.
   */
  function replan(): void {
    const at = Date.now();
    for (const reminder of plan()) {
      if (planned.has(reminder.key)) continue;
      planned.add(reminder.key);
      if (Date.parse(reminder.at) <= at && !isEscalation(reminder)) handled.add(reminder.key);
    }
    if (nextReminderAt() !== sleepingUntil) replanned = true;
  }

  /** The new state is in force at once; the promise settles when the read model has it. */
  function changed(next: Omit<RoundState, 'version'>): Promise<void> {
    state = { ...next, version: state.version + 1 };
    replan();
    if (!coalesceProjections) return followUp(activities.projectRound(snapshotOf(state)));
    const version = state.version;
    return condition(() => projectedVersion >= version);
  }

  /** Keeps the read model up with the state, one projection at a time. */
  async function keepProjected(): Promise<void> {
    for (;;) {
      await condition(() => state.version > projectedVersion);
      const projected = state;
      await activities.projectRound(snapshotOf(projected));
      projectedVersion = projected.version;
    }
  }

  /** What the read model is given: the round's state without the bookkeeping of requests. */
  function snapshotOf({ questionRequests: _requests, ...of }: RoundState) {
    return { workflowId, ...of };
  }

  function refuseIf(found: Refusal | null): void {
    if (found) throw refusalFailure(found);
  }

  function questionNumbered(number: number): BudgetQuestion | undefined {
    return state.questions.find((question) => question.number === number);
  }

  function receipt(number: number): QuestionReceipt {
    const question = questionNumbered(number)!;
    return { question, dueAt: questionDueAt(question, state.calendar) };
  }

  /** The number a retried ask already got, by its update id (kept across continue-as-new). */
  function askedBefore(): number | undefined {
    const requestId = currentUpdateInfo()?.id;
    return requestId === undefined ? undefined : state.questionRequests[requestId];
  }

  setHandler(roundQuery, view);
  setHandler(roundStateQuery, () => snapshotOf(state));

  setHandler(
    changeCalendarUpdate,
    async ({ calendar, actor }) => {
      const before = state.calendar;
      const projected = changed({ ...state, calendar, calendarVersion: state.calendarVersion + 1 });
      const changes = calendarChanges(before, calendar);
      const announced =
        changes.length === 0
          ? Promise.resolve()
          : followUp(
              activities.announceCalendarChange({
                round: state.round,
                calendarVersion: state.calendarVersion,
                changes,
                actorId: actor.id,
                at: now(),
              }),
            );
      await Promise.all([projected, announced]);
      return view();
    },
    {
      validator: ({ calendar, actor }) => {
        refuseIf(roundManagementRefusal(actor, 'ændre budgetrundens kalender'));
        const problem = calendarProblem(calendar);
        if (problem) throw refusalFailure(refusal('invalidData', problem));
      },
    },
  );

  setHandler(
    allowLateSubmissionUpdate,
    async ({ number, actor, comment }) => {
      if (!state.lateSubmissions.some((late) => late.number === number)) {
        const late = { number, allowedBy: actor.id, at: now(), comment: comment ?? null };
        await changed({ ...state, lateSubmissions: [...state.lateSubmissions, late] });
      }
      return view();
    },
    { validator: ({ actor }) => refuseIf(allowLateRefusal(actor)) },
  );

  setHandler(
    setReviewDueUpdate,
    async ({ number, dueDate }) => {
      await changed({
        ...state,
        reviewTasks: state.reviewTasks.map((task) =>
          task.number === number ? { ...task, dueOverride: dueDate } : task,
        ),
      });
      return view();
    },
    {
      validator: ({ number, dueDate, actor }) => {
        refuseIf(reviewDueChangeRefusal(actor));
        const task = state.reviewTasks.find((candidate) => candidate.number === number);
        if (!task || task.closedAt !== null) {
          throw refusalFailure(
            refusal('invalidState', `Forslag ${number} har ingen åben administrativ behandling`),
          );
        }
        const problem = dueDate === null ? null : reviewDueProblem(task, dueDate);
        if (problem) throw refusalFailure(refusal('invalidData', problem));
      },
    },
  );

  // A party group's budget question: numbered here, one after the other, never twice.
  setHandler(
    askQuestionUpdate,
    async ({ partyGroup, initiative, text, actor }) => {
      const earlier = askedBefore();
      if (earlier !== undefined) return receipt(earlier);
      const question = askedQuestion(
        state.questions,
        { roundId: state.round.id, partyGroup, initiative, text },
        actor,
        now(),
      );
      const requestId = currentUpdateInfo()?.id;
      const projected = changed({
        ...state,
        questions: [...state.questions, question],
        questionRequests: requestId
          ? { ...state.questionRequests, [requestId]: question.number }
          : state.questionRequests,
      });
      const announced = followUp(
        activities.announceQuestion({
          roundId: state.round.id,
          question: questionRef(question),
          dueAt: questionDueAt(question, state.calendar),
          actorId: actor.id,
          at: question.askedAt,
        }),
      );
      await Promise.all([projected, announced]);
      return receipt(question.number);
    },
    {
      validator: ({ partyGroup, text, actor }) => {
        if (askedBefore() !== undefined) return;
        refuseIf(askQuestionRefusal(actor, partyGroup, state.calendar, now()));
        const problem = questionTextProblem(text, 'question');
        if (problem) throw refusalFailure(refusal('invalidData', problem));
      },
    },
  );

  // The administration's answer; a new text later corrects it, the same text changes nothing.
  setHandler(
    answerQuestionUpdate,
    async ({ number, text, actor }) => {
      const after = answeredQuestion(questionNumbered(number)!, { text, by: actor.id, at: now() });
      if (!after.changed) return receipt(number);
      const projected = changed({
        ...state,
        questions: state.questions.map((question) =>
          question.number === number ? after.question : question,
        ),
      });
      const announced = followUp(
        activities.announceAnswer({
          roundId: state.round.id,
          question: questionRef(after.question),
          answer: after.question.answer!,
          answerCount: after.question.replacedAnswers.length + 1,
          corrected: after.corrected,
        }),
      );
      await Promise.all([projected, announced]);
      return receipt(number);
    },
    {
      validator: ({ number, text, actor }) =>
        refuseIf(answerRefusal(actor, questionNumbered(number), number, text)),
    },
  );

  setHandler(initiativeMovedSignal, (moved: InitiativeMoved) => {
    const after = reviewTasksAfter(state.reviewTasks, moved);
    if (!after.opened && !after.closed) return;
    void changed({ ...state, reviewTasks: after.tasks });
    if (after.opened) {
      const { number, title, partyGroups } = after.opened;
      void followUp(
        activities.announceReviewTask({
          roundId: state.round.id,
          initiative: { number, title, partyGroups },
          dueAt: reviewDueAt(after.opened, state.calendar),
          at: now(),
        }),
      );
    }
  });

  replan();
  // The read model learns of the round, and the calendar it was opened with, from the start.
  if (coalesceProjections) void keepProjected();
  else if (!input.carried) void followUp(activities.projectRound(snapshotOf(state)));
  const maxHistoryEvents = input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;
  const handOver = () =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= maxHistoryEvents;

  // The round lives until it is closed down; its timers are the reminders still owed.
  while (!handOver()) {
    replanned = false;
    const pending = plan().filter((reminder) => !handled.has(reminder.key));
    const due = pending.filter((reminder) => Date.parse(reminder.at) <= Date.now());
    for (const reminder of due) {
      const question = questionOf(reminder);
      await activities.sendReminder({
        round: state.round,
        reminder,
        initiative: initiativeOf(reminder),
        ...(question ? { question } : {}),
        at: now(),
      });
      handled.add(reminder.key);
    }
    if (due.length > 0) continue;
    const next = pending[0];
    sleepingUntil = next ? Date.parse(next.at) : undefined;
    if (next) {
      await condition(() => replanned || handOver(), sleepingUntil! - Date.now());
    } else {
      await condition(() => replanned || handOver());
    }
  }

  // As one condition, so that no change can slip in between the check and the hand-over.
  await condition(
    () =>
      allHandlersFinished() &&
      inFlight.size === 0 &&
      (!coalesceProjections || projectedVersion >= state.version),
  );
  await continueAsNew<typeof roundWorkflow>({
    ...input,
    carried: { state, plannedKeys: [...planned], handledKeys: [...handled] },
  });

  function initiativeOf(reminder: PlannedReminder) {
    if (reminder.kind !== 'reviewReminder' && reminder.kind !== 'reviewOverdue') return null;
    const task = state.reviewTasks.find((candidate) => candidate.number === reminder.number);
    return task ? { number: task.number, title: task.title, partyGroups: task.partyGroups } : null;
  }

  function questionOf(reminder: PlannedReminder) {
    if (reminder.kind !== 'questionReminder' && reminder.kind !== 'questionOverdue') return null;
    const question = questionNumbered(reminder.questionNumber);
    return question ? questionRef(question) : null;
  }

  function allowLateRefusal(actor: Actor): Refusal | null {
    return roundManagementRefusal(actor, 'tillade en sen indsendelse');
  }
}
