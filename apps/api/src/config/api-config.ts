import { z } from 'zod';

const apiConfigSchema = z.object({
  DATABASE_URL: z.string().min(1),
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('budgetflow'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where people reach Budgetflow: links in e-mails and calendar feeds start here. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Signs the addresses of the calendar feeds; set it in production, the same on every replica. */
  CALENDAR_FEED_SECRET: z.string().min(16).default('budgetflow-development-only-feed-secret'),
  /** The SMTP server e-mail goes out through; without it e-mails wait in the outbox. */
  SMTP_HOST: unsetWhenEmpty(z.string().min(1).optional()),
  /** Default 465 when SMTP_SECURE, else 587. */
  SMTP_PORT: unsetWhenEmpty(z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_USER: unsetWhenEmpty(z.string().min(1).optional()),
  SMTP_PASSWORD: unsetWhenEmpty(z.string().optional()),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  MAIL_FROM: z.string().min(1).default('Budgetflow <budgetflow@localhost>'),
  /** "off": this replica sends no e-mail (another one does, or none should). */
  NOTIFICATIONS_DISPATCH: z.enum(['on', 'off']).default('on'),
  MAIL_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** Back-off of a failed e-mail: doubles from the base up to the cap; gives up after the last attempt. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(24),
});

/** An empty variable (SMTP_HOST=) counts as unset. */
function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

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
