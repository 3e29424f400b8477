export * from './workflows';
export * from './initiative/messages';
export * from './initiative/refusal-failure';
export type { InitiativeActivities } from './initiative/activities';

/** The path the worker bundles: workflow code only, nothing with I/O. */
export const workflowsPath = require.resolve('./workflows');
