import { z } from 'zod';

const apiConfigSchema = z.object({
  DATABASE_URL: z.string().min(1),
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('budgetflow'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
});

export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Injection token of the validated configuration. */
export const API_CONFIG = Symbol('API_CONFIG');

/** Read once at start-up and injected; nothing else reads process.env. */
export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = apiConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid API configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
