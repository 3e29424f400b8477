import { Performs } from '../auth/operation.decorator';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Responds } from '../openapi/responds.decorator';

type Check = 'up' | 'down';
const upOrDown = z.enum(['up', 'down']);
const healthSchema = z.strictObject({ status: upOrDown, postgres: upOrDown, temporal: upOrDown });

/** Whether the API reaches PostgreSQL and Temporal: 200 when both answer, else 503. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  @Get()
  @Performs('health')
  @ApiOperation({ summary: 'Sundhedstjek af PostgreSQL og Temporal' })
  @Responds(healthSchema, 200, {
    status: 503,
    description: 'PostgreSQL eller Temporal svarer ikke',
  })
  async health(@Res({ passthrough: true }) response: Response) {
    const [postgres, temporal] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const status: Check = postgres === 'up' && temporal === 'up' ? 'up' : 'down';
    response.status(status === 'up' ? 200 : 503);
    return { status, postgres, temporal };
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
