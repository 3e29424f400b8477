import { initiativeWorkflowId } from '@budgetflow/workflows';
import { as, type TestActor } from './actors';
import type { TestSystem } from './test-system';

/**
 * What an initiative has recorded, seen from the read model and from its workflow's history. Read
 * by its submitters (Enhedslisten, as the tests' initiatives are, unless told): only they see a
 * draft.
 */
export async function recorded(
  system: TestSystem,
  number: string,
  reader: TestActor = as.party('Enhedslisten'),
) {
  const response = await system.http.get(system.initiativePath(number), reader).expect(200);
  const history = await system.temporal.workflow
    .getHandle(initiativeWorkflowId(system.roundId, number))
    .fetchHistory();
  const events = history.events ?? [];
  return {
    state: response.body.state as string,
    version: response.body.version as number,
    historyLength: (response.body.history as unknown[]).length,
    body: response.body,
    /** Update events in the workflow's history: accepted ones, and any trace of a rejected one. */
    acceptedUpdates: events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length,
    rejectedUpdates: events.filter((e) => e.workflowExecutionUpdateRejectedEventAttributes).length,
    eventCount: events.length,
  };
}

/**
 * What the initiative holds, without its workflow history: a refused merge leaves the source's
 * state and audit trail as they were, though its history logs the attempt to ask the target.
 */
export function holds(snapshot: Awaited<ReturnType<typeof recorded>>) {
  return { state: snapshot.state, version: snapshot.version, auditEntries: snapshot.historyLength };
}
