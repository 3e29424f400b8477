export * from './config';
export * from './worker';
export * from './activities/initiative.activities';
