import { Runtime } from '@temporalio/worker';
import type { Logger } from 'pino';
import { temporalLogger } from './temporal-logger';

/**
 * The worker process's Temporal runtime (once per process, before any connection): the SDK's,
 * the activities' and the workflows' log lines, and the native core's warnings, go to pino; with
 * a metrics address, the SDK's own Prometheus exporter serves its metrics there (task and
 * activity latencies, slots, polls, sticky cache; `temporal_` names, durations in milliseconds).
 * Tests that run workers inside the jest process install a runtime of their own instead.
 */
export function installWorkerRuntime(options: { logger: Logger; metricsAddress?: string }): void {
  Runtime.install({
    logger: temporalLogger(options.logger),
    telemetryOptions: {
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(options.metricsAddress
        ? { metrics: { prometheus: { bindAddress: options.metricsAddress } } }
        : {}),
    },
  });
}
