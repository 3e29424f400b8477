// jest globalSetup (root jest.config.js): plain CommonJS that hands over to TypeScript.
require('@swc-node/register');

module.exports = () => require('./test-stack.ts').setUpTestStack();
