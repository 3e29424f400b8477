// A round for a test that takes steps: its dates are counted from today, so that the submission
// deadline is always ahead and the test does not start failing as the calendar moves past a fixed
// date. Its shape is the API's (libs/domain/src/schemas/round.ts and calendar.ts).

const dayMs = 86_400_000;

/** Today plus some days, as the region's calendar writes a date: 2026-09-02 (Copenhagen). */
export function localDateFromToday(days: number, now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(now.getTime() + days * dayMs),
  );
}

export interface RoundFromToday {
  readonly id: string;
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly calendar: { readonly reviewWorkingDays: number; readonly milestones: readonly object[] };
  /** The budget years, first to last. */
  readonly years: readonly number[];
}

/**
 * The budget for the four years from next year, as the process runs it: the parties' deadline
 * three weeks ahead, the negotiations some weeks later, the agreement, and the council's two
 * readings, the second adopting the budget.
 */
export function roundFromToday(id: string, now = new Date()): RoundFromToday {
  const firstYear = Number(localDateFromToday(0, now).slice(0, 4)) + 1;
  const lastYear = firstYear + 3;
  const on = (days: number, time: string) => ({ date: localDateFromToday(days, now), time });
  const meeting = (days: number, agendaDeadlineWorkingDays: number, adoptsBudget = false) => ({
    ...on(days, '17:00'),
    kind: 'meeting',
    meeting: {
      body: 'regionsraadet',
      agendaDeadlineWorkingDays,
      ...(adoptsBudget ? { adoptsBudget } : {}),
    },
  });
  return {
    id,
    name: `Testrunde ${firstYear}-${lastYear}`,
    firstYear,
    lastYear,
    years: [firstYear, firstYear + 1, firstYear + 2, lastYear],
    calendar: {
      reviewWorkingDays: 10,
      milestones: [
        {
          id: 'indsendelsesfrist',
          kind: 'submissionDeadline',
          title: 'Frist for partiernes budgetinitiativer',
          ...on(21, '12:00'),
        },
        {
          id: 'forhandling-start',
          kind: 'negotiationStart',
          title: 'Budgetforhandlingerne begynder',
          ...on(49, '09:00'),
        },
        {
          id: 'forhandling-slut',
          kind: 'negotiationEnd',
          title: 'Budgetforhandlingerne slutter',
          ...on(59, '22:00'),
        },
        {
          id: 'budgetaftale',
          kind: 'budgetAgreement',
          title: 'Budgetaftalen indgås',
          ...on(60, '10:00'),
        },
        { id: 'rr-1', title: 'Regionsrådet: 1. behandling af budgettet', ...meeting(66, 5) },
        { id: 'rr-2', title: 'Regionsrådet: 2. behandling og vedtagelse', ...meeting(80, 5, true) },
      ],
    },
  };
}
