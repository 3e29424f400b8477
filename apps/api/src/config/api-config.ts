import { join } from 'node:path';
import { LOG_LEVELS } from '@budgetflow/observability';
import { z } from 'zod';
import { hasWebBuild, webDistOf } from '../web/web-dist';

const apiConfigSchema = z.object({
  DATABASE_URL: z.string().min(1),
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('budgetflow'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address the API listens on: this machine only by default; 0.0.0.0 in a container. */
  API_HOST: z.string().min(1).default('127.0.0.1'),
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
  /** A session ends after this long without a request, and in any case after the absolute limit. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** Session cookies only over HTTPS: on in production, off for http://localhost. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /**
   * Which proxies' X-Forwarded-For the API believes, in Express's terms ('loopback', a subnet
   * such as '172.16.0.0/12', a count of hops): behind the deployment's reverse proxy the client's
   * address is otherwise the proxy's.
   */
  TRUST_PROXY: z.string().trim().min(1).default('loopback'),
  /** Lock-out: this many wrong passwords in a row lock the account for the minutes given. */
  SIGN_IN_LOCK_AFTER: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Origins allowed to call the API from a browser (comma separated); none by default. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    ),
  /** "local": passwords; "oidc": sign-in through an OpenID Connect provider (e.g. Entra ID). */
  AUTH_MODE: z.enum(['local', 'oidc']).default('local'),
  OIDC_ISSUER: unsetWhenEmpty(z.url().optional()),
  OIDC_CLIENT_ID: unsetWhenEmpty(z.string().min(1).optional()),
  OIDC_CLIENT_SECRET: unsetWhenEmpty(z.string().min(1).optional()),
  /** The claim that names the local user: matched against the directory's e-mail addresses. */
  OIDC_USER_CLAIM: z.string().min(1).default('email'),
  /** The lowest level of the JSON log lines on stdout. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Prometheus metrics at http://API_HOST:port/metrics, beside the API, not under it; unset: none. */
  METRICS_PORT: unsetWhenEmpty(z.coerce.number().int().min(0).max(65535).optional()),
  /** After SIGTERM, how long the requests under way may take before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25_000),
  /** OpenTelemetry tracing of requests and their Temporal calls; off by default. */
  OTEL_ENABLED: z.enum(['true', 'false']).default('false'),
  /** The OTLP/HTTP collector the spans go to (`/v1/traces` is appended). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().default('http://localhost:4318'),
  /**
   * The web app's build (index.html, assets/), served beside the API; by default the repository's
   * dist/apps/web when it holds one. Without a build the API serves the API only.
   */
  WEB_DIST: unsetWhenEmpty(z.string().optional())
    .transform(webDistOf)
    .refine((dir) => dir === undefined || hasWebBuild(dir), {
      error: (issue) =>
        `${join(String(issue.input), 'index.html')} is missing (npm run build:web builds the web app)`,
    }),
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
