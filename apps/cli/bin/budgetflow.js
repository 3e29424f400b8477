#!/usr/bin/env node
// `budgetflow`: the command line, in TypeScript run through SWC as the project's scripts are,
// with the repository's tsconfig wherever it is started from.
const { join } = require('node:path');

process.env.SWC_NODE_PROJECT ??= join(__dirname, '..', '..', '..', 'tsconfig.json');
require('@swc-node/register');
require('../src/main.ts');
