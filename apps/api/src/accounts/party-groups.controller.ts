import type { Actor } from '@budgetflow/domain';
import { PartyGroupRepository } from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { AccountsService } from './accounts.service';
import { PartyGroupDto, pathSegment } from './dtos';
import { partyGroupListSchema, partyGroupSchema } from './responses';

/** The council's party groups: data a system administrator keeps, not code. */
@ApiTags('accounts')
@Controller('party-groups')
export class PartyGroupsController {
  constructor(
    @Inject(AccountsService) private readonly service: AccountsService,
    @Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository,
  ) {}

  @Get()
  @Performs('listPartyGroups')
  @ApiOperation({ summary: 'Partigrupperne med antal medlemmer' })
  @Responds(partyGroupListSchema)
  async list() {
    return { items: await this.partyGroups.list() };
  }

  @Put(':name')
  @Performs('savePartyGroup')
  @ApiOperation({
    summary: 'Opret en partigruppe eller ret dens forkortelse (systemadministrator)',
  })
  @Responds(partyGroupSchema, 200, { status: 201, description: 'Partigruppen er oprettet' })
  async put(
    @CurrentActor() actor: Actor,
    @Param('name') name: string,
    @Body() body: PartyGroupDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { group, created } = await this.service.savePartyGroup(actor, {
      name: pathSegment(name, 'name', 100),
      shortName: body.shortName,
    });
    response.status(created ? 201 : 200);
    return group;
  }
}
