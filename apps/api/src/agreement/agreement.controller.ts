import type { Actor } from '@budgetflow/domain';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { Agreements } from './agreement.service';
import { AgreementPreviewQueryDto, ConcludeAgreementDto } from './dtos';
import { agreementPreviewSchema, agreementSchema } from './responses';

/**
 * The budget agreement: the coordinators look at what concluding with a package would do, and
 * conclude it; everyone follows it until every initiative has its place.
 */
@ApiTags('agreement')
@Controller('rounds/:roundId/agreement')
export class AgreementController {
  constructor(@Inject(Agreements) private readonly agreements: Agreements) {}

  @Get('preview')
  @Performs('previewAgreement')
  @ApiOperation({
    summary:
      'Hvad budgetaftalen med en pakke (?package=1[&version=3]) ville gøre: forslag for forslag, totaler, balance og hvad der står i vejen (koordinator)',
  })
  @Responds(agreementPreviewSchema)
  async preview(@Param('roundId') roundId: string, @Query() query: AgreementPreviewQueryDto) {
    return this.agreements.preview(roundId, query.package, query.version);
  }

  @Post()
  @Performs('concludeAgreement')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Indgå budgetaftalen med en version af en pakke (koordinator): dens forslag optages med deres tilpasninger, rundens øvrige åbne forslag afvises',
  })
  @Responds(agreementSchema, { status: 202, description: 'Budgetaftalen gennemføres' })
  async conclude(
    @Param('roundId') roundId: string,
    @Body() body: ConcludeAgreementDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.agreements.conclude(roundId, body.packageId, body.version, actor);
  }

  @Get()
  @Performs('getAgreement')
  @ApiOperation({ summary: 'Budgetaftalen og hvor langt den er nået, trin for trin' })
  @Responds(agreementSchema)
  async get(@Param('roundId') roundId: string) {
    return this.agreements.find(roundId);
  }
}
