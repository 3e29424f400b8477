const { projectConfig, swcTransform } = require('../../jest.preset');

// The web app as people use it: the built app (npm run build:web) in Chromium, served by the API,
// with the worker, as separate processes on the jest run's PostgreSQL and Temporal.
// Making the demo accounts loads apps/api, hence jose (ES modules only) compiled as in apps/api.
const config = projectConfig('web-e2e', __dirname);

module.exports = {
  ...config,
  testMatch: ['<rootDir>/src/**/*.e2e.test.ts'],
  transform: { ...config.transform, '/node_modules/jose/.+\\.js$': swcTransform },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
