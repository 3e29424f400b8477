export * from './operations';
export * from './visibility';
