import { requestIdClientInterceptor } from '@budgetflow/observability';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { ApiConfig } from '../config/api-config';

/**
 * The API's Temporal client sends each request's id with its calls, and with OTEL_ENABLED a span
 * that the workflow and its activities continue. OpenTelemetry is loaded only then.
 */
export async function workflowClientInterceptors(
  config: ApiConfig,
): Promise<WorkflowClientInterceptor[]> {
  if (config.OTEL_ENABLED !== 'true') return [requestIdClientInterceptor()];
  const { tracingClientInterceptor } = await import('@budgetflow/tracing');
  return [requestIdClientInterceptor(), tracingClientInterceptor()];
}
