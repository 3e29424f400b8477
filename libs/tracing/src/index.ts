// OpenTelemetry tracing through the Temporal interceptors: a library of its own because it is
// only ever loaded lazily, when tracing is switched on (OTEL_ENABLED), never at start-up.
export * from './tracing';
export * from './temporal-tracing';
