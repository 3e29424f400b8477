// What the API and the worker share to be seen at work: the logger, the request id's context and
// its Temporal client interceptor. Nothing here loads the worker's native runtime or
// OpenTelemetry: tracing is libs/tracing, loaded only when it is switched on.
export * from './client-interceptor';
export * from './logger';
export * from './request-context';
