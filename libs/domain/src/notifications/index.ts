export * from './events';
export * from './of-transition';
