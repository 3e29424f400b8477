export * from './workflows';
export * from './initiative/messages';
export * from './initiative/refusal-failure';
export type { InitiativeActivities } from './initiative/activities';
export * from './round/messages';
export type { RoundActivities, RoundSnapshot } from './round/activities';

/** The path the worker bundles: workflow code only, nothing with I/O. */
export const workflowsPath = require.resolve('./workflows');
