import { memberOf } from '../demo/people';

// What the fault tests ask of the API: lifecycle walks made of steps, each taken by the person
// the lifecycle wants (the submitting party's member, the administration or the coordinator).

export type Command =
  | 'create'
  | 'submit'
  | 'startReview'
  | 'completeReview'
  | 'cost'
  | 'openNegotiation'
  | 'include'
  | 'reject'
  | 'withdraw'
  | 'merge';

/** One request a client means to make. */
export interface Step {
  readonly number: string;
  readonly command: Command;
  /** The demo person who takes it. */
  readonly personId: string;
  readonly path: string;
  readonly body: object;
  /** For a merge: the initiative that absorbs this one. */
  readonly into?: string;
}

/** The state a step leaves its initiative in. */
export const reaches: Record<Command, string> = {
  create: 'draft',
  submit: 'submitted',
  startReview: 'inReview',
  completeReview: 'inReview',
  cost: 'costed',
  openNegotiation: 'inNegotiation',
  include: 'included',
  reject: 'rejected',
  withdraw: 'withdrawn',
  merge: 'merged',
};

const actions: Record<Exclude<Command, 'create'>, string> = {
  submit: 'submit',
  startReview: 'start-review',
  completeReview: 'complete-review',
  cost: 'cost',
  openNegotiation: 'open-negotiation',
  include: 'include',
  reject: 'reject',
  withdraw: 'withdraw',
  merge: 'merge',
};

export const parties = [
  'Enhedslisten',
  'Socialdemokratiet',
  'SF',
  'Venstre',
  'Det Konservative Folkeparti',
  'Dansk Folkeparti',
] as const;

const COORDINATOR = 'demo-koordinator';
const ADMINISTRATION = 'demo-administration';

function form(party: string, number: string) {
  return {
    number,
    title: `Fejltest ${number}: temadag om omsorg`,
    submittedBy: { kind: 'partyGroups', partyGroups: [party] },
    purpose: 'En fælles dag, hvor personale og politikere drøfter omsorgens plads i hverdagen.',
    background: 'Omsorg er svær at måle, men afgørende for behandlingen.',
    economy: { otherOperations: { '2026': 0.3 } },
    financing: [{ area: 'health', share: '1' }],
    agreementTextDraft: 'Vi afholder en temadag om omsorg.',
  };
}

const bodies: Record<Exclude<Command, 'create' | 'merge'>, object> = {
  submit: {},
  startReview: {},
  completeReview: {
    comments: 'Forslaget ligger i naturlig forlængelse af regionens ledelseskonferencer.',
    assessment: { conclusion: 'requiresFunding', canBeMergedInto: null },
  },
  cost: { economy: { otherOperations: { '2026': 0.3 } } },
  openNegotiation: {},
  include: {},
  reject: { reason: 'Der er ikke råd i denne runde.' },
  withdraw: { reason: 'Partiet trækker forslaget tilbage.' },
};

/** Builds the steps of one round's initiatives. */
export function stepsOf(roundId: string) {
  const base = `/rounds/${roundId}/initiatives`;
  const partyOf = new Map<string, string>();
  return {
    create(number: string, party: string): Step {
      partyOf.set(number, party);
      return {
        number,
        command: 'create',
        personId: memberOf([party]).id,
        path: base,
        body: form(party, number),
      };
    },
    take(number: string, command: Exclude<Command, 'create'>, into?: string): Step {
      const party = partyOf.get(number);
      if (!party) throw new Error(`${number} is not created in this plan`);
      const personId =
        command === 'submit' || command === 'withdraw'
          ? memberOf([party]).id
          : command === 'startReview' || command === 'completeReview' || command === 'cost'
            ? ADMINISTRATION
            : COORDINATOR;
      const body = command === 'merge' ? { into } : bodies[command];
      return {
        number,
        command,
        personId,
        path: `${base}/${number}/${actions[command]}`,
        body,
        ...(into ? { into } : {}),
      };
    },
  };
}

/** The people whose tokens the steps need. */
export const stepPeople = [
  COORDINATOR,
  ADMINISTRATION,
  ...parties.map((party) => memberOf([party]).id),
];

const throughNegotiation: Exclude<Command, 'create'>[] = [
  'submit',
  'startReview',
  'completeReview',
  'cost',
  'openNegotiation',
];

/**
 * The burst's work: units that one client walks in order, each ending the lifecycle another way
 * (included, rejected, withdrawn, merged into a partner that is then included). Numbers run
 * 1.1, 1.2, ... so a round holds up to 999.
 */
export function burstPlan(roundId: string, initiatives: number): Step[][] {
  const steps = stepsOf(roundId);
  const units: Step[][] = [];
  let next = 1;
  const number = () => `1.${next++}`;
  for (let unit = 0; next <= initiatives; unit++) {
    const party = parties[unit % parties.length]!;
    const kind = unit % 4;
    if (kind === 3 && next + 1 <= initiatives) {
      const target = number();
      const source = number();
      units.push([
        steps.create(target, party),
        steps.take(target, 'submit'),
        steps.create(source, party),
        steps.take(source, 'submit'),
        steps.take(source, 'startReview'),
        steps.take(source, 'merge', target),
        ...throughNegotiation.slice(1).map((command) => steps.take(target, command)),
        steps.take(target, 'include'),
      ]);
      continue;
    }
    const n = number();
    const create = steps.create(n, party);
    const walk: Exclude<Command, 'create'>[] =
      kind === 0
        ? [...throughNegotiation, 'include']
        : kind === 1
          ? [...throughNegotiation, 'reject']
          : ['submit', 'startReview', 'withdraw'];
    units.push([create, ...walk.map((command) => steps.take(n, command))]);
  }
  return units;
}
