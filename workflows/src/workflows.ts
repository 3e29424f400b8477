// The worker's workflow bundle entry: workflow functions only.
export { initiativeWorkflow } from './initiative/initiative.workflow';
export { roundWorkflow } from './round/round.workflow';
export { agreementWorkflow } from './agreement/agreement.workflow';
