// The worker's workflow bundle entry: workflow functions only.
export { initiativeWorkflow } from './initiative/initiative.workflow';
