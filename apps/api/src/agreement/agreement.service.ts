import {
  type Actor,
  type AgreementPlan,
  type AgreementRecord,
  planAgreement,
  roundYears,
  type Round,
} from '@budgetflow/domain';
import {
  AgreementRepository,
  InitiativeReadRepository,
  NegotiationPackageRepository,
  type PackageVersion,
  RoundFrameRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import {
  agreementProgressQuery,
  agreementWorkflow,
  type AgreementWorkflowInput,
  agreementWorkflowId,
} from '@budgetflow/workflows';
import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { type FieldProblem, notFound, invalidFields, ProblemException } from '../http/problem';
import { currentUpdateId } from '../idempotency/idempotency-context';
import { unknownPackage } from '../packages/not-found';
import { agreementView, previewView } from './agreement.view';

/**
 * The budget agreement: planned by the domain (planAgreement) from the package and the round as
 * the read model has them, carried out by its workflow, followed in its read model.
 */
@Injectable()
export class Agreements {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(NegotiationPackageRepository) private readonly packages: NegotiationPackageRepository,
    @Inject(RoundFrameRepository) private readonly frames: RoundFrameRepository,
    @Inject(AgreementRepository) private readonly agreements: AgreementRepository,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
  ) {}

  async preview(roundId: string, packageId: number, version?: number) {
    const round = await this.round(roundId);
    const found = await this.packages.find(roundId, packageId, version);
    if (!found) {
      if (version === undefined || !(await this.packages.find(roundId, packageId))) {
        unknownPackage(packageId);
      }
      throw notFound(`Pakken har ingen version ${version}`);
    }
    const plan = await this.plan(round, found);
    return previewView(roundId, plan, found.latestVersion, roundYears(round));
  }

  /**
   * Starts the agreement's workflow with the plan as it is now, once per round: the workflow id
   * is the round's, and is never used again. A retry of a request under the same idempotency
   * key finds the workflow its first attempt started (the key is in its memo) and answers with
   * its progress.
   */
  async conclude(roundId: string, packageId: number, version: number, actor: Actor) {
    const round = await this.round(roundId);
    const requestId = currentUpdateId();
    const handle = this.temporal.workflow.getHandle(agreementWorkflowId(roundId));
    if (requestId && (await startedBy(handle, requestId))) {
      return this.answer(await handle.query(agreementProgressQuery));
    }
    const found = await this.packages.find(roundId, packageId, version);
    if (!found) throw invalid(await this.unknownVersion(roundId, packageId, version));
    const plan = await this.plan(round, found);
    if (plan.problems.length > 0) throw cannotConclude(plan);
    const input: AgreementWorkflowInput = {
      roundId,
      package: plan.package,
      steps: plan.steps,
      actor,
      startedAt: new Date().toISOString(),
    };
    try {
      await this.temporal.workflow.start(agreementWorkflow, {
        workflowId: agreementWorkflowId(roundId),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        ...(requestId ? { memo: { requestId } } : {}),
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      throw new ProblemException({
        status: 409,
        title: 'Konflikt',
        detail: `Budgetrunden ${round.name} har allerede en budgetaftale`,
        code: 'agreementExists',
      });
    }
    return this.answer({
      roundId,
      package: plan.package,
      state: 'running',
      steps: plan.steps.map(({ number, command }) => ({ number, command: command.type })),
      outcomes: [],
      startedBy: actor.id,
      startedAt: input.startedAt,
      concludedAt: null,
    });
  }

  /**
   * The round's agreement as its workflow has recorded it; in the moment between its start and
   * its first record, as the workflow holds it.
   */
  async find(roundId: string) {
    await this.round(roundId);
    const record =
      (await this.agreements.find(roundId)) ??
      (await this.temporal.workflow
        .getHandle(agreementWorkflowId(roundId))
        .query(agreementProgressQuery)
        .catch((error: unknown) => {
          if (error instanceof WorkflowNotFoundError) return null;
          throw error;
        }));
    if (!record) throw notFound(`Budgetrunden ${roundId} har ingen budgetaftale endnu`);
    return this.answer(record);
  }

  /** What concluding with this package version would do to the round as it is now. */
  private async plan(round: Round, version: PackageVersion): Promise<AgreementPlan> {
    const [initiatives, frames, existing] = await Promise.all([
      this.agreements.initiativesBeyondDraft(round.id),
      this.frames.find(round.id),
      this.agreements.find(round.id),
    ]);
    return planAgreement({
      package: { id: version.packageId, version: version.version, name: version.name },
      items: version.items,
      initiatives,
      years: roundYears(round),
      frames,
      existing,
    });
  }

  private async answer(record: AgreementRecord) {
    const [initiatives, names] = await Promise.all([
      this.agreements.initiativesBeyondDraft(record.roundId),
      this.reads.actorNames([record.startedBy]),
    ]);
    const byNumber = new Map(initiatives.map((initiative) => [initiative.number, initiative]));
    return agreementView(record, byNumber, names);
  }

  private async round(roundId: string): Promise<Round> {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    return round;
  }

  private async unknownVersion(
    roundId: string,
    packageId: number,
    version: number,
  ): Promise<FieldProblem> {
    return (await this.packages.find(roundId, packageId))
      ? { field: 'version', message: `Pakken har ingen version ${version}` }
      : { field: 'packageId', message: `Pakke ${packageId} findes ikke i budgetrunden` };
  }
}

/** Whether the round's agreement was started by the request with this idempotency key. */
async function startedBy(
  handle: ReturnType<Client['workflow']['getHandle']>,
  requestId: string,
): Promise<boolean> {
  try {
    const { memo } = await handle.describe();
    return memo?.['requestId'] === requestId;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

function cannotConclude(plan: AgreementPlan): ProblemException {
  const exists = plan.problems.some((problem) => problem.code === 'agreementExists');
  return new ProblemException({
    status: 409,
    title: 'Konflikt',
    detail: `Budgetaftalen kan ikke indgås: ${plan.problems.map((p) => p.message).join('; ')}`,
    code: exists ? 'agreementExists' : 'agreementBlocked',
    errors: plan.problems.map(({ field, message }) => ({ field, message })),
  });
}

function invalid(problem: FieldProblem): ProblemException {
  return invalidFields([problem]);
}
