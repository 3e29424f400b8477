import { Performs } from '../auth/operation.decorator';
import { type Actor, notificationKindLabels } from '@budgetflow/domain';
import { effectivePreferences, emailModeLabels } from '@budgetflow/notifications';
import { NotificationPreferenceRepository, UserDirectory } from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { EmailPreferencesDto } from './dtos';
import { preferencesSchema } from './responses';

/** Which notifications the acting user gets by e-mail: at once, in the daily digest, or not. */
@ApiTags('notifications')
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(
    @Inject(NotificationPreferenceRepository)
    private readonly preferences: NotificationPreferenceRepository,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  @Get()
  @Performs('myPreferences')
  @ApiOperation({ summary: 'Mine e-mailindstillinger pr. type notifikation' })
  @Responds(preferencesSchema)
  async get(@CurrentActor() actor: Actor) {
    return this.view(actor.id);
  }

  @Put()
  @Performs('myPreferences')
  @ApiOperation({
    summary:
      'Sæt mine e-mailindstillinger (immediate, digest eller off pr. type); udeladte typer sendes straks',
  })
  @Responds(preferencesSchema)
  async put(@CurrentActor() actor: Actor, @Body() body: EmailPreferencesDto) {
    if (!(await this.users.find(actor.id))) {
      throw notFound(
        `${actor.id} er ikke i brugerkataloget; en systemadministrator kan oprette dig`,
      );
    }
    const chosen = Object.fromEntries(
      Object.entries(body.email).filter(([, mode]) => mode !== undefined),
    );
    await this.preferences.replace(actor.id, chosen);
    return this.view(actor.id);
  }

  private async view(userId: string) {
    return {
      email: effectivePreferences(await this.preferences.forUser(userId)),
      labels: { kinds: notificationKindLabels, modes: emailModeLabels },
    };
  }
}
