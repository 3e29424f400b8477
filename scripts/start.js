// `npm start`: the whole app locally. Logic in start.ts.
require('@swc-node/register');
require('./start.ts');
