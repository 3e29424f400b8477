import {
  type Actor,
  canSeeInitiative,
  draftScope,
  type Initiative,
  publishedInitiative,
  type Round,
  roundYears,
  seesUnreleasedWork,
} from '@budgetflow/domain';
import {
  type InitiativeFilter,
  InitiativeReadRepository,
  RoundPublicationRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../http/problem';

/** The list's filters the exports take; the round is the path's, the reader the session's. */
export type ExportFilter = Omit<InitiativeFilter, 'drafts' | 'seesUnreleasedWork' | 'roundId'>;

const PAGE_SIZE = 500;

/**
 * What a document may hold for its reader, read as every other read is: drafts only the
 * reader's own (draftScope, canSeeInitiative), and each initiative as the round has published
 * the administration's work to them (publishedInitiative), so a file holds no more than the
 * API would answer the same reader.
 */
@Injectable()
export class ExportReads {
  constructor(
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

  async round(roundId: string): Promise<Round & { years: number[] }> {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    return { ...round, years: roundYears(round) };
  }

  /** The round's initiatives the filter finds, in number order, as the reader may see them. */
  async initiatives(actor: Actor, roundId: string, filter: ExportFilter): Promise<Initiative[]> {
    const query: InitiativeFilter = {
      drafts: draftScope(actor),
      seesUnreleasedWork: seesUnreleasedWork(actor),
      roundId,
      ...filter,
    };
    const found: Initiative[] = [];
    // Page by page, as the list reads them: a round holds a few hundred at most.
    for (let page = 1; ; page++) {
      const { items, total } = await this.reads.list(query, { page, pageSize: PAGE_SIZE });
      found.push(...items.map((item) => item.initiative));
      if (items.length === 0 || found.length >= total) break;
    }
    const publication = await this.publications.find(roundId);
    return found.map((initiative) => publishedInitiative(initiative, actor, publication));
  }

  /** One initiative as the reader may see it; another party's draft does not exist (404). */
  async initiative(actor: Actor, roundId: string, number: string): Promise<Initiative> {
    const initiative = await this.reads.find(roundId, number);
    if (!initiative || !canSeeInitiative(actor, initiative)) {
      throw notFound(`Forslag ${number} findes ikke i budgetrunden ${roundId}`);
    }
    return publishedInitiative(initiative, actor, await this.publications.find(roundId));
  }
}
