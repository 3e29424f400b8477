// `npm test`: typecheck, lint, format check, then every jest project. Logic in test.ts.
require('@swc-node/register');
require('./test.ts');
