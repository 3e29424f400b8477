// Shared jest set-up: TypeScript through SWC (with decorator metadata, which NestJS needs),
// unit specs beside the code (*.spec.ts) and integration suites in test/ (*.test.ts).
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

function projectConfig(name, rootDir) {
  return {
    displayName: name,
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': swcTransform },
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  };
}

module.exports = { projectConfig, swcTransform };
