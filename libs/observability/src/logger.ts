import { hostname } from 'node:os';
import pino, { type Logger, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-context';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * One JSON object per line on stdout, for whatever collects the container's output: the time,
 * the level by name, which process (`service`, `hostname`, `pid`: replicas differ in these) and
 * the request id of the work under way.
 */
export function createLogger(options: { service: string; level: LevelWithSilent }): Logger {
  return pino({
    level: options.level,
    base: { service: options.service, hostname: hostname(), pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // An id the call names itself (pino-http's, a workflow's log attributes) wins over this one.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
  });
}

/** Says nothing: for tests, which have their own ways of looking. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
