// What the jest global set-up hands to the test processes, through process.env.

export const ENV = {
  /** Admin URL (database `postgres`) of the test PostgreSQL server. */
  pgUrl: 'BUDGETFLOW_TEST_PG_URL',
  temporalAddress: 'TEMPORAL_ADDRESS',
  temporalNamespace: 'TEMPORAL_NAMESPACE',
  /** Path of the workflow bundle built once per run: Worker `workflowBundle: { codePath }`. */
  workflowBundle: 'BUDGETFLOW_WORKFLOW_BUNDLE',
  temporalBinary: 'TEMPORAL_BINARY',
  /** Temporal's time-skipping test server, for tests of timers that span months. */
  temporalTestServer: 'TEMPORAL_TEST_SERVER_BINARY',
} as const;

/** Migrated once per run; each test database is a copy of it. */
export const TEMPLATE_DATABASE = 'budgetflow_template';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run tests through the root jest config (npm test), ` +
        'whose global set-up provides it.',
    );
  }
  return value;
}

export const testPgUrl = (): string => requireEnv(ENV.pgUrl);
export const testTemporalAddress = (): string => requireEnv(ENV.temporalAddress);
export const testNamespace = (): string => process.env[ENV.temporalNamespace] || 'default';
export const workflowBundlePath = (): string => requireEnv(ENV.workflowBundle);
export const temporalTestServerPath = (): string => requireEnv(ENV.temporalTestServer);
