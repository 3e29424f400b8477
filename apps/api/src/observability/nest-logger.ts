import type { Logger } from '@budgetflow/observability';
import type { LoggerService } from '@nestjs/common';

/** Nest's start-up chatter: one line per module and route, wanted only when debugging. */
const START_UP = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** NestJS's logger (its own lines and every `new Logger(context)`) written as pino's JSON. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last, and for errors a stack before it. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const context =
      params.length > 0 && typeof params.at(-1) === 'string' ? params.pop() : undefined;
    const stack = level === 'error' && typeof params[0] === 'string' ? params[0] : undefined;
    const quieter = level === 'info' && START_UP.has(String(context)) ? 'debug' : level;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error)
      this.logger[quieter]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null)
      this.logger[quieter]({ ...fields, ...message });
    else this.logger[quieter](fields, String(message));
  }
}
