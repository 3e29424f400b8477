export * from './workflows';
export * from './initiative/messages';
export * from './initiative/refusal-failure';
export type { InitiativeActivities } from './initiative/activities';
export * from './round/messages';
export type { RoundActivities, RoundSnapshot } from './round/activities';
export * from './agreement/messages';
export type { AgreementActivities } from './agreement/activities';
export * from './request-id';

/** The path the worker bundles: workflow code only, nothing with I/O. */
export const workflowsPath = require.resolve('./workflows');

/**
 * Interceptors bundled with every workflow: they carry the request id of each message on to the
 * activities and workflows it sets off, and into the workflow's log lines (interceptors.ts).
 */
export const workflowInterceptorModules = [require.resolve('./interceptors')];

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
 * modules above, the interceptors (bundleWorkflowCode takes them from here; a worker that bundles
 * at start is given them as `interceptors.workflowModules`), and a source map of lines without the
 * sources' text. The SDK keeps the map in
 * memory to translate stack traces; with every source inlined (the holiday tables too) it is
 * 11 MB of JSON and costs the worker hundreds of MB.
 */
export const workflowBundleOptions = {
  preloadModules: sharedWorkflowModules,
  workflowInterceptorModules,
  webpackConfigHook: <Config extends object>(config: Config): Config => ({
    ...config,
    devtool: 'inline-nosources-cheap-module-source-map',
  }),
};
