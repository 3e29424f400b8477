import {
  type Actor,
  draftScope,
  publishedAsRecorded,
  seesUnreleasedWork,
  stepHeldBack,
} from '@budgetflow/domain';
import {
  type AuditAccountEvent,
  type AuditStep,
  AuditTrailRepository,
  RoundPublicationRepository,
} from '@budgetflow/persistence';
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
  constructor(
    @Inject(AuditTrailRepository) private readonly trail: AuditTrailRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

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
    const published = await this.published(items, actor);
    return {
      items: published.map(auditEntryView),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /**
   * A system administrator keeps the system, not the negotiation: the administration's work not
   * yet released is as held back from them as from the party groups.
   */
  private async published(
    items: readonly (AuditStep | AuditAccountEvent)[],
    actor: Actor,
  ): Promise<(AuditStep | AuditAccountEvent)[]> {
    if (seesUnreleasedWork(actor)) return [...items];
    const steps = items.filter((item): item is AuditStep => item.kind === 'step');
    const publications = await this.publications.findMany(steps.map((step) => step.roundId));
    return items.map((item) =>
      item.kind === 'step' &&
      stepHeldBack(item, actor, publications.get(item.roundId) ?? publishedAsRecorded)
        ? { ...item, comment: null }
        : item,
    );
  }
}
