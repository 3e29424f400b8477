import type { Actor } from '@budgetflow/domain';
import { AccountAdministrationRepository } from '@budgetflow/persistence';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { AccountsService, accountView } from './accounts.service';
import { AccountDto, PasswordResetDto, pathSegment } from './dtos';
import { accountListSchema, accountSchema, passwordResetAnswerSchema } from './responses';
import { SecretBody } from '../idempotency/secret-body.decorator';

/** The people who can sign in and get notifications, by the id they act under. */
@ApiTags('accounts')
@Controller('users')
export class UsersController {
  constructor(
    @Inject(AccountsService) private readonly service: AccountsService,
    @Inject(AccountAdministrationRepository)
    private readonly accounts: AccountAdministrationRepository,
  ) {}

  @Put(':id')
  @Performs('saveUser')
  @ApiOperation({
    summary:
      'Opret eller ret en bruger: navn, e-mail, rolle, partigrupper, finansieringsområder, aktiv (systemadministrator)',
  })
  @Responds(accountSchema, 200, { status: 201, description: 'Brugeren er oprettet' })
  async put(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AccountDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { account, created } = await this.service.saveUser(
      actor,
      pathSegment(id, 'id', 200),
      body,
    );
    response.status(created ? 201 : 200);
    return accountView(account);
  }

  @Get()
  @Performs('listUsers')
  @ApiOperation({ summary: 'Alle brugere (systemadministrator)' })
  @Responds(accountListSchema)
  async list() {
    return { items: (await this.accounts.list()).map(accountView) };
  }

  @Post(':id/password')
  @HttpCode(200)
  @Performs('resetPassword')
  @SecretBody({ answerFields: ['temporaryPassword'] })
  @ApiOperation({
    summary:
      'Nulstil en brugers adgangskode (systemadministrator): den angivne, eller en midlertidig, som vises én gang; brugerens sessioner afsluttes',
  })
  @Responds(passwordResetAnswerSchema)
  async resetPassword(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: PasswordResetDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const userId = pathSegment(id, 'id', 200);
    const { temporaryPassword } = await this.service.resetPassword(actor, userId, body.password);
    // The answer may carry a password: no cache keeps it.
    response.setHeader('Cache-Control', 'no-store');
    return { id: userId, temporaryPassword, sessionsEnded: true as const };
  }
}
