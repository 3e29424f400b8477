import { z } from 'zod';
import { LOG_LEVELS } from '@budgetflow/observability';

const workerConfigSchema = z.object({
  DATABASE_URL: z.string().min(1),
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('budgetflow'),
  /** A prebuilt workflow bundle (tests and production images); else the worker bundles at start. */
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  /**
   * Workflows kept in memory between their tasks. The rest replay their (short) history when
   * next needed; the SDK's default grows with the heap and lets thousands of open initiatives
   * fill it.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(250),
  /** Where people reach Budgetflow: the links in notifications start here. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** The lowest level of the JSON log lines on stdout. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** The address the metrics and health ports listen on: 0.0.0.0 in a container. */
  WORKER_HOST: z.string().min(1).default('127.0.0.1'),
  /** The Temporal SDK's Prometheus metrics at http://WORKER_HOST:port/metrics; unset: none. */
  WORKER_METRICS_PORT: unsetWhenEmpty(z.coerce.number().int().min(1).max(65535).optional()),
  /** /live and /ready for an orchestrator's probes; unset: none. */
  WORKER_HEALTH_PORT: unsetWhenEmpty(z.coerce.number().int().min(1).max(65535).optional()),
  /** After SIGTERM, how long the tasks under way may take to finish before they are cancelled. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25_000),
  /** OpenTelemetry tracing through the Temporal interceptors; off by default. */
  OTEL_ENABLED: z.enum(['true', 'false']).default('false'),
  /** The OTLP/HTTP collector the spans go to (`/v1/traces` is appended). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().default('http://localhost:4318'),
});

/** An empty variable (WORKER_METRICS_PORT=) counts as unset. */
function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

/** What building a worker needs; the rest of the configuration is the process's (main.ts). */
export type WorkerSettings = Pick<
  WorkerConfig,
  | 'DATABASE_URL'
  | 'TEMPORAL_ADDRESS'
  | 'TEMPORAL_NAMESPACE'
  | 'TEMPORAL_TASK_QUEUE'
  | 'WORKFLOW_BUNDLE_PATH'
  | 'WORKER_MAX_CACHED_WORKFLOWS'
  | 'PUBLIC_URL'
>;

/** Read once at start-up; a missing variable stops the worker with a clear message. */
export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = workerConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid worker configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
