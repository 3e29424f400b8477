import { requestIdOf } from '@budgetflow/workflows';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { runWithRequestId } from '@budgetflow/observability';

/**
 * An activity runs in the request id its workflow gave it (a header): its log lines name it, and
 * the Temporal calls it makes (a merge asking its target, the agreement taking a step) pass it on.
 */
export const requestIdActivityInterceptors: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        requestId = requestIdOf(input.headers);
        return runWithRequestId(requestId, () => next(input));
      },
    },
    outbound: {
      getLogAttributes: (input, next) =>
        next(requestId === undefined ? input : { ...input, requestId }),
    },
  };
};
