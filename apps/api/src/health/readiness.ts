import { Injectable } from '@nestjs/common';
import type { RequestHandler } from 'express';

/**
 * Whether this replica takes new work. From SIGTERM on it does not: /api/health/ready answers
 * 503 so the load balancer sends no more, and every answer closes its connection so that no
 * client keeps sending on it, while the requests under way finish.
 */
@Injectable()
export class Readiness {
  private draining = false;

  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** While draining, answers say `Connection: close`. */
  middleware(): RequestHandler {
    return (_request, response, next) => {
      if (this.draining) response.setHeader('Connection', 'close');
      next();
    };
  }
}
