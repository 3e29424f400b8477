import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  draftScope,
  emptyCalendar,
  type FinancingArea,
  heldBackNoticeFor,
  financingAreaLabels,
  lifecycleStates,
  publishedAsRecorded,
  publishedInitiative,
  seesUnreleasedWork,
  stateLabels,
  sumKroner,
} from '@budgetflow/domain';
import {
  type AmountTotal,
  type InitiativeFilter,
  InitiativeReadRepository,
  RoundCalendarRepository,
  RoundPublicationRepository,
  type StateCount,
  UNASSIGNED_AREA,
} from '@budgetflow/persistence';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { InitiativeFilterDto, InitiativeListQueryDto } from './dtos';
import { amountView, listItemView } from './initiative.view';
import { initiativePageSchema, initiativesByStateSchema, totalsSchema } from './responses';

/** Lists and totals across initiatives, read from the PostgreSQL read model. */
@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativeListController {
  constructor(
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(RoundCalendarRepository) private readonly calendars: RoundCalendarRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

  @Get()
  @Performs('listInitiatives')
  @ApiOperation({
    summary:
      'Forslag, filtreret (runde, tilstand, parti, finansieringsområde, udvalg, søgning), sorteret og sideinddelt, med samlet beløb og næste frist',
  })
  @Responds(initiativePageSchema)
  async list(@Query() query: InitiativeListQueryDto, @CurrentActor() actor: Actor) {
    const { page, pageSize, sort, ...filter } = query;
    const { items, total } = await this.reads.list(
      toFilter(filter, actor),
      { page, pageSize },
      sort,
    );
    // The calendars and publications of the page's rounds in one read each, whatever the rows.
    const roundIds = items.map(({ initiative }) => initiative.roundId);
    const [calendars, publications] = await Promise.all([
      this.calendars.calendarsOf(roundIds),
      this.publications.findMany(roundIds),
    ]);
    const now = new Date().toISOString();
    return {
      items: items.map(({ initiative, reviewTask }) => {
        const { roundId } = initiative;
        const publication = publications.get(roundId) ?? publishedAsRecorded;
        return listItemView(
          { initiative: publishedInitiative(initiative, actor, publication), reviewTask },
          calendars.get(roundId) ?? emptyCalendar,
          now,
          heldBackNoticeFor(initiative, actor, publication),
        );
      }),
      page,
      pageSize,
      total,
    };
  }

  @Get('totals')
  @Performs('initiativeTotals')
  @ApiOperation({
    summary: 'Hvad de filtrerede forslag koster pr. år og finansieringsområde (fx state=included)',
  })
  @Responds(totalsSchema)
  async totals(@Query() filter: InitiativeFilterDto, @CurrentActor() actor: Actor) {
    return totalsView(await this.reads.totals(toFilter(filter, actor)));
  }

  @Get('by-state')
  @Performs('initiativeTotals')
  @ApiOperation({
    summary: 'Hvor mange af de filtrerede forslag der er i hver tilstand, og hvad de koster i alt',
  })
  @Responds(initiativesByStateSchema)
  async byState(@Query() filter: InitiativeFilterDto, @CurrentActor() actor: Actor) {
    return byStateView(await this.reads.byState(toFilter(filter, actor)));
  }
}

/** The query's filter, narrowed to what the reader may see: other parties' drafts never count. */
function toFilter(query: InitiativeFilterDto, actor: Actor): InitiativeFilter {
  return {
    drafts: draftScope(actor),
    seesUnreleasedWork: seesUnreleasedWork(actor),
    ...(query.round ? { roundId: query.round } : {}),
    ...(query.state ? { states: query.state } : {}),
    ...(query.party ? { partyGroup: query.party } : {}),
    ...(query.financingArea ? { financingArea: query.financingArea } : {}),
    ...(query.committee ? { committee: query.committee } : {}),
    ...(query.q ? { search: query.q } : {}),
  };
}

function totalsView(rows: readonly AmountTotal[]) {
  const years = [...new Set(rows.map((row) => row.year))].sort();
  return {
    years: years.map((year) => {
      const inYear = rows.filter((row) => row.year === year);
      return {
        year,
        total: amountView(sumKroner(inYear.map((row) => row.kroner))),
        areas: inYear.map((row) => ({
          area: row.area as FinancingArea | typeof UNASSIGNED_AREA,
          areaLabel:
            row.area === UNASSIGNED_AREA
              ? 'Ikke angivet'
              : financingAreaLabels[row.area as FinancingArea],
          ...amountView(row.kroner),
        })),
      };
    }),
    total: amountView(sumKroner(rows.map((row) => row.kroner))),
  };
}

/** Every state of the lifecycle in its order, those without initiatives too. */
function byStateView(rows: readonly StateCount[]) {
  return {
    states: lifecycleStates.map((state) => {
      const row = rows.find((candidate) => candidate.state === state);
      return {
        state,
        stateLabel: stateLabels[state],
        count: row?.count ?? 0,
        total: amountView(row?.kroner ?? 0),
      };
    }),
  };
}
