// jest globalTeardown (root jest.config.js): stops what global-setup.js started.
require('@swc-node/register');

module.exports = () => require('./test-stack.ts').tearDownTestStack();
