export * from './common';
export * from './form';
export * from './commands';
export * from './round';
export * from './calendar';
export * from './account';
export * from './support';
export * from './package';
