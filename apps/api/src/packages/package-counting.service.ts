import {
  type Actor,
  type AreaAmount,
  canSeeInitiative,
  type Initiative,
  type PackageBalance,
  packageBalance,
  type PackageItem,
  packageTotals,
  publishedInitiative,
  type Round,
  roundYears,
} from '@budgetflow/domain';
import {
  NegotiationPackageRepository,
  type PackageVersion,
  RoundFrameRepository,
  RoundPublicationRepository,
} from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';

/** A version of a package with its initiatives as they are now, counted against the frames. */
export interface CountedPackage {
  readonly version: PackageVersion;
  readonly entries: readonly { readonly item: PackageItem; readonly initiative: Initiative }[];
  readonly totals: readonly AreaAmount[];
  readonly balance: PackageBalance;
}

/**
 * Counts packages by the domain's rules with the read model's initiatives and the round's
 * frames, read once for all the packages asked for. A package holds numbers, not amounts: it
 * always counts what its initiatives cost now (a new costing changes every package holding it).
 *
 * The one place a package reads initiatives, for a given reader: where the reader may not see a
 * costing yet (the round holds it back until released), the initiative counts with its party's
 * estimate, as everywhere else. Who backs a package is not counted here.
 */
@Injectable()
export class PackageCounting {
  constructor(
    @Inject(NegotiationPackageRepository) private readonly packages: NegotiationPackageRepository,
    @Inject(RoundFrameRepository) private readonly frames: RoundFrameRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

  async count(
    round: Round,
    versions: readonly PackageVersion[],
    actor: Actor,
  ): Promise<CountedPackage[]> {
    const years = roundYears(round);
    const [initiatives, frames, publication] = await Promise.all([
      this.packages.initiatives(
        round.id,
        versions.flatMap((version) => version.items.map((item) => item.number)),
      ),
      this.frames.find(round.id),
      this.publications.find(round.id),
    ]);
    return versions.map((version) => {
      // A package never holds a draft (saving refuses one, and nothing goes back to draft);
      // the visibility rule is applied all the same, as wherever initiatives are read.
      const entries = version.items.flatMap((item) => {
        const initiative = initiatives.get(item.number);
        return initiative && canSeeInitiative(actor, initiative)
          ? [{ item, initiative: publishedInitiative(initiative, actor, publication) }]
          : [];
      });
      const totals = packageTotals(
        entries.map(({ item, initiative }) => ({ initiative, adjustment: item.adjustment })),
        years,
      );
      return { version, entries, totals, balance: packageBalance(totals, frames, years) };
    });
  }
}
