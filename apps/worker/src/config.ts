import { z } from 'zod';

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
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

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
