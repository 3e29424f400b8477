import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  readonly resource: Resource;
  readonly spanProcessor: SpanProcessor;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing for this process (OTEL_ENABLED): spans go to an OTLP/HTTP collector at
 * `endpoint` (the standard OTEL_EXPORTER_OTLP_ENDPOINT, `/v1/traces` appended). Registered as the
 * global tracer provider, with W3C trace context and an async-hooks context manager, so the
 * Temporal interceptors and the API's request spans find it. Imported only when tracing is on.
 */
export function startTracing(options: { serviceName: string; endpoint: string }): Tracing {
  const resource = new Resource({ [ATTR_SERVICE_NAME]: options.serviceName });
  const spanProcessor = new BatchSpanProcessor(
    new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }),
  );
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  return { resource, spanProcessor, shutdown: () => provider.shutdown() };
}
