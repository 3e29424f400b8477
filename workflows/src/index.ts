export * from './workflows';
export * from './initiative/messages';
export * from './initiative/refusal-failure';
export type { InitiativeActivities } from './initiative/activities';
export * from './round/messages';
export type { RoundActivities, RoundSnapshot } from './round/activities';
export * from './agreement/messages';
export type { AgreementActivities } from './agreement/activities';

/** The path the worker bundles: workflow code only, nothing with I/O. */
export const workflowsPath = require.resolve('./workflows');

/**
 * Modules loaded once and shared by every workflow in the worker's V8 context, instead of once per
 * workflow (the SDK's default). The rules and their libraries are pure and keep no state of a
 * workflow (the working-day table is a memo of fixed facts), and holding them once is what keeps a
 * worker with thousands of open initiatives small: each copy of the holiday tables, luxon and zod
 * cost megabytes.
 */
const sharedWorkflowModules = ['@budgetflow/domain', 'date-holidays', 'luxon', 'zod'];

/**
 * How the workflow code is bundled, wherever it is (the worker, the tests, the bench): the shared
 * modules above, and a source map of lines without the sources' text. The SDK keeps the map in
 * memory to translate stack traces; with every source inlined (the holiday tables too) it is
 * 11 MB of JSON and costs the worker hundreds of MB.
 */
export const workflowBundleOptions = {
  preloadModules: sharedWorkflowModules,
  webpackConfigHook: <Config extends object>(config: Config): Config => ({
    ...config,
    devtool: 'inline-nosources-cheap-module-source-map',
  }),
};
