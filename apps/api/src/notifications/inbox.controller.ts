import { Performs } from '../auth/operation.decorator';
import type { Actor } from '@budgetflow/domain';
import { NotificationRepository } from '@budgetflow/persistence';
import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { InboxQueryDto, isNotificationId } from './dtos';
import { inboxEntrySchema, inboxSchema, readAllSchema, unreadCountSchema } from './responses';

/** The acting user's in-app inbox. */
@ApiTags('notifications')
@Controller('me/notifications')
export class InboxController {
  constructor(
    @Inject(NotificationRepository) private readonly notifications: NotificationRepository,
  ) {}

  @Get()
  @Performs('myNotifications')
  @ApiOperation({ summary: 'Mine notifikationer, nyeste først (unread=true: kun ulæste)' })
  @Responds(inboxSchema)
  async list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto) {
    const { items, total, unread } = await this.notifications.inbox(actor.id, {
      unreadOnly: query.unread,
      limit: query.limit,
      offset: query.offset,
    });
    return { items, total, unread, limit: query.limit, offset: query.offset };
  }

  @Get('unread-count')
  @Performs('myNotifications')
  @ApiOperation({ summary: 'Antal ulæste notifikationer' })
  @Responds(unreadCountSchema)
  async unreadCount(@CurrentActor() actor: Actor) {
    return { unread: await this.notifications.unreadCount(actor.id) };
  }

  @Post('read-all')
  @Performs('myNotifications')
  @HttpCode(200)
  @ApiOperation({ summary: 'Markér alle mine notifikationer som læst' })
  @Responds(readAllSchema)
  async readAll(@CurrentActor() actor: Actor) {
    return {
      marked: await this.notifications.markAllRead(actor.id, new Date()),
      unread: 0 as const,
    };
  }

  @Post(':id/read')
  @Performs('myNotifications')
  @HttpCode(200)
  @ApiOperation({ summary: 'Markér en notifikation som læst' })
  @Responds(inboxEntrySchema)
  async read(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const entry = isNotificationId(id)
      ? await this.notifications.markRead(actor.id, id, new Date())
      : null;
    if (!entry) throw notFound('Notifikationen findes ikke i din indbakke');
    return entry;
  }
}
