import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  draftScope,
  type FinancingArea,
  financingAreaLabels,
  formatMioKr,
  type Kroner,
  mioKrFromKroner,
  sumKroner,
} from '@budgetflow/domain';
import {
  type AmountTotal,
  type InitiativeFilter,
  InitiativeReadRepository,
  UNASSIGNED_AREA,
} from '@budgetflow/persistence';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { InitiativeFilterDto, InitiativeListQueryDto } from './dtos';
import { initiativeView } from './initiative.view';
import { initiativePageSchema, totalsSchema } from './responses';

/** Lists and totals across initiatives, read from the PostgreSQL read model. */
@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativeListController {
  constructor(@Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository) {}

  @Get()
  @Performs('listInitiatives')
  @ApiOperation({
    summary:
      'Forslag, filtreret (runde, tilstand, parti, finansieringsområde, udvalg) og sideinddelt',
  })
  @Responds(initiativePageSchema)
  async list(@Query() query: InitiativeListQueryDto, @CurrentActor() actor: Actor) {
    const { page, pageSize, ...filter } = query;
    const { items, total } = await this.reads.list(toFilter(filter, actor), { page, pageSize });
    return { items: items.map(initiativeView), page, pageSize, total };
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
}

/** The query's filter, narrowed to what the reader may see: other parties' drafts never count. */
function toFilter(query: InitiativeFilterDto, actor: Actor): InitiativeFilter {
  return {
    drafts: draftScope(actor),
    ...(query.round ? { roundId: query.round } : {}),
    ...(query.state ? { states: query.state } : {}),
    ...(query.party ? { partyGroup: query.party } : {}),
    ...(query.financingArea ? { financingArea: query.financingArea } : {}),
    ...(query.committee ? { committee: query.committee } : {}),
  };
}

function amount(kroner: Kroner) {
  return { kroner, mioKr: mioKrFromKroner(kroner), formatted: formatMioKr(kroner) };
}

function totalsView(rows: readonly AmountTotal[]) {
  const years = [...new Set(rows.map((row) => row.year))].sort();
  return {
    years: years.map((year) => {
      const inYear = rows.filter((row) => row.year === year);
      return {
        year,
        total: amount(sumKroner(inYear.map((row) => row.kroner))),
        areas: inYear.map((row) => ({
          area: row.area as FinancingArea | typeof UNASSIGNED_AREA,
          areaLabel:
            row.area === UNASSIGNED_AREA
              ? 'Ikke angivet'
              : financingAreaLabels[row.area as FinancingArea],
          ...amount(row.kroner),
        })),
      };
    }),
    total: amount(sumKroner(rows.map((row) => row.kroner))),
  };
}
