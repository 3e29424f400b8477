import {
  type DraftScope,
  type FinancingArea,
  type Initiative,
  type LifecycleState,
  lifecycleStates,
  type ReviewDue,
  type TransitionRecord,
} from '@budgetflow/domain';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { InitiativeEntity } from '../entities/initiative.entity';

export interface InitiativeFilter {
  /** Whose drafts the reader may see (libs/domain's draftScope); other drafts are left out. */
  readonly drafts: DraftScope;
  /**
   * Whether the reader sees costings the round holds back (libs/domain's seesUnreleasedWork);
   * for a reader who does not, such an initiative counts with its party's estimate.
   */
  readonly seesUnreleasedWork: boolean;
  readonly roundId?: string;
  readonly states?: readonly LifecycleState[];
  readonly partyGroup?: string;
  readonly financingArea?: FinancingArea;
  readonly committee?: number;
  /** Words to find (case aside) in the number, the title or a text section of the form. */
  readonly search?: string;
}

export const initiativeSortKeys = ['number', 'title', 'state', 'total', 'updated'] as const;
export type InitiativeSortKey = (typeof initiativeSortKeys)[number];

export interface InitiativeSort {
  readonly key: InitiativeSortKey;
  readonly descending: boolean;
}

/** A listed initiative, with what its review task says of the review's due date. */
export interface ListedInitiative {
  readonly initiative: Initiative;
  /** Null until the round has opened the initiative's review task (on its submission). */
  readonly reviewTask: ReviewDue | null;
}

export interface StateCount {
  readonly state: LifecycleState;
  readonly count: number;
  readonly kroner: number;
}

/** The form's text sections the search looks in, besides the number and the title. */
const searchedSections = [
  'purpose',
  'background',
  'elaboration',
  'agreementTextDraft',
  'sustainableDevelopmentGoals',
] as const;

/**
 * Whether the reader counts with the initiative's costing: always when they see unreleased work;
 * otherwise the agreement's (included) or one the round has released or never held back. This is
 * libs/domain's costingVisibleTo, as SQL over the read model's columns (p: round_publication).
 */
const costingCounts = `(:seesUnreleasedWork OR i.costing_at IS NULL OR i.state = 'included'
  OR p.hold_back IS NOT TRUE OR i.costing_at <= p.released_until)`;

/**
 * What an initiative costs over all years, in kroner, from its amounts: those it counts with,
 * or its party's estimate for a reader who may not see its costing yet.
 */
const totalKroner = `(CASE WHEN ${costingCounts}
  THEN (SELECT COALESCE(SUM(a.kroner), 0) FROM initiative_amount a WHERE a.workflow_id = i.workflow_id)
  ELSE (SELECT COALESCE(SUM(e.kroner), 0) FROM initiative_estimate_amount e
        WHERE e.workflow_id = i.workflow_id) END)`;

/** The number's order: by committee, then numerically by the item (4.2 before 4.10). */
const numberOrder = ['i.round_id', 'i.committee', 'i.number_minor'];

const sortOrder: Record<InitiativeSortKey, string | null> = {
  number: null,
  title: 'lower(i.title)',
  state: 'array_position(CAST(:stateOrder AS text[]), i.state)',
  total: totalKroner,
  updated: 'i.updated_at',
};

/** A LIKE pattern finding the text as it is: its wildcards and escapes lose their meaning. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
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
   * One page of the filtered initiatives, with their review tasks, and how many there are in
   * all: one query (the count as a window over the same rows). In the order of their numbers
   * (the default) it is served by the index on (round, committee, number); in another order,
   * ties keep the numbers' order.
   */
  async list(
    filter: InitiativeFilter,
    page: Page,
    sort: InitiativeSort = { key: 'number', descending: false },
  ): Promise<{ items: ListedInitiative[]; total: number }> {
    const query = this.filtered(filter)
      .select('i.document', 'document')
      .addSelect('count(*) OVER ()', 'total')
      .addSelect('t.submitted_at', 'review_submitted_at')
      .addSelect(`to_char(t.due_override, 'YYYY-MM-DD')`, 'review_due_override')
      .leftJoin('review_task', 't', 't.round_id = i.round_id AND t.number = i.number');
    const direction = sort.descending ? 'DESC' : 'ASC';
    const first = sortOrder[sort.key];
    if (first) {
      query.orderBy(first, direction);
      for (const column of numberOrder) query.addOrderBy(column, 'ASC');
    } else {
      for (const column of numberOrder) query.addOrderBy(column, direction);
    }
    if (sort.key === 'state') query.setParameter('stateOrder', [...lifecycleStates]);
    const rows: {
      document: Initiative;
      total: string;
      review_submitted_at: Date | null;
      review_due_override: string | null;
    }[] = await query
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .getRawMany();
    // A page past the end has no rows to carry the count.
    const total = rows[0] ? Number(rows[0].total) : await this.filtered(filter).getCount();
    return {
      items: rows.map((row) => ({
        initiative: row.document,
        reviewTask: row.review_submitted_at
          ? {
              submittedAt: row.review_submitted_at.toISOString(),
              dueOverride: row.review_due_override,
            }
          : null,
      })),
      total,
    };
  }

  /** How many of the filtered initiatives are in each state, and what they cost over all years. */
  async byState(filter: InitiativeFilter): Promise<StateCount[]> {
    const rows: { state: LifecycleState; count: string; kroner: string }[] = await this.filtered(
      filter,
    )
      .select('i.state', 'state')
      .addSelect('count(*)', 'count')
      .addSelect(`COALESCE(SUM(${totalKroner}), 0)`, 'kroner')
      .groupBy('i.state')
      .getRawMany();
    return rows.map((row) => ({
      state: row.state,
      count: Number(row.count),
      kroner: Number(row.kroner),
    }));
  }

  /**
   * What the filtered initiatives cost per year and financing area, summed exactly in SQL: each
   * initiative by its costing, or by its estimate where the reader may not see the costing yet.
   */
  async totals(filter: InitiativeFilter): Promise<AmountTotal[]> {
    const counted = this.filtered(filter).select('i.workflow_id');
    const estimated = this.filtered(filter).select('i.workflow_id');
    counted.andWhere(costingCounts);
    estimated.andWhere(`NOT ${costingCounts}`);
    const rows: { year: number; area: string; kroner: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('a.year', 'year')
      .addSelect('a.area', 'area')
      .addSelect('SUM(a.kroner)', 'kroner')
      .from(
        `(SELECT year, area, kroner FROM initiative_amount
            WHERE workflow_id IN (${counted.getQuery()})
          UNION ALL
          SELECT year, area, kroner FROM initiative_estimate_amount
            WHERE workflow_id IN (${estimated.getQuery()}))`,
        'a',
      )
      .setParameters(counted.getParameters())
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

  /** The names of the people who took steps, for the timeline; an id no longer known is left out. */
  async actorNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM app_user WHERE id = ANY($1)',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private filtered(filter: InitiativeFilter): SelectQueryBuilder<InitiativeEntity> {
    const query = this.dataSource
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .leftJoin('round_publication', 'p', 'p.round_id = i.round_id')
      .setParameter('seesUnreleasedWork', filter.seesUnreleasedWork);
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
      // The areas of the economy the reader counts with: the costing may have moved it.
      query.andWhere(
        `:area = ANY(CASE WHEN ${costingCounts} THEN i.financing_areas ELSE i.estimate_financing_areas END)`,
        { area: filter.financingArea },
      );
    }
    if (filter.committee !== undefined)
      query.andWhere('i.committee = :committee', { committee: filter.committee });
    if (filter.search) {
      const searched = [
        'i.number',
        'i.title',
        ...searchedSections.map((section) => `i.document -> 'form' ->> '${section}'`),
      ];
      query.andWhere(
        new Brackets((anyOf) => {
          for (const text of searched) anyOf.orWhere(`${text} ILIKE :search ESCAPE '\\'`);
        }),
        { search: containing(filter.search) },
      );
    }
    return query;
  }
}
