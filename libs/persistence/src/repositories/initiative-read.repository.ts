import type {
  DraftScope,
  FinancingArea,
  Initiative,
  LifecycleState,
  TransitionRecord,
} from '@budgetflow/domain';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { InitiativeAmountEntity } from '../entities/initiative-amount.entity';
import { InitiativeEntity } from '../entities/initiative.entity';

export interface InitiativeFilter {
  /** Whose drafts the reader may see (libs/domain's draftScope); other drafts are left out. */
  readonly drafts: DraftScope;
  readonly roundId?: string;
  readonly states?: readonly LifecycleState[];
  readonly partyGroup?: string;
  readonly financingArea?: FinancingArea;
  readonly committee?: number;
}

export interface Page {
  readonly page: number;
  readonly pageSize: number;
}

export interface AmountTotal {
  readonly year: number;
  readonly area: string;
  readonly kroner: number;
}

/** Reads of the read model for lists, totals and one initiative's page. */
export class InitiativeReadRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(roundId: string, number: string): Promise<Initiative | null> {
    const row = await this.dataSource
      .getRepository(InitiativeEntity)
      .findOneBy({ roundId, number });
    return row?.document ?? null;
  }

  /**
   * One page of the filtered initiatives in the order of their numbers, and how many there are
   * in all: one query (the count as a window over the same rows), served by the index on
   * (round, committee, number).
   */
  async list(
    filter: InitiativeFilter,
    page: Page,
  ): Promise<{ items: Initiative[]; total: number }> {
    const rows: { document: Initiative; total: string }[] = await this.filtered(filter)
      .select('i.document', 'document')
      .addSelect('count(*) OVER ()', 'total')
      .orderBy('i.round_id')
      .addOrderBy('i.committee')
      .addOrderBy('i.number_minor')
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .getRawMany();
    // A page past the end has no rows to carry the count.
    const total = rows[0] ? Number(rows[0].total) : await this.filtered(filter).getCount();
    return { items: rows.map((row) => row.document), total };
  }

  /** What the filtered initiatives cost per year and financing area, summed exactly in SQL. */
  async totals(filter: InitiativeFilter): Promise<AmountTotal[]> {
    const rows: { year: number; area: string; kroner: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('a.year', 'year')
      .addSelect('a.area', 'area')
      .addSelect('SUM(a.kroner)', 'kroner')
      .from(InitiativeAmountEntity, 'a')
      .where(`a.workflow_id IN (${this.filtered(filter).select('i.workflow_id').getQuery()})`)
      .setParameters(this.filtered(filter).getParameters())
      .groupBy('a.year')
      .addGroupBy('a.area')
      .orderBy('a.year')
      .addOrderBy('a.area')
      .getRawMany();
    return rows.map((row) => ({
      year: Number(row.year),
      area: row.area,
      kroner: Number(row.kroner),
    }));
  }

  async history(workflowId: string): Promise<TransitionRecord[]> {
    const rows = await this.dataSource
      .getRepository(AuditEntryEntity)
      .find({ where: { workflowId }, order: { seq: 'ASC' } });
    return rows.map((row) => ({
      seq: row.seq,
      command: row.command as TransitionRecord['command'],
      from: row.fromState as LifecycleState | null,
      to: row.toState as LifecycleState,
      actor: { id: row.actorId, role: row.actorRole as TransitionRecord['actor']['role'] },
      at: row.at.toISOString(),
      comment: row.comment,
      data: row.data,
    }));
  }

  private filtered(filter: InitiativeFilter): SelectQueryBuilder<InitiativeEntity> {
    const query = this.dataSource.getRepository(InitiativeEntity).createQueryBuilder('i');
    query.where(
      new Brackets((visible) => {
        visible.where("i.state <> 'draft'").orWhere('i.party_groups && :draftGroups', {
          draftGroups: [...filter.drafts.partyGroups],
        });
        if (filter.drafts.administrationDrafts) visible.orWhere('i.by_administration');
      }),
    );
    if (filter.roundId) query.andWhere('i.round_id = :roundId', { roundId: filter.roundId });
    if (filter.states?.length) query.andWhere('i.state IN (:...states)', { states: filter.states });
    if (filter.partyGroup)
      query.andWhere(':partyGroup = ANY(i.party_groups)', { partyGroup: filter.partyGroup });
    if (filter.financingArea) {
      query.andWhere(':area = ANY(i.financing_areas)', { area: filter.financingArea });
    }
    if (filter.committee !== undefined)
      query.andWhere('i.committee = :committee', { committee: filter.committee });
    return query;
  }
}
