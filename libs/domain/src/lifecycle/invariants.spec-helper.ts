// The lifecycle's invariants, each a named property: of every initiative reached, of every
// refusal and of every accepted step. scenarios.spec-helper.ts checks them all at every step.
import type { Actor } from '../actor';
import { canSeeInitiative } from '../access/visibility';
import { isOperation, operationRefusal } from '../access/operations';
import {
  type EconomyTable,
  totalForYear,
  totalsPerYearAndArea,
  yearsOutsideRound,
} from '../initiative/economy';
import type { FinancingShare } from '../initiative/financing';
import { parseFraction } from '../money/fraction';
import type { Command } from './commands';
import type { Initiative, TransitionRecord } from './initiative';
import {
  asksForMoney,
  endedStates,
  fits,
  lifecycleModel,
  reachableFromDraft,
  targetOf,
} from './lifecycle-model.spec-helper';
import type { RefusalCode } from './refusal';
import { lifecycleStates, type LifecycleState } from './states';
import { formProblem } from './transition';

export interface Invariant<T> {
  readonly name: string;
  readonly says: string;
  readonly holds: (subject: T) => boolean;
}

/** An initiative as the lifecycle left it, with the history that led there. */
export interface Reached {
  readonly initiative: Initiative;
  readonly history: readonly TransitionRecord[];
}

export interface Attempt {
  readonly before: Initiative;
  readonly command: Command;
  readonly actor: Actor;
  readonly at: string;
}
export type Refused = Attempt & { readonly code: RefusalCode; readonly message: string };
export type Accepted = Attempt & { readonly after: Initiative; readonly record: TransitionRecord };

/** Deep equality of plain JSON data, fast enough to run at every step. */
export const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const refusalCodes: readonly RefusalCode[] = [
  'invalidState',
  'forbidden',
  'invalidData',
  'invalidMergeTarget',
  'busy',
  'deadlinePassed',
];

// Names from the code that would betray a message not written for people.
const codeWords = new RegExp(
  `\\b(${[...lifecycleStates, ...Object.keys(lifecycleModel), 'regionalDevelopment', 'undefined', 'null', 'NaN'].join('|')})\\b|\\[object`,
);

/** Danish, for people: a capital first, Danish words, and no names or values from the code. */
export function isDanishMessage(message: string): boolean {
  return (
    /^[A-ZÆØÅ]/.test(message) &&
    (/[æøå]/i.test(message) || /\b(forslag|forslaget|kan|skal|ikke|er|kun|der)\b/i.test(message)) &&
    !codeWords.test(message)
  );
}

/** Σ shares = 1 exactly, counted in integers: Σ nᵢ·(D/dᵢ) = D with D = Π dᵢ. */
function sharesMakeOne(financing: readonly FinancingShare[]): boolean {
  const shares = financing.map(({ share }) => parseFraction(share));
  if (shares.some((share) => share === null)) return false;
  const whole = shares.reduce((product, share) => product * BigInt(share!.denominator), 1n);
  const sum = shares.reduce(
    (total, share) => total + (BigInt(share!.numerator) * whole) / BigInt(share!.denominator),
    0n,
  );
  return sum === whole;
}

const rowSum = (table: EconomyTable, year: number) =>
  [table.establishmentCosts, table.salaries, table.otherOperations].reduce(
    (sum, row) => sum + BigInt(row[String(year)] ?? 0),
    0n,
  );

/** Each year's split between the areas adds up to the year, each part within 1 kr of its share. */
function splitIsExact(
  table: EconomyTable,
  financing: readonly FinancingShare[],
  years: readonly number[],
) {
  if (financing.length === 0) return true;
  const parts = totalsPerYearAndArea(table, financing, years);
  return years.every((year) => {
    const total = rowSum(table, year);
    const ofYear = parts.filter((part) => part.year === year);
    const sum = ofYear.reduce((acc, part) => acc + BigInt(part.kroner), 0n);
    return (
      sum === total &&
      ofYear.every((part, index) => {
        const share = parseFraction(financing[index]!.share)!;
        const error =
          BigInt(part.kroner) * BigInt(share.denominator) - total * BigInt(share.numerator);
        return (error < 0n ? -error : error) < BigInt(share.denominator);
      })
    );
  });
}

/** After the round's deadline (a submission at the deadline itself is in time). */
const isAfterDeadline = (command: Command, at: string) =>
  command.type === 'submit' &&
  !!command.window?.deadline &&
  Date.parse(at) > Date.parse(command.window.deadline);

/** Whether the step kept what its command gave, signed with who and when where it says so. */
function keptWhatItWasGiven({ before, command, actor, at, after }: Accepted): boolean {
  switch (command.type) {
    case 'editDraft':
      return sameData(after.form, command.form);
    case 'submit':
      return (after.submittedLate === true) === isAfterDeadline(command, at);
    case 'completeReview':
      return sameData(after.review, {
        comments: command.comments,
        assessment: command.assessment,
        by: actor.id,
        at,
      });
    case 'cost':
      return sameData(after.costing, {
        economy: command.economy,
        financing: command.financing ?? before.form.financing,
        by: actor.id,
        at,
      });
    case 'reject':
    case 'withdraw':
      return after.closingReason === command.reason;
    case 'merge':
      return after.mergedInto === command.into;
    case 'absorb':
      return sameData(
        after.absorbed,
        before.absorbed.includes(command.source)
          ? before.absorbed
          : [...before.absorbed, command.source],
      );
    case 'startReview':
    case 'openNegotiation':
    case 'include':
      return true;
  }
}

const effective = (initiative: Initiative) => initiative.costing ?? initiative.form;
const isEnded = (state: LifecycleState) => endedStates.includes(state);
const blank = (text: string | null) => text === null || text.trim() === '';

/** What holds of every initiative the lifecycle gives, whatever led there. */
export const initiativeInvariants: Invariant<Reached>[] = [
  {
    name: 'reachableState',
    says: 'the state is one the lifecycle table leads to from a draft',
    holds: ({ initiative }) => reachableFromDraft.has(initiative.state),
  },
  {
    name: 'formKeepsItsRules',
    says: 'the form has a title, a submitter and a valid financing, and no year outside the round',
    holds: ({ initiative }) => formProblem(initiative.form, initiative.years) === null,
  },
  {
    name: 'economyWithinTheRound',
    says: 'the economy that counts names no year outside the round',
    holds: ({ initiative }) =>
      yearsOutsideRound(effective(initiative).economy, initiative.years).length === 0,
  },
  {
    name: 'totalsAreTheSumsOfTheirRows',
    says: 'each year’s total, of the form and of the costing, is the exact integer sum of its rows',
    holds: ({ initiative }) =>
      [initiative.form.economy, initiative.costing?.economy]
        .filter((table): table is EconomyTable => !!table)
        .every((table) =>
          initiative.years.every(
            (year) => BigInt(totalForYear(table, year)) === rowSum(table, year),
          ),
        ),
  },
  {
    name: 'financingSharesSumToOne',
    says: 'a financing, of the form or the costing, is empty or distinct areas whose shares make exactly 1',
    holds: ({ initiative }) =>
      [initiative.form.financing, initiative.costing?.financing ?? []].every(
        (financing) =>
          financing.length === 0 ||
          (new Set(financing.map((share) => share.area)).size === financing.length &&
            sharesMakeOne(financing)),
      ),
  },
  {
    name: 'splitBetweenAreasIsExact',
    says: 'the totals split between the financing areas add up to each year, each part within 1 kr',
    holds: ({ initiative }) =>
      splitIsExact(
        effective(initiative).economy,
        effective(initiative).financing,
        initiative.years,
      ),
  },
  {
    name: 'submittedMoneyIsFinanced',
    says: 'once submitted, an initiative that asks for money says who pays for it',
    holds: ({ initiative, history }) =>
      !history.some((record) => record.command === 'submit') ||
      !asksForMoney(effective(initiative).economy) ||
      effective(initiative).financing.length > 0,
  },
  {
    name: 'submittedFormIsComplete',
    says: 'once submitted, the form has its purpose filled in',
    holds: ({ initiative, history }) =>
      !history.some((record) => record.command === 'submit') || !blank(initiative.form.purpose),
  },
  {
    name: 'reviewBeforeCosting',
    says: 'no review or costing before the review starts; a costing has a review; a costed one a costing',
    holds: ({ initiative: { state, review, costing } }) =>
      (costing === null || review !== null) &&
      (!['draft', 'submitted'].includes(state) || (review === null && costing === null)) &&
      (!['costed', 'inNegotiation', 'included'].includes(state) || costing !== null),
  },
  {
    name: 'reviewIsComplete',
    says: 'a review has comments and never advises merging the initiative into itself',
    holds: ({ initiative: { review, number } }) =>
      review === null || (!blank(review.comments) && review.assessment.canBeMergedInto !== number),
  },
  {
    name: 'withinTheFrameMeansNoNewMoney',
    says: 'a costing of an initiative the review found within the existing frame asks for no money',
    holds: ({ initiative: { review, costing } }) =>
      costing === null ||
      review?.assessment.conclusion !== 'withinExistingFrame' ||
      !asksForMoney(costing.economy),
  },
  {
    name: 'closedWithAReason',
    says: 'a reason is given exactly when the initiative is rejected or withdrawn, and it is not blank',
    holds: ({ initiative: { state, closingReason } }) =>
      ['rejected', 'withdrawn'].includes(state) ? !blank(closingReason) : closingReason === null,
  },
  {
    name: 'mergedIntoAnother',
    says: 'a merged initiative names the other one it went into, and only a merged one does',
    holds: ({ initiative: { state, mergedInto, number } }) =>
      state === 'merged' ? mergedInto !== null && mergedInto !== number : mergedInto === null,
  },
  {
    name: 'absorbedOnceEachNeverItself',
    says: 'an initiative lists each it absorbed once, and never itself',
    holds: ({ initiative: { absorbed, number } }) =>
      new Set(absorbed).size === absorbed.length && !absorbed.includes(number),
  },
  {
    name: 'lateOnlyOnceSubmitted',
    says: 'only an initiative that was submitted after the deadline is marked late',
    holds: ({ initiative, history }) =>
      !initiative.submittedLate ||
      history.some((record) => record.command === 'submit' && record.data?.['late'] === true),
  },
  {
    name: 'historyNumbersItsSteps',
    says: 'the records run 1, 2, 3 … up to the version, each starting where the last ended',
    holds: ({ initiative, history }) =>
      history.length === initiative.version &&
      history.every(
        (record, index) =>
          record.seq === index + 1 && record.from === (index === 0 ? null : history[index - 1]!.to),
      ) &&
      history[history.length - 1]?.to === initiative.state,
  },
  {
    name: 'travelsAsJson',
    says: 'the initiative is plain data: it comes back from JSON the same',
    holds: ({ initiative }) => sameData(JSON.parse(JSON.stringify(initiative)), initiative),
  },
];

/** What holds of every refusal. */
export const refusalInvariants: Invariant<Refused>[] = [
  {
    name: 'refusalHasACode',
    says: 'a refusal carries one of the known codes',
    holds: ({ code }) => refusalCodes.includes(code),
  },
  {
    name: 'refusalSpeaksDanish',
    says: 'a refusal’s message is Danish words for people, with no names from the code',
    holds: ({ message }) => isDanishMessage(message),
  },
  {
    name: 'stateFirst',
    says: 'a step the table does not allow from the state is refused for the state, whoever sends it',
    holds: ({ before, command, code }) =>
      lifecycleModel[command.type].from.includes(before.state) ||
      code === (command.type === 'absorb' ? 'invalidMergeTarget' : 'invalidState'),
  },
  {
    name: 'stateRefusalNamesTheInitiative',
    says: 'a refusal for the state names the initiative by its number',
    holds: ({ before, code, message }) =>
      code !== 'invalidState' || message.startsWith(`Forslag ${before.number} `),
  },
  {
    name: 'deadlineOnlyWhenLate',
    says: 'a submission is refused for the deadline only after it, and only if not allowed late',
    holds: ({ command, at, code }) =>
      code !== 'deadlinePassed' ||
      (command.type === 'submit' && isAfterDeadline(command, at) && !command.window?.lateAllowed),
  },
  {
    name: 'roleSecond',
    says: 'a step allowed from the state but sent by someone the process does not name is forbidden',
    holds: ({ before, command, actor, code }) =>
      !lifecycleModel[command.type].from.includes(before.state) ||
      fits(lifecycleModel[command.type].who, actor, before) ||
      code === 'forbidden',
  },
  {
    name: 'dataLast',
    says:
      'the rightful sender of a step allowed from the state is refused only for its data ' +
      '(or for handing a draft to others)',
    holds: ({ before, command, actor, code }) =>
      !lifecycleModel[command.type].from.includes(before.state) ||
      !fits(lifecycleModel[command.type].who, actor, before) ||
      ['invalidData', 'invalidMergeTarget', 'deadlinePassed'].includes(code) ||
      (code === 'forbidden' && command.type === 'editDraft'),
  },
];

/** What holds of every accepted step. */
export const stepInvariants: Invariant<Accepted>[] = [
  {
    name: 'endedStatesAcceptNothing',
    says: 'an included, merged, rejected or withdrawn initiative takes no further step',
    holds: ({ before }) => !isEnded(before.state),
  },
  {
    name: 'stepInTheTable',
    says: 'the step is allowed from its state and leads where the table says',
    holds: ({ before, command, after }) =>
      lifecycleModel[command.type].from.includes(before.state) &&
      after.state === targetOf(command.type, before.state),
  },
  {
    name: 'byWhomTheTableNames',
    says: 'the step is taken by whom the process names: submitter, (area) reviewer or coordinator',
    holds: ({ before, command, actor }) => fits(lifecycleModel[command.type].who, actor, before),
  },
  {
    name: 'versionUpByOne',
    says: 'an accepted step raises the version by exactly 1, and its record carries that number',
    holds: ({ before, after, record }) =>
      after.version === before.version + 1 && record.seq === after.version,
  },
  {
    name: 'recordTellsTheStep',
    says: 'the record names the command, from and to states, the actor and the time',
    holds: ({ before, command, actor, at, after, record }) =>
      record.command === command.type &&
      record.from === before.state &&
      record.to === after.state &&
      sameData(record.actor, { id: actor.id, role: actor.role }) &&
      record.at === at &&
      after.updatedAt === at,
  },
  {
    name: 'recordKeepsTheWords',
    says: 'the record keeps the comment given, or the reason for a rejection or withdrawal',
    holds: ({ command, record }) =>
      record.comment ===
      ('reason' in command
        ? command.reason
        : 'comment' in command
          ? (command.comment ?? null)
          : null),
  },
  {
    name: 'keepsWhatItWasGiven',
    says:
      'the step keeps what it was given: the form, the review and costing signed by who and ' +
      'when, the reason, the merge target, the absorbed; late only after the deadline',
    holds: keptWhatItWasGiven,
  },
  {
    name: 'changesOnlyWhatItIsAbout',
    says: 'a step changes only the fields it is about (and version, updatedAt)',
    holds: ({ before, command, after }) => {
      const allowed = new Set<string>([
        ...lifecycleModel[command.type].changes,
        'version',
        'updatedAt',
      ]);
      const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
      return [...keys].every(
        (key) =>
          allowed.has(key) ||
          sameData(before[key as keyof Initiative], after[key as keyof Initiative]),
      );
    },
  },
  {
    name: 'actorCanSeeIt',
    says: 'whoever takes a step can see the initiative (drafts are their submitters’ own)',
    holds: ({ before, actor }) => canSeeInitiative(actor, before),
  },
  {
    name: 'apiGuardAgrees',
    says: 'the API’s role guard lets through every step the lifecycle accepts',
    holds: ({ command, actor }) =>
      !isOperation(command.type) || operationRefusal(command.type, actor) === null,
  },
];
