import { currentRequestId } from '@budgetflow/observability';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { routeOf } from './route';

/**
 * A server span for every request (OTEL_ENABLED), continuing the caller's trace (W3C
 * traceparent) and holding the request's Temporal calls, whose spans the interceptors add. Named
 * by the route pattern once it is known. Imported only when tracing is on.
 */
export function httpTracing(): RequestHandler {
  const tracer = trace.getTracer('budgetflow-api');
  return (request, response, next) => {
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(
      `${request.method} ${request.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } },
      parent,
    );
    const requestId = currentRequestId();
    if (requestId) span.setAttribute('budgetflow.request_id', requestId);
    response.once('close', () => {
      const route = routeOf(request);
      span.updateName(`${request.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
