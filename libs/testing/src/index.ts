// Helpers for test files. The jest global set-up (global-setup.js) provides the servers.
export {
  ENV,
  TEMPLATE_DATABASE,
  testPgUrl,
  testTemporalAddress,
  testNamespace,
  workflowBundlePath,
  temporalTestServerPath,
} from './env';
export { createTimeSkippingEnvironment } from './time-skipping';
export { createTestDatabase, type TestDatabase } from './test-database';
export { uniqueId } from './unique-id';
export { bundleWorkflows } from './test-stack';
