export * from './question';
export * from './schemas';
