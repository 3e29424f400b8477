import type { PackageVersion } from '@budgetflow/persistence';
import { PackageStanceRepository, RoundSeatRepository } from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { type Backing, backingView } from './backing.view';

/** Who backs each of these packages, from their stances and the round's seats, read once. */
@Injectable()
export class PackageBacking {
  constructor(
    @Inject(PackageStanceRepository) private readonly stances: PackageStanceRepository,
    @Inject(RoundSeatRepository) private readonly seats: RoundSeatRepository,
  ) {}

  async of(roundId: string, versions: readonly PackageVersion[]): Promise<Map<number, Backing>> {
    const [stances, seats] = await Promise.all([
      this.stances.current(versions.map((version) => version.packageId)),
      this.seats.find(roundId),
    ]);
    return new Map(
      versions.map((version) => [
        version.packageId,
        backingView(stances.get(version.packageId) ?? [], seats, version.latestVersion),
      ]),
    );
  }
}
