export * from './app';
export * from './config/api-config';
export { ACTOR_HEADERS } from './http/actor.decorator';
