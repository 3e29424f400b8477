import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
  type OpenTelemetryWorkflowExporter,
} from '@temporalio/interceptors-opentelemetry';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { ActivityInterceptorsFactory, InjectedSink } from '@temporalio/worker';
import type { Tracing } from './tracing';

/** The OpenTelemetry interceptors' module for workflows: it must be bundled with them. */
export const tracingWorkflowModule =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** Spans for every client call to a workflow, continued in the workflow and its activities. */
export function tracingClientInterceptor(): WorkflowClientInterceptor {
  return new OpenTelemetryWorkflowClientInterceptor();
}

/** What a worker needs to trace: spans for activities, and a sink for the workflows' spans. */
export function workerTracing(tracing: Tracing): {
  activity: ActivityInterceptorsFactory;
  sinks: { exporter: InjectedSink<OpenTelemetryWorkflowExporter> };
} {
  return {
    activity: (ctx) => ({
      inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
      outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
    }),
    sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
  };
}
