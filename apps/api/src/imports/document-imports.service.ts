import { createHash } from 'node:crypto';
import type { ImportWarning } from '@budgetflow/documents';
import { type Actor, roundYears } from '@budgetflow/domain';
import { InitiativeReadRepository, RoundRepository } from '@budgetflow/persistence';
import { refusalIn } from '@budgetflow/workflows';
import { Inject, Injectable } from '@nestjs/common';
import { notFound, ProblemException, RefusedException } from '../http/problem';
import { runWithUpdateId } from '../idempotency/idempotency-context';
import { InitiativeCommands } from '../initiatives/initiative-commands.service';
import type { FieldChange } from './form-changes';
import {
  budgetPeriodWarning,
  type DocumentPlan,
  type ImportAction,
  planInitiative,
} from './import-plan';
import type { ReadUpload } from './uploads';

/** What became (or would become) of one uploaded document. */
export interface DocumentOutcome {
  readonly file: string;
  readonly hash: string;
  readonly kind: 'initiative' | 'minutes';
  readonly number: string | null;
  readonly title: string;
  readonly action: ImportAction;
  readonly reason: string | null;
  readonly changes: readonly FieldChange[];
  readonly warnings: readonly ImportWarning[];
}

export interface ImportOutcome {
  readonly roundId: string;
  readonly dryRun: boolean;
  readonly documents: DocumentOutcome[];
  readonly counts: Record<ImportAction, number>;
}

/**
 * Documents in over the API: each form is planned by the rules of the API's create and
 * editDraft, and carried out (unless a dry run) through the very same InitiativeCommands, so an
 * import is a person creating or editing a draft, with the same audit trail. Importing a form
 * the draft already holds is no step at all.
 */
@Injectable()
export class DocumentImports {
  constructor(
    @Inject(InitiativeCommands) private readonly commands: InitiativeCommands,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
  ) {}

  async knownRound(roundId: string) {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    return round;
  }

  async import(
    roundId: string,
    uploads: readonly ReadUpload[],
    actor: Actor,
    dryRun: boolean,
  ): Promise<ImportOutcome> {
    const years = roundYears(await this.knownRound(roundId));
    const documents: DocumentOutcome[] = [];
    const fileOfNumber = new Map<string, string>();
    for (const upload of uploads) {
      const { read } = upload;
      if (read.kind === 'minutes') {
        documents.push({
          ...common(upload, null, read.document.title),
          action: 'refused',
          reason:
            'Dokumentet er et mødereferat; en koordinator vedhæfter det et møde i budgetrundens kalender',
        });
        continue;
      }
      const { document } = read;
      const period = budgetPeriodWarning(document, years);
      const warnings = period ? [...read.warnings, period] : read.warnings;
      const earlier = document.number === null ? undefined : fileOfNumber.get(document.number);
      let plan: DocumentPlan;
      if (earlier !== undefined) {
        plan = {
          action: 'refused',
          number: document.number,
          reason: `Forslag ${document.number} står også i ${earlier}; importér ét dokument pr. forslag`,
        };
      } else {
        const existing = document.number ? await this.reads.find(roundId, document.number) : null;
        const at = new Date().toISOString();
        plan = planInitiative(document, warnings, existing, { roundId, years, actor, at });
      }
      if (document.number !== null && earlier === undefined) {
        fileOfNumber.set(document.number, upload.file);
      }
      const done = dryRun ? outcomeOf(plan) : await this.carryOut(roundId, upload, plan, actor);
      documents.push({
        ...common(upload, plan.number, document.title),
        ...done,
        changes: done.action === 'update' && plan.action === 'update' ? plan.changes : [],
        warnings,
      });
    }
    return { roundId, dryRun, documents, counts: countsOf(documents) };
  }

  /**
   * Sends the plan's command. Its update id is derived from the person, the file's bytes and the
   * number (and, for an edit, the version edited), so an upload retried after a lost answer
   * joins the step already taken instead of taking it twice. A refusal at this point (the
   * workflow decides at the moment of the step) is the document's outcome, not the request's.
   */
  private async carryOut(
    roundId: string,
    upload: ReadUpload,
    plan: DocumentPlan,
    actor: Actor,
  ): Promise<{ action: ImportAction; reason: string | null }> {
    const updateId = (step: string) =>
      createHash('sha256')
        .update(['import', actor.id, upload.hash, plan.number, step].join('\0'))
        .digest('hex');
    try {
      if (plan.action === 'create') {
        await runWithUpdateId(updateId('create'), () =>
          this.commands.create(roundId, plan.number, plan.form, actor),
        );
      } else if (plan.action === 'update') {
        await runWithUpdateId(updateId(`editDraft@${plan.version}`), () =>
          this.commands.execute(
            roundId,
            plan.number,
            { type: 'editDraft', form: plan.form },
            actor,
          ),
        );
      }
      return outcomeOf(plan);
    } catch (error) {
      const reason = refusalReason(error);
      if (reason === null) throw error;
      return { action: 'refused', reason };
    }
  }
}

function common(upload: ReadUpload, number: string | null, title: string) {
  return {
    file: upload.file,
    hash: upload.hash,
    kind: upload.read.kind,
    number,
    title,
    changes: [],
    warnings: upload.read.warnings,
  };
}

function outcomeOf(plan: DocumentPlan): { action: ImportAction; reason: string | null } {
  return { action: plan.action, reason: plan.action === 'refused' ? plan.reason : null };
}

/** The reason of a refused step, as the API would have answered it; null for anything else. */
function refusalReason(error: unknown): string | null {
  if (error instanceof RefusedException) return error.refusal.message;
  if (error instanceof ProblemException && [403, 404, 409].includes(error.problem.status)) {
    return error.problem.detail;
  }
  return refusalIn(error)?.message ?? null;
}

function countsOf(documents: readonly DocumentOutcome[]): Record<ImportAction, number> {
  const counts: Record<ImportAction, number> = { create: 0, update: 0, noChange: 0, refused: 0 };
  for (const document of documents) counts[document.action]++;
  return counts;
}
