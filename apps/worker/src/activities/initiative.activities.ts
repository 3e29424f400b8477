import { refusal } from '@budgetflow/domain';
import type { ProjectionRepository } from '@budgetflow/persistence';
import {
  type InitiativeActivities,
  initiativeWorkflowId,
  refusalFailure,
  refusalIn,
  transitionUpdate,
} from '@budgetflow/workflows';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';

export interface InitiativeActivityDeps {
  readonly projections: ProjectionRepository;
  readonly temporal: Client;
}

/** The initiative workflow's activities, built from their dependencies. */
export function createInitiativeActivities({
  projections,
  temporal,
}: InitiativeActivityDeps): InitiativeActivities {
  return {
    async recordTransition(projection) {
      await projections.recordTransition(projection);
    },

    async absorbIntoTarget({ roundId, source, target, actor, requestId }) {
      const handle = temporal.workflow.getHandle(initiativeWorkflowId(roundId, target));
      try {
        await handle.executeUpdate(transitionUpdate, {
          args: [{ command: { type: 'absorb', source }, actor }],
          updateId: requestId,
        });
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) {
          throw refusalFailure(
            refusal('invalidMergeTarget', `Forslag ${target} findes ikke i budgetrunden`),
          );
        }
        const refused = refusalIn(error);
        if (refused) throw refusalFailure(refused);
        throw error;
      }
    },
  };
}
