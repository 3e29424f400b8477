import {
  type Actor,
  type Command,
  concernsReviewTasks,
  createInitiative,
  type Decision,
  type Initiative,
  refusal,
  type TransitionRecord,
  transition,
} from '@budgetflow/domain';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  proxyLocalActivities,
  type RetryPolicy,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { initiativeMovedSignal, roundWorkflowId } from '../round/messages';
import type { InitiativeActivities } from './activities';
import {
  createUpdate,
  historyQuery,
  type InitiativeWorkflowInput,
  initiativeQuery,
  initiativeWorkflowId,
  transitionUpdate,
} from './messages';
import { refusalFailure, refusalIn } from './refusal-failure';

// Writing the read model must never be given up: a database outage only delays it.
const retryForever: RetryPolicy = {
  initialInterval: '200 milliseconds',
  maximumInterval: '30 seconds',
};
const { recordTransition } = proxyActivities<InitiativeActivities>({
  startToCloseTimeout: '30 seconds',
  retry: retryForever,
});
/**
 * The same, run by the worker inside the workflow task that took the step: no round trip to the
 * server to hand out an activity task and another to report it, which halves a step's latency.
 * A worker dying mid-way loses the task, and the next worker runs it again; the projection's
 * version guard and unique audit key make the repeat harmless.
 */
const { recordTransition: recordTransitionLocally } = proxyLocalActivities<InitiativeActivities>({
  startToCloseTimeout: '30 seconds',
  retry: retryForever,
});

// The target's answer to a merge: retried until it answers, but a refusal is final.
const { absorbIntoTarget } = proxyActivities<InitiativeActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '30 seconds' },
});

const DEFAULT_MAX_HISTORY_EVENTS = 2_000;

/**
 * One budget initiative, from the party group's draft to its end in the budget agreement, a
 * merge, a rejection or a withdrawal. Every step arrives as an Update; the lifecycle rules of
 * libs/domain decide in the validator, so a refused step leaves no trace in history.
 */
export async function initiativeWorkflow(input: InitiativeWorkflowInput): Promise<void> {
  const { roundId, number, years } = input;
  const workflowId = initiativeWorkflowId(roundId, number);
  let initiative: Initiative | undefined = input.carried?.initiative;
  const records: TransitionRecord[] = [...(input.carried?.records ?? [])];
  /** Set while the target of a merge is being asked: no other step may slip in meanwhile. */
  let mergingInto: string | undefined;

  const now = () => new Date().toISOString();

  function decide(command: Command, actor: Actor): Decision {
    if (!initiative)
      return { ok: false, refusal: refusal('invalidState', `Forslag ${number} findes ikke`) };
    if (mergingInto) {
      return {
        ok: false,
        refusal: refusal(
          'busy',
          `Forslag ${number} er ved at blive indarbejdet i forslag ${mergingInto}`,
        ),
      };
    }
    return transition(initiative, command, actor, now());
  }

  async function record(decision: Decision): Promise<Initiative> {
    if (!decision.ok) throw refusalFailure(decision.refusal);
    initiative = decision.initiative;
    records.push(decision.record);
    const projection = { workflowId, initiative: decision.initiative, record: decision.record };
    if (patched('record-steps-locally')) await recordTransitionLocally(projection);
    else await recordTransition(projection);
    if (patched('report-steps-to-round')) reportToRound(decision.initiative, decision.record);
    return decision.initiative;
  }

  /**
   * The round hears of each step; the step's answer does not wait for it. Sent at once, not from
   * a later microtask, so that replay issues the same commands in the same order.
   */
  const reports = new Set<Promise<void>>();
  function reportToRound(current: Initiative, step: TransitionRecord): void {
    // A draft is its party's own business until it is submitted.
    if (step.command === 'create' || step.command === 'editDraft') return;
    const { submittedBy, title } = current.form;
    const moved = {
      number,
      title,
      partyGroups: submittedBy.kind === 'partyGroups' ? submittedBy.partyGroups : [],
      command: step.command,
      state: step.to,
      at: step.at,
    };
    // The steps that cannot touch a review task stay here: fewer wake-ups of a busy round.
    if (patched('report-review-steps-only') && !concernsReviewTasks(moved)) return;
    const sent = getExternalWorkflowHandle(roundWorkflowId(roundId))
      .signal(initiativeMovedSignal, moved)
      // A round without a workflow (opened before rounds had one) has no review tasks to keep.
      .catch(() => undefined)
      .finally(() => reports.delete(sent));
    reports.add(sent);
  }

  setHandler(initiativeQuery, () => initiative ?? null);
  setHandler(historyQuery, () => records);

  setHandler(
    createUpdate,
    ({ form, actor }) => record(createInitiative({ roundId, number, years, form }, actor, now())),
    {
      validator: ({ form, actor }) => {
        if (initiative)
          throw refusalFailure(refusal('invalidState', `Forslag ${number} findes allerede`));
        const decision = createInitiative({ roundId, number, years, form }, actor, now());
        if (!decision.ok) throw refusalFailure(decision.refusal);
      },
    },
  );

  setHandler(
    transitionUpdate,
    async ({ command, actor }) => {
      if (command.type === 'merge') await askTargetToAbsorb(command.into, actor);
      return record(decide(command, actor));
    },
    {
      validator: ({ command, actor }) => {
        const decision = decide(command, actor);
        if (!decision.ok) throw refusalFailure(decision.refusal);
      },
    },
  );

  /** Both or neither: the source is marked merged only after the target has absorbed it. */
  async function askTargetToAbsorb(target: string, actor: Actor): Promise<void> {
    mergingInto = target;
    try {
      const requestId = `merge/${workflowId}/${(initiative?.version ?? 0) + 1}`;
      await absorbIntoTarget({ roundId, source: number, target, actor, requestId });
    } catch (error) {
      throw refusalFailure(
        refusalIn(error) ??
          refusal(
            'invalidMergeTarget',
            `Forslag ${target} kunne ikke indarbejde forslag ${number}`,
          ),
      );
    } finally {
      mergingInto = undefined;
    }
  }

  // The workflow lives as long as its round; it hands its state on before the history grows large.
  const maxHistoryEvents = input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;
  await condition(
    () =>
      (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= maxHistoryEvents) &&
      initiative !== undefined,
  );
  // Handed on only when nothing is under way: no step, no report to the round. Checked as one
  // condition, so no new step can slip in between the check and the hand-over.
  await condition(() => allHandlersFinished() && reports.size === 0);
  await continueAsNew<typeof initiativeWorkflow>({
    ...input,
    carried: { initiative: initiative!, records },
  });
}
