import { withRequestId } from '@budgetflow/workflows';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import { currentRequestId } from './request-context';

/**
 * Sends the request id of the work under way with every call that reaches a workflow: starts,
 * updates (with or without start), signals and queries. The workflow's interceptors take it on.
 */
export function requestIdClientInterceptor(): WorkflowClientInterceptor {
  const headers = (input: { readonly headers: Parameters<typeof withRequestId>[0] }) =>
    withRequestId(input.headers, currentRequestId());
  return {
    start: (input, next) => next({ ...input, headers: headers(input) }),
    startWithDetails: (input, next) => next({ ...input, headers: headers(input) }),
    startUpdate: (input, next) => next({ ...input, headers: headers(input) }),
    startUpdateWithStart: (input, next) =>
      next({
        ...input,
        workflowStartHeaders: withRequestId(input.workflowStartHeaders, currentRequestId()),
        updateHeaders: withRequestId(input.updateHeaders, currentRequestId()),
      }),
    signal: (input, next) => next({ ...input, headers: headers(input) }),
    signalWithStart: (input, next) => next({ ...input, headers: headers(input) }),
    query: (input, next) => next({ ...input, headers: headers(input) }),
  };
}
