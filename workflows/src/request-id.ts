import { defaultPayloadConverter, type Headers } from '@temporalio/common';

/**
 * The id of the HTTP request that a piece of work was done for. It travels as a Temporal header:
 * from the API's client to the workflow, from the workflow to its activities and to the workflows
 * it signals, and from an activity's client calls on, so that one request's log lines can be
 * found in every process it touched.
 */
export const REQUEST_ID_HEADER = 'budgetflow-request-id';

/** What a request id may look like: a client's own (X-Request-Id) is taken only if it fits. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id a set of headers carries; undefined without one (or with a malformed one). */
export function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' && REQUEST_ID_PATTERN.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The headers with the request id added; the same headers when there is none. */
export function withRequestId(headers: Headers, requestId: string | undefined): Headers {
  if (requestId === undefined) return headers;
  return { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) };
}
