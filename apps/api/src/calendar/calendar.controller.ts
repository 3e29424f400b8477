import { Performs } from '../auth/operation.decorator';
import { type Actor, calendarEntriesFor, upcomingDeadlinesFor } from '@budgetflow/domain';
import { AccountRepository, RoundCalendarRepository } from '@budgetflow/persistence';
import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { renderCalendarFeed } from './calendar-feed';
import { calendarEntryView, calendarView } from './calendar.view';
import { CalendarDto, LateSubmissionDto, ReviewDueDto } from './dtos';
import { calendarFeedsSchema, calendarSchema, deadlinesSchema, icsSchema } from './responses';
import { feedToken, readFeedToken } from './feed-tokens';
import { RoundWorkflows } from './round-workflows.service';

/** The round's calendar: its milestones and meetings, late submissions, review due dates. */
@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(
    @Inject(RoundWorkflows) private readonly rounds: RoundWorkflows,
    @Inject(RoundCalendarRepository) private readonly calendars: RoundCalendarRepository,
    @Inject(DataSource) dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.accounts = new AccountRepository(dataSource);
  }

  private readonly accounts: AccountRepository;

  @Get('rounds/:roundId/calendar')
  @Performs('getCalendar')
  @ApiOperation({ summary: 'Budgetrundens kalender, fase og de administrative frister' })
  @Responds(calendarSchema)
  async get(@Param('roundId') roundId: string) {
    return calendarView(await this.rounds.view(roundId), new Date().toISOString());
  }

  @Put('rounds/:roundId/calendar')
  @Performs('changeCalendar')
  @ApiOperation({
    summary:
      'Ændr budgetrundens kalender (koordinator); påmindelser flytter med, og de berørte får besked',
  })
  @Responds(calendarSchema)
  async change(
    @Param('roundId') roundId: string,
    @Body() body: CalendarDto,
    @CurrentActor() actor: Actor,
  ) {
    const view = await this.rounds.changeCalendar(roundId, body, actor);
    return calendarView(view, new Date().toISOString());
  }

  @Post('rounds/:roundId/late-submissions')
  @Performs('allowLateSubmission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tillad, at et forslag indsendes efter fristen (koordinator)' })
  @Responds(calendarSchema)
  async allowLate(
    @Param('roundId') roundId: string,
    @Body() body: LateSubmissionDto,
    @CurrentActor() actor: Actor,
  ) {
    const view = await this.rounds.allowLateSubmission(roundId, body.number, actor, body.comment);
    return calendarView(view, new Date().toISOString());
  }

  @Put('rounds/:roundId/initiatives/:number/review-due')
  @Performs('setReviewDue')
  @ApiOperation({
    summary: 'Sæt fristen for den administrative behandling af ét forslag (null: rundens standard)',
  })
  @Responds(calendarSchema)
  async setReviewDue(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @Body() body: ReviewDueDto,
    @CurrentActor() actor: Actor,
  ) {
    const view = await this.rounds.setReviewDue(roundId, number, body.dueDate, actor);
    return calendarView(view, new Date().toISOString());
  }

  @Get('me/deadlines')
  @Performs('myDeadlines')
  @ApiOperation({ summary: 'Mine kommende frister og møder i alle budgetrunder' })
  @Responds(deadlinesSchema)
  async myDeadlines(@CurrentActor() actor: Actor) {
    const now = new Date().toISOString();
    const rounds = await this.calendars.list();
    return rounds
      .flatMap(({ round, calendar, reviewTasks }) =>
        upcomingDeadlinesFor(actor, calendar, reviewTasks, now).map((entry) =>
          calendarEntryView(round.id, round.name, entry),
        ),
      )
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  @Get('me/calendar-feeds')
  @Performs('myCalendarFeeds')
  @ApiOperation({ summary: 'Adresser på kalenderfeeds (.ics) til Outlook: mit og mine partiers' })
  @Responds(calendarFeedsSchema)
  myFeeds(@CurrentActor() actor: Actor) {
    const url = (token: string) => `${this.config.PUBLIC_URL}/api/calendar/feeds/${token}.ics`;
    const secret = this.config.CALENDAR_FEED_SECRET;
    return {
      user: url(feedToken({ kind: 'user', id: actor.id }, secret)),
      parties: actor.partyGroups.map((name) => ({
        partyGroup: name,
        url: url(feedToken({ kind: 'party', name }, secret)),
      })),
    };
  }

  @Get('calendar/feeds/:token.ics')
  @Performs('calendarFeed')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'Et kalenderfeed (iCalendar); adressen er adgangen' })
  @Responds(icsSchema, { status: 200, description: 'OK', mediaType: 'text/calendar' })
  async feed(@Param('token') token: string) {
    const subject = readFeedToken(token, this.config.CALENDAR_FEED_SECRET);
    if (!subject) throw notFound('Kalenderfeedet findes ikke');
    let viewer: { role: Actor['role']; partyGroups: string[] };
    let title: string;
    if (subject.kind === 'party') {
      viewer = { role: 'partyGroupMember', partyGroups: [subject.name] };
      title = `Budgetflow – ${subject.name}`;
    } else {
      const user = await this.accounts.findById(subject.id);
      if (!user || !user.active) throw notFound('Kalenderfeedet findes ikke');
      viewer = { role: user.role, partyGroups: [...user.partyGroups] };
      title = `Budgetflow – ${user.name}`;
    }
    const rounds = await this.calendars.list();
    return renderCalendarFeed(
      title,
      rounds.map(({ round, calendar, reviewTasks }) => ({
        roundId: round.id,
        roundName: round.name,
        entries: calendarEntriesFor(viewer, calendar, reviewTasks),
      })),
      this.config.PUBLIC_URL,
    );
  }
}
