export * from './app';
export * from './config/api-config';
export { bootstrapAccounts, type BootstrapPerson } from './accounts/bootstrap';
