// Helpers for test files. The jest global set-up (global-setup.js) provides the servers.
export {
  ENV,
  TEMPLATE_DATABASE,
  testPgUrl,
  testTemporalAddress,
  testNamespace,
  workflowBundlePath,
} from './env';
export { createTestDatabase, type TestDatabase } from './test-database';
export { uniqueId } from './unique-id';
