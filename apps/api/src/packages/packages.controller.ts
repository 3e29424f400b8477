import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  normalizedAdjustment,
  type PackageBody,
  packageDifference,
  packageItemProblems,
  type Round,
  roundYears,
} from '@budgetflow/domain';
import {
  InitiativeReadRepository,
  NegotiationPackageRepository,
  type PackageVersion,
  RoundRepository,
  type SaveRefusal,
} from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { type FieldProblem, notFound, invalidFields } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { ComparisonQueryDto, PackageDto, PackageVersionQueryDto, RestorePackageDto } from './dtos';
import { packageIdOf, unknownPackage } from './not-found';
import { PackageBacking } from './package-backing.service';
import { PackageCounting } from './package-counting.service';
import { comparisonView, packageListView, packageView, versionsView } from './package.view';
import {
  packageComparisonSchema,
  packageListSchema,
  packageSchema,
  packageVersionsSchema,
} from './responses';

/**
 * The round's negotiation packages: the coordinators save them, every save a new version; every
 * signed-in person reads them, counted against the frames, and compares them side by side.
 */
@ApiTags('packages')
@Controller('rounds/:roundId/packages')
export class PackagesController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(NegotiationPackageRepository) private readonly packages: NegotiationPackageRepository,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(PackageCounting) private readonly counting: PackageCounting,
    @Inject(PackageBacking) private readonly backing: PackageBacking,
  ) {}

  @Get()
  @Performs('getPackage')
  @ApiOperation({ summary: 'Budgetrundens forhandlingspakker, hver med sin seneste version' })
  @Responds(packageListSchema)
  async list(@Param('roundId') roundId: string) {
    await this.round(roundId);
    const packages = await this.packages.list(roundId);
    const names = await this.reads.actorNames(packages.map((summary) => summary.savedBy));
    return packageListView(roundId, packages, names);
  }

  @Post()
  @Performs('savePackage')
  @ApiOperation({
    summary: 'Opret en forhandlingspakke (koordinator): forslag, hvert evt. tilpasset; version 1',
  })
  @Responds(packageSchema, 201)
  async create(
    @Param('roundId') roundId: string,
    @Body() body: PackageDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.round(roundId);
    await this.checkItems(round, body, actor);
    const saved = await this.packages.create(roundId, contentOf(body), actor.id);
    return this.answer(round, refusedOrSaved(saved, body.name), actor);
  }

  // Before ':id', so that "compare" is not taken for a package's id.
  @Get('compare')
  @Performs('getPackage')
  @ApiOperation({
    summary:
      'Sammenlign to eller tre pakker (ids=1,2): totaler og balance pr. område, og forskellen mellem de to første',
  })
  @Responds(packageComparisonSchema)
  async compare(
    @Param('roundId') roundId: string,
    @Query() query: ComparisonQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.round(roundId);
    const versions = await Promise.all(
      query.ids.map(async (id) => (await this.packages.find(roundId, id)) ?? unknownPackage(id)),
    );
    const counted = await this.counting.count(round, versions, actor);
    const [first, second, ...more] = counted;
    if (!first || !second) throw new Error('The query asks for two packages or three');
    const itemsOf = (one: typeof first) => one.entries.map(({ item }) => item);
    const difference = packageDifference(
      { items: itemsOf(first), totals: first.totals },
      { items: itemsOf(second), totals: second.totals },
    );
    const backing = await this.backing.of(roundId, versions);
    return comparisonView(
      roundId,
      [first, second, ...more],
      difference,
      roundYears(round),
      backing,
    );
  }

  @Get(':id')
  @Performs('getPackage')
  @ApiOperation({
    summary:
      'En pakke (seneste version, eller ?version=N) med forslag, totaler pr. år og område og balancen mod rammerne',
  })
  @Responds(packageSchema)
  async get(
    @Param('roundId') roundId: string,
    @Param('id') id: string,
    @Query() query: PackageVersionQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.round(roundId);
    const packageId = packageIdOf(id);
    const version = await this.packages.find(roundId, packageId, query.version);
    if (!version) {
      if (query.version === undefined || !(await this.packages.find(roundId, packageId))) {
        unknownPackage(id);
      }
      throw notFound(`Pakken har ingen version ${query.version}`);
    }
    return this.answer(round, version, actor);
  }

  @Put(':id')
  @Performs('savePackage')
  @ApiOperation({ summary: 'Gem pakken (koordinator): det sendte bliver en ny version' })
  @Responds(packageSchema)
  async save(
    @Param('roundId') roundId: string,
    @Param('id') id: string,
    @Body() body: PackageDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.round(roundId);
    const packageId = packageIdOf(id);
    if (!(await this.packages.find(roundId, packageId))) unknownPackage(id);
    await this.checkItems(round, body, actor);
    const saved = await this.packages.save(roundId, packageId, contentOf(body), actor.id);
    return this.answer(round, refusedOrSaved(saved, body.name, id), actor);
  }

  @Get(':id/versions')
  @Performs('getPackage')
  @ApiOperation({ summary: 'Pakkens versioner, nyeste først: hvem gemte, hvornår og hvorfor' })
  @Responds(packageVersionsSchema)
  async versions(@Param('roundId') roundId: string, @Param('id') id: string) {
    await this.round(roundId);
    const packageId = packageIdOf(id);
    const versions = (await this.packages.versions(roundId, packageId)) ?? unknownPackage(id);
    const names = await this.reads.actorNames(versions.map((version) => version.savedBy));
    return versionsView(roundId, packageId, versions, names);
  }

  @Post(':id/restore')
  @Performs('savePackage')
  @ApiOperation({
    summary: 'Gendan en tidligere version (koordinator): en ny version magen til den',
  })
  @Responds(packageSchema, 201)
  async restore(
    @Param('roundId') roundId: string,
    @Param('id') id: string,
    @Body() body: RestorePackageDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.round(roundId);
    const packageId = packageIdOf(id);
    const note = body.note || `Gendannet fra version ${body.version}`;
    const saved = await this.packages.restore(roundId, packageId, body.version, note, actor.id);
    if (saved === 'unknownVersion') {
      throw invalid([{ field: 'version', message: `Pakken har ingen version ${body.version}` }]);
    }
    return this.answer(round, refusedOrSaved(saved, null, id), actor);
  }

  private async round(roundId: string): Promise<Round> {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    return round;
  }

  /** The domain's refusals of the items, field by field; nothing is saved with one. */
  private async checkItems(round: Round, body: PackageBody, actor: Actor): Promise<void> {
    const initiatives = await this.packages.initiatives(
      round.id,
      body.items.map((item) => item.number),
    );
    const problems = packageItemProblems(
      body.items,
      (number) => initiatives.get(number) ?? null,
      actor,
      roundYears(round),
    );
    if (problems.length > 0) throw invalid(problems);
  }

  private async answer(round: Round, version: PackageVersion, actor: Actor) {
    const [[counted], names, backing] = await Promise.all([
      this.counting.count(round, [version], actor),
      this.reads.actorNames([version.savedBy]),
      this.backing.of(round.id, [version]),
    ]);
    return packageView(counted!, roundYears(round), names, backing.get(version.packageId)!);
  }
}

/** The body as a version keeps it: each adjustment in its canonical form. */
function contentOf(body: PackageBody) {
  return {
    name: body.name,
    items: body.items.map(({ number, adjustment }) => ({
      number,
      adjustment: normalizedAdjustment(adjustment),
    })),
    note: body.note || null,
  };
}

function refusedOrSaved(
  saved: PackageVersion | SaveRefusal,
  name: string | null,
  id?: string,
): PackageVersion {
  if (saved === 'unknownPackage') unknownPackage(id ?? '');
  if (saved === 'nameTaken') {
    throw invalid([
      {
        field: name === null ? 'version' : 'name',
        message:
          name === null
            ? 'Versionens navn bruges nu af en anden pakke i budgetrunden; omdøb den ene først'
            : `Budgetrunden har allerede en pakke med navnet ${name}`,
      },
    ]);
  }
  if (saved === 'unknownVersion') throw new Error('Only a restore names a version');
  return saved;
}

function invalid(errors: readonly FieldProblem[]) {
  return invalidFields(errors);
}
