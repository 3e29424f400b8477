import {
  type Actor,
  assessmentLabels,
  commandActionLabels,
  commandsOpenTo,
  committeeOf,
  type EconomyTable,
  effectiveTotal,
  type FinancingShare,
  financingAreaLabels,
  formatDanishDateTime,
  formatMioKr,
  type Initiative,
  type Kroner,
  mioKrFromKroner,
  nextDeadline,
  type RoundCalendar,
  stateLabels,
  submittedByLabel,
  totalsPerYear,
  type TransitionRecord,
  commandLabels,
} from '@budgetflow/domain';
import type { ListedInitiative } from '@budgetflow/persistence';

/** The economy table as the API shows it: mio. kr. per year, the computed total, and FTE. */
export function economyView(table: EconomyTable, years: readonly number[]) {
  const inMioKr = (amounts: Readonly<Record<string, number>>) =>
    Object.fromEntries(
      Object.entries(amounts).map(([year, kroner]) => [year, mioKrFromKroner(kroner)]),
    );
  return {
    years,
    establishmentCosts: inMioKr(table.establishmentCosts),
    salaries: inMioKr(table.salaries),
    otherOperations: inMioKr(table.otherOperations),
    total: inMioKr(totalsPerYear(table, years)),
    staffFte: Object.fromEntries(
      Object.entries(table.staffFteTenths).map(([year, tenths]) => [year, tenths / 10]),
    ),
  };
}

export function financingView(financing: readonly FinancingShare[]) {
  return financing.map(({ area, share }) => ({
    area,
    areaLabel: financingAreaLabels[area],
    share,
  }));
}

/**
 * One initiative as the API answers with it: the form's fields, review, costing and outcome. Give
 * it the initiative as the reader may see it, and the notice of what is held back from them.
 */
export function initiativeView(initiative: Initiative, heldBack: string | null = null) {
  const { form, review, costing } = initiative;
  return {
    roundId: initiative.roundId,
    number: initiative.number,
    committee: committeeOf(initiative.number),
    title: form.title,
    state: initiative.state,
    stateLabel: stateLabels[initiative.state],
    submittedBy: form.submittedBy,
    submittedByLabel: submittedByLabel(form.submittedBy),
    purpose: form.purpose,
    background: form.background,
    economy: economyView(form.economy, initiative.years),
    elaboration: form.elaboration,
    financing: financingView(form.financing),
    commitmentBudgeting: form.commitmentBudgeting,
    scalable: form.scalable,
    agreementTextDraft: form.agreementTextDraft,
    sustainableDevelopmentGoals: form.sustainableDevelopmentGoals,
    review: review && {
      ...review,
      assessment: {
        ...review.assessment,
        conclusionLabel: assessmentLabels[review.assessment.conclusion],
      },
    },
    costing: costing && {
      economy: economyView(costing.economy, initiative.years),
      financing: financingView(costing.financing),
      by: costing.by,
      at: costing.at,
    },
    mergedInto: initiative.mergedInto,
    absorbed: initiative.absorbed,
    closingReason: initiative.closingReason,
    submittedLate: initiative.submittedLate === true,
    heldBack,
    version: initiative.version,
    createdAt: initiative.createdAt,
    updatedAt: initiative.updatedAt,
  };
}

export function historyView(
  records: readonly TransitionRecord[],
  names: ReadonlyMap<string, string>,
) {
  return records.map((record) => ({
    ...record,
    actor: { ...record.actor, name: names.get(record.actor.id) ?? null },
    label: commandLabels[record.command],
    fromLabel: record.from && stateLabels[record.from],
    toLabel: stateLabels[record.to],
  }));
}

/** The commands the reader may give the initiative now, as the buttons that give them. */
export function actionsView(actor: Actor, initiative: Initiative) {
  return commandsOpenTo(actor, initiative).map((command) => ({
    command,
    label: commandActionLabels[command],
  }));
}

/** An amount in kroner, in mio. kr. and as Danish text ("0,3 mio. kr."). */
export function amountView(kroner: Kroner) {
  return { kroner, mioKr: mioKrFromKroner(kroner), formatted: formatMioKr(kroner) };
}

/** One initiative of a list: what it costs in all, and the deadline it works towards next. */
export function listItemView(
  { initiative, reviewTask }: ListedInitiative,
  calendar: RoundCalendar,
  now: string,
  heldBack: string | null = null,
) {
  const deadline = nextDeadline(initiative.state, calendar, reviewTask, now);
  return {
    ...initiativeView(initiative, heldBack),
    total: amountView(effectiveTotal(initiative)),
    nextDeadline: deadline && { ...deadline, atText: formatDanishDateTime(deadline.at) },
  };
}
