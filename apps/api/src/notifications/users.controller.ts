import type { Actor } from '@budgetflow/domain';
import { UserDirectory } from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../http/actor.decorator';
import { ProblemException } from '../http/problem';
import { requireRole } from './access';
import { DirectoryUserDto } from './dtos';

const onlyAdministrators =
  'Kun systemadministratorer og koordinatorer kan se og ændre brugerkataloget';

/**
 * The directory of people who get notifications, by the id they act under. Minimal until
 * accounts arrive, which build on it.
 */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(@Inject(UserDirectory) private readonly users: UserDirectory) {}

  @Put(':id')
  @ApiOperation({
    summary: 'Opret eller ret en person i brugerkataloget (systemadministrator, koordinator)',
  })
  async put(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: DirectoryUserDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    requireRole(actor, ['systemAdministrator', 'coordinator'], onlyAdministrators);
    const userId = id.trim();
    if (userId === '' || userId.length > 200) {
      throw new ProblemException({
        status: 400,
        title: 'Ugyldig forespørgsel',
        detail: 'id skal være 1-200 tegn',
        errors: [{ field: 'path.id', message: 'id skal være 1-200 tegn' }],
      });
    }
    const { user, created } = await this.users.upsert({ id: userId, ...body });
    response.status(created ? 201 : 200);
    return user;
  }

  @Get()
  @ApiOperation({ summary: 'Brugerkataloget (systemadministrator, koordinator)' })
  async list(@CurrentActor() actor: Actor) {
    requireRole(actor, ['systemAdministrator', 'coordinator'], onlyAdministrators);
    return { items: await this.users.list() };
  }
}
