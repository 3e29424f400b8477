export * from './config';
export * from './worker';
export * from './activities';
export * from './activities/initiative.activities';
export * from './activities/round.activities';
export * from './activities/agreement.activities';
export * from './rebuild/read-model-rebuild';
export * from './rebuild/run-rebuild';
