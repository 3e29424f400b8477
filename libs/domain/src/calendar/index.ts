export * from './time';
export * from './working-days';
export * from './calendar';
export * from './phase';
export * from './submission';
export * from './review-task';
export * from './reminders';
export * from './deadlines';
