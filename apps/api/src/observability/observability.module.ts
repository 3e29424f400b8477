import { Global, Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics';
import { MetricsServer } from './metrics-server';

/** Metrics for every request, and their port when METRICS_PORT is set. */
@Global()
@Module({
  providers: [ApiMetrics, MetricsServer],
  exports: [ApiMetrics, MetricsServer],
})
export class ObservabilityModule {}
