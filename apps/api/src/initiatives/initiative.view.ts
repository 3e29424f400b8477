import {
  assessmentLabels,
  committeeOf,
  type EconomyTable,
  type FinancingShare,
  financingAreaLabels,
  type Initiative,
  mioKrFromKroner,
  stateLabels,
  submittedByLabel,
  totalsPerYear,
  type TransitionRecord,
  commandLabels,
} from '@budgetflow/domain';

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

function financingView(financing: readonly FinancingShare[]) {
  return financing.map(({ area, share }) => ({
    area,
    areaLabel: financingAreaLabels[area],
    share,
  }));
}

/** One initiative as the API answers with it: the form's fields, review, costing and outcome. */
export function initiativeView(initiative: Initiative) {
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
    version: initiative.version,
    createdAt: initiative.createdAt,
    updatedAt: initiative.updatedAt,
  };
}

export function historyView(records: readonly TransitionRecord[]) {
  return records.map((record) => ({
    ...record,
    label: commandLabels[record.command],
    fromLabel: record.from && stateLabels[record.from],
    toLabel: stateLabels[record.to],
  }));
}
