import { Performs } from '../auth/operation.decorator';
import type { Actor } from '@budgetflow/domain';
import { EmailOutboxRepository } from '@budgetflow/persistence';
import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { conflict, notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { requireRole } from './access';
import { isNotificationId, PageQueryDto } from './dtos';
import { failuresSchema, retrySchema } from './responses';

const onlyCoordinators = 'Kun koordinatorer kan se og genudsende fejlede e-mails';

/** E-mails that could not be delivered, for a coordinator to follow up on. */
@ApiTags('notifications')
@Controller('notifications/failures')
export class FailuresController {
  constructor(@Inject(EmailOutboxRepository) private readonly outbox: EmailOutboxRepository) {}

  @Get()
  @Performs('emailFailures')
  @ApiOperation({ summary: 'E-mails, der ikke kunne sendes (koordinator)' })
  @Responds(failuresSchema)
  async list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    requireRole(actor, ['coordinator'], onlyCoordinators);
    const { items, total } = await this.outbox.failures(query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Post(':id/retry')
  @Performs('emailFailures')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send en fejlet e-mail igen, med nye forsøg (koordinator)' })
  @Responds(retrySchema)
  async retry(@CurrentActor() actor: Actor, @Param('id') id: string) {
    requireRole(actor, ['coordinator'], onlyCoordinators);
    const outcome = isNotificationId(id) ? await this.outbox.retry(id, new Date()) : 'notFound';
    if (outcome === 'notFound') throw notFound('E-mailen findes ikke');
    if (outcome === 'notFailed') throw conflict('E-mailen er ikke fejlet', 'notFailed');
    return { id, status: 'pending' as const };
  }
}
