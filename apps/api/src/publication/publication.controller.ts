import {
  type Actor,
  formatDanishDateTime,
  heldBackNotice,
  publicationSchema,
} from '@budgetflow/domain';
import { NotificationOutbox } from '@budgetflow/notifications';
import {
  type RoundPublication,
  RoundPublicationRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Performs } from '../auth/operation.decorator';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { publicationSchema as publicationAnswer } from './responses';

class PublicationDto extends createZodDto(publicationSchema) {}

/**
 * Fair publication: whether the round holds the administration's assessments, costings and
 * answers back, and the releases that hand them to every party group at the same moment.
 */
@ApiTags('rounds')
@Controller('rounds/:roundId/publication')
export class PublicationController {
  private readonly notifications: NotificationOutbox;

  constructor(
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.notifications = new NotificationOutbox({ publicUrl: config.PUBLIC_URL });
  }

  @Get()
  @Performs('getPublication')
  @ApiOperation({
    summary: 'Om administrationens svar holdes tilbage til en samlet frigivelse, og frigivelserne',
  })
  @Responds(publicationAnswer)
  async get(@Param('roundId') roundId: string) {
    return publicationView(roundId, await this.describe(roundId));
  }

  @Put()
  @Performs('setPublication')
  @ApiOperation({
    summary:
      'Hold administrationens svar tilbage til en frigivelse, eller offentliggør dem løbende (koordinator)',
  })
  @Responds(publicationAnswer)
  async set(
    @Param('roundId') roundId: string,
    @Body() body: PublicationDto,
    @CurrentActor() actor: Actor,
  ) {
    if (!(await this.publications.setHoldBack(roundId, body.holdBack, actor.id))) {
      throw unknownRound(roundId);
    }
    return publicationView(roundId, await this.describe(roundId));
  }

  @Post('releases')
  @Performs('releaseWork')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Frigiv alt, administrationen har afgivet indtil nu, til alle partigrupper på én gang (koordinator)',
  })
  @Responds(publicationAnswer)
  async release(@Param('roundId') roundId: string, @CurrentActor() actor: Actor) {
    const round = await this.rounds.find(roundId);
    if (!round) throw unknownRound(roundId);
    // Every party group hears of it at once, by the notification written with the release.
    const released = await this.publications.release(roundId, actor.id, (db, { at }) =>
      this.notifications.enqueue(db, {
        kind: 'workReleased',
        key: `release/${roundId}/${at}`,
        roundId,
        at,
        roundName: round.name,
        releasedUntil: at,
        actorId: actor.id,
      }),
    );
    if (!released) throw unknownRound(roundId);
    return publicationView(roundId, await this.describe(roundId));
  }

  private async describe(roundId: string): Promise<RoundPublication> {
    const publication = await this.publications.describe(roundId);
    if (!publication) throw unknownRound(roundId);
    return publication;
  }
}

function unknownRound(roundId: string) {
  return notFound(`Budgetrunden ${roundId} findes ikke`);
}

function publicationView(roundId: string, publication: RoundPublication) {
  return {
    roundId,
    holdBack: publication.holdBack,
    releasedUntil: publication.releasedUntil,
    releasedUntilText: publication.releasedUntil && formatDanishDateTime(publication.releasedUntil),
    releases: publication.releases.map(({ at, by }) => ({
      at,
      atText: formatDanishDateTime(at),
      by,
    })),
    notice: publication.holdBack ? heldBackNotice : null,
  };
}
