import { Performs } from '../auth/operation.decorator';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Responds } from '../openapi/responds.decorator';
import { Readiness } from './readiness';

type Check = 'up' | 'down';
const upOrDown = z.enum(['up', 'down']);
const healthSchema = z.strictObject({ status: upOrDown, postgres: upOrDown, temporal: upOrDown });
const liveSchema = z.strictObject({ status: z.literal('up') });
const readySchema = healthSchema.extend({
  /** Shutting down (SIGTERM): finishing the requests under way, taking no new ones. */
  draining: z.boolean(),
});

/**
 * Whether the API reaches PostgreSQL and Temporal: 200 when both answer, else 503. For an
 * orchestrator: `live` (the process answers: restart it if not) and `ready` (send it requests:
 * both answer and it is not shutting down).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(Readiness) private readonly readiness: Readiness,
  ) {}

  @Get()
  @Performs('health')
  @ApiOperation({ summary: 'Sundhedstjek af PostgreSQL og Temporal' })
  @Responds(healthSchema, 200, {
    status: 503,
    description: 'PostgreSQL eller Temporal svarer ikke',
  })
  async health(@Res({ passthrough: true }) response: Response) {
    const checks = await this.checks();
    response.status(checks.status === 'up' ? 200 : 503);
    return checks;
  }

  @Get('live')
  @Performs('health')
  @ApiOperation({ summary: 'Processen kører (liveness)' })
  @Responds(liveSchema)
  live() {
    return { status: 'up' as const };
  }

  @Get('ready')
  @Performs('health')
  @ApiOperation({ summary: 'Klar til forespørgsler: PostgreSQL og Temporal svarer (readiness)' })
  @Responds(readySchema, 200, {
    status: 503,
    description: 'PostgreSQL eller Temporal svarer ikke, eller API’et er ved at lukke ned',
  })
  async ready(@Res({ passthrough: true }) response: Response) {
    const draining = this.readiness.isDraining;
    const checks = await this.checks();
    const status: Check = checks.status === 'up' && !draining ? 'up' : 'down';
    response.status(status === 'up' ? 200 : 503);
    return { ...checks, status, draining };
  }

  private async checks(): Promise<z.infer<typeof healthSchema>> {
    const [postgres, temporal] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    return { status: postgres === 'up' && temporal === 'up' ? 'up' : 'down', postgres, temporal };
  }
}

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    await withTimeout(probe(), 2_000);
    return 'up';
  } catch {
    return 'down';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
