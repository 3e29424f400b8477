import {
  agreementOutcomeLabels,
  agreementPackageLabel,
  type AgreementPlan,
  type AgreementRecord,
  agreementStateLabels,
  agreementStepResultLabels,
  commandLabels,
  effectiveTotal,
  type Initiative,
  stateLabels,
  sumKroner,
  totalsPerYear,
} from '@budgetflow/domain';
import { amountView } from '../initiatives/initiative.view';
import { adjustmentView, balanceView, totalsView } from '../packages/package.view';

// What the agreement routes answer with; the schemas are in responses.ts.

/** What the agreement would do, initiative by initiative, and what stands in its way. */
export function previewView(
  roundId: string,
  plan: AgreementPlan,
  latestVersion: number,
  years: readonly number[],
) {
  const count = (outcome: keyof typeof agreementOutcomeLabels) =>
    plan.entries.filter((entry) => entry.outcome === outcome).length;
  return {
    roundId,
    package: { ...plan.package, label: agreementPackageLabel(plan.package), latestVersion },
    canConclude: plan.problems.length === 0,
    problems: plan.problems.map(({ code, field, message }) => ({ code, field, message })),
    counts: {
      included: count('included'),
      rejected: count('rejected'),
      unchanged: count('unchanged'),
      steps: plan.steps.length,
    },
    initiatives: plan.entries.map((entry) => {
      const { initiative, agreed } = entry;
      const perYear = agreed ? totalsPerYear(agreed.economy, years) : null;
      return {
        number: initiative.number,
        title: initiative.form.title,
        state: initiative.state,
        stateLabel: stateLabels[initiative.state],
        inPackage: entry.inPackage,
        adjustment: adjustmentView(entry.adjustment),
        outcome: entry.outcome,
        outcomeLabel: agreementOutcomeLabels[entry.outcome],
        note: entry.note,
        steps: entry.steps.map(({ command }) => ({
          command: command.type,
          commandLabel: commandLabels[command.type],
          comment: command.type === 'reject' ? command.reason : (command.comment ?? ''),
        })),
        current: { total: amountView(effectiveTotal(initiative)) },
        agreed: perYear && {
          years: years.map((year) => ({ year, amount: amountView(perYear[String(year)] ?? 0) })),
          total: amountView(sumKroner(Object.values(perYear))),
        },
      };
    }),
    totals: totalsView(plan.totals, years),
    balance: balanceView(plan.balance),
  };
}

/** The agreement and how far it has come, step by step. */
export function agreementView(
  record: AgreementRecord,
  initiatives: ReadonlyMap<string, Pick<Initiative, 'form'>>,
  names: ReadonlyMap<string, string>,
) {
  const { outcomes } = record;
  return {
    roundId: record.roundId,
    package: { ...record.package, label: agreementPackageLabel(record.package) },
    state: record.state,
    stateLabel: agreementStateLabels[record.state],
    startedBy: { id: record.startedBy, name: names.get(record.startedBy) ?? null },
    startedAt: record.startedAt,
    concludedAt: record.concludedAt,
    progress: {
      planned: record.steps.length,
      done: outcomes.length,
      refused: outcomes.filter((outcome) => outcome.result === 'refused').length,
    },
    steps: record.steps.map(({ number, command }, index) => {
      const outcome = outcomes[index];
      return {
        number,
        title: initiatives.get(number)?.form.title ?? '',
        command,
        commandLabel: commandLabels[command],
        result: outcome?.result ?? null,
        resultLabel: outcome ? agreementStepResultLabels[outcome.result] : null,
        message: outcome?.message ?? null,
        at: outcome?.at ?? null,
      };
    }),
  };
}
