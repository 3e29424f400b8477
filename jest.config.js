// One jest run over every project, with one PostgreSQL and one Temporal dev server for the
// whole run (libs/testing starts them, or uses DATABASE_URL / TEMPORAL_ADDRESS when set).
module.exports = {
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/libs/persistence',
    '<rootDir>/libs/notifications',
    '<rootDir>/libs/documents',
    '<rootDir>/libs/local-stack',
    '<rootDir>/libs/testing',
    '<rootDir>/workflows',
    '<rootDir>/apps/worker',
    '<rootDir>/apps/cli',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
    '<rootDir>/apps/web-e2e',
  ],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.js',
  testTimeout: 60000,
};
