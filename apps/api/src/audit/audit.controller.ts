import { type Actor, draftScope } from '@budgetflow/domain';
import { AuditTrailRepository } from '@budgetflow/persistence';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { auditEntryView } from './audit.view';
import { AuditQueryDto } from './dtos';
import { auditPageSchema } from './responses';

/**
 * Who did what: the initiatives' steps and the account events, newest first. A party's drafts
 * are its own business, so their steps are left out, as is the drafting itself.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(@Inject(AuditTrailRepository) private readonly trail: AuditTrailRepository) {}

  @Get()
  @Performs('auditTrail')
  @ApiOperation({
    summary:
      'Revisionsspor: forslagenes skridt og hændelser på brugere, nyeste først (koordinator, systemadministrator)',
  })
  @Responds(auditPageSchema)
  async list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto) {
    const { items, total } = await this.trail.page({
      drafts: draftScope(actor),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.round ? { roundId: query.round } : {}),
      ...(query.number ? { number: query.number } : {}),
      ...(query.actor ? { actorId: query.actor } : {}),
      limit: query.limit,
      offset: query.offset,
    });
    return { items: items.map(auditEntryView), total, limit: query.limit, offset: query.offset };
  }
}
