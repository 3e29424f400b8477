import { Inject, Injectable } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { routeOf } from './route';

const labelNames = ['method', 'route', 'status'] as const;

/**
 * The API's Prometheus metrics: requests by method, route pattern and status, their duration,
 * the server errors among them, those under way; the e-mail outbox by status (read from
 * PostgreSQL at each scrape, so every replica tells the same); and, when served (METRICS_PORT),
 * Node's process metrics. One registry per application, so tests can hold several.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'http_request_errors_total',
    help: 'HTTP requests answered with a server error (5xx), by method, route pattern and status',
    labelNames,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'http_requests_in_flight',
    help: 'HTTP requests being handled',
    registers: [this.registry],
  });

  constructor(@Inject(API_CONFIG) config: ApiConfig, @Inject(DataSource) dataSource: DataSource) {
    new Gauge({
      name: 'budgetflow_email_outbox',
      help: 'E-mails in the outbox by status: pending, sending, failed',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const rows: { status: string; count: string }[] = await dataSource
          .query(
            `SELECT status, count(*) AS count FROM notification
             WHERE channel = 'email' AND status IN ('pending', 'sending', 'failed')
             GROUP BY status`,
          )
          .catch(() => []);
        this.reset();
        for (const status of ['pending', 'sending', 'failed']) {
          this.set({ status }, Number(rows.find((row) => row.status === status)?.count ?? 0));
        }
      },
    });
    if (config.METRICS_PORT !== undefined) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts and times every request, by the route that answered it. */
  middleware(): RequestHandler {
    return (request, response, next) => {
      const started = process.hrtime.bigint();
      this.inFlight.inc();
      response.once('close', () => {
        this.inFlight.dec();
        const labels = {
          method: request.method,
          route: routeOf(request),
          status: String(response.statusCode),
        };
        this.requests.inc(labels);
        if (response.statusCode >= 500) this.errors.inc(labels);
        this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    };
  }
}
