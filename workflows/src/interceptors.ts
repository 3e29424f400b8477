import {
  AsyncLocalStorage,
  log,
  type Next,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { requestIdOf, withRequestId } from './request-id';

// Not a workflow: the interceptors every workflow of the bundle runs with (workflowBundleOptions).
// A message (update, signal, the start) brings the request id of whoever sent it; the work it
// sets off (activities, signals to other workflows) carries it on, and the workflow's log lines
// name it. Nothing here issues a command or awaits anything, so replay is unaffected.

/** The request id of the message being handled, across the handler's awaits. */
const current = new AsyncLocalStorage<string | undefined>();

/** Logs how a handler ended without touching the promise the SDK awaits (no extra yield). */
function logOutcome(outcome: Promise<unknown>, what: string, name: Record<string, string>): void {
  void outcome.then(
    () => log.info(`${what} handled`, name),
    // A refusal is an answer, not a fault: the caller hears of it.
    (error: unknown) => log.info(`${what} refused or failed`, { ...name, error: String(error) }),
  );
}

const inbound: WorkflowInboundCallsInterceptor = {
  execute: (input, next) => current.run(requestIdOf(input.headers), () => next(input)),
  validateUpdate: (input, next) => current.run(requestIdOf(input.headers), () => next(input)),
  handleUpdate: (input, next) =>
    current.run(requestIdOf(input.headers), () => {
      const outcome = next(input);
      logOutcome(outcome, 'Update', { update: input.name });
      return outcome;
    }),
  handleSignal: (input, next) =>
    current.run(requestIdOf(input.headers), () => {
      const outcome = next(input);
      logOutcome(outcome, 'Signal', { signal: input.signalName });
      return outcome;
    }),
};

/** Adds the current request id to the headers of an outgoing call. */
function carried<I extends { readonly headers: Parameters<typeof withRequestId>[0] }, O>(
  next: (input: I) => O,
): (input: I) => O {
  return (input) => next({ ...input, headers: withRequestId(input.headers, current.getStore()) });
}

const outbound: WorkflowOutboundCallsInterceptor = {
  scheduleActivity: (input, next) => carried(next)(input),
  scheduleLocalActivity: (input, next) => carried(next)(input),
  signalWorkflow: (input, next) => carried(next)(input),
  startChildWorkflowExecution: (input, next) => carried(next)(input),
  getLogAttributes: (input, next: Next<WorkflowOutboundCallsInterceptor, 'getLogAttributes'>) => {
    const requestId = current.getStore();
    return next(requestId === undefined ? input : { ...input, requestId });
  },
};

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [inbound],
  outbound: [outbound],
});
