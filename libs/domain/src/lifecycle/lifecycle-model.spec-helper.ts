// The lifecycle as the budget process states it, written out a second time, independently of
// lifecycleRules and transition.ts: the property specs hold the code against this statement.
import type { Actor } from '../actor';
import { type EconomyTable, emptyEconomyTable } from '../initiative/economy';
import { financingAreas } from '../initiative/financing';
import type { InitiativeForm } from '../initiative/form';
import type { Command, CommandType } from './commands';
import type { Initiative } from './initiative';
import type { LifecycleState } from './states';

export type Who = 'submitter' | 'administration' | 'coordinator';

interface Step {
  /** The states the step may be taken in. */
  readonly from: readonly LifecycleState[];
  readonly who: Who;
  /** Where it leads; 'same' for steps that record something and stay. */
  readonly to: LifecycleState | 'same';
  /** The fields of the initiative it may change, besides version and updatedAt. */
  readonly changes: readonly (keyof Initiative)[];
  /** A step it waits for, whatever is sent with it: the costing builds on the review. */
  readonly after?: CommandType;
}

const open: LifecycleState[] = ['draft', 'submitted', 'inReview', 'costed', 'inNegotiation'];
const beyondDraft: LifecycleState[] = ['submitted', 'inReview', 'costed', 'inNegotiation'];

export const lifecycleModel: Record<CommandType, Step> = {
  editDraft: { from: ['draft'], who: 'submitter', to: 'same', changes: ['form'] },
  submit: {
    from: ['draft'],
    who: 'submitter',
    to: 'submitted',
    changes: ['state', 'submittedLate'],
  },
  startReview: { from: ['submitted'], who: 'administration', to: 'inReview', changes: ['state'] },
  completeReview: { from: ['inReview'], who: 'administration', to: 'same', changes: ['review'] },
  cost: {
    from: ['inReview'],
    who: 'administration',
    to: 'costed',
    changes: ['state', 'costing'],
    after: 'completeReview',
  },
  openNegotiation: {
    from: ['costed'],
    who: 'coordinator',
    to: 'inNegotiation',
    changes: ['state'],
  },
  include: { from: ['inNegotiation'], who: 'coordinator', to: 'included', changes: ['state'] },
  reject: {
    from: beyondDraft,
    who: 'coordinator',
    to: 'rejected',
    changes: ['state', 'closingReason'],
  },
  withdraw: { from: open, who: 'submitter', to: 'withdrawn', changes: ['state', 'closingReason'] },
  merge: { from: beyondDraft, who: 'coordinator', to: 'merged', changes: ['state', 'mergedInto'] },
  absorb: { from: beyondDraft, who: 'coordinator', to: 'same', changes: ['absorbed'] },
};

export const commandTypes = Object.keys(lifecycleModel) as CommandType[];

/** The ends of the lifecycle: included, merged into another, rejected or withdrawn. */
export const endedStates: readonly LifecycleState[] = [
  'included',
  'merged',
  'rejected',
  'withdrawn',
];

export function targetOf(type: CommandType, from: LifecycleState): LifecycleState {
  const to = lifecycleModel[type].to;
  return to === 'same' ? from : to;
}

/** Every state the table leads to from a fresh draft. */
export const reachableFromDraft: ReadonlySet<LifecycleState> = (() => {
  const reached = new Set<LifecycleState>(['draft']);
  for (let grew = true; grew;) {
    grew = false;
    for (const type of commandTypes) {
      for (const from of lifecycleModel[type].from.filter((state) => reached.has(state))) {
        const to = targetOf(type, from);
        if (!reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
  }
  return reached;
})();

/** The financing that counts: the costing's once there is one, else the form's. */
export const financingOf = (initiative: Initiative) =>
  (initiative.costing ?? initiative.form).financing;

/** A member of one of the party groups that put the form forward, or the administration for its own. */
export function amongSubmitters(actor: Actor, form: InitiativeForm): boolean {
  const by = form.submittedBy;
  if (by.kind === 'administration') return actor.role === 'administration';
  return (
    actor.role === 'partyGroupMember' &&
    actor.partyGroups.some((group) => by.partyGroups.includes(group))
  );
}

/** Whether the actor is whom the process names for the step on this initiative. */
export function fits(who: Who, actor: Actor, initiative: Initiative): boolean {
  switch (who) {
    case 'submitter':
      return amongSubmitters(actor, initiative.form);
    case 'administration': {
      // A reviewer limited to some areas reviews what is financed from them (or not yet financed).
      const areas = actor.reviewAreas ?? [];
      const financing = financingOf(initiative);
      return (
        actor.role === 'administration' &&
        (areas.length === 0 ||
          financing.length === 0 ||
          financing.some((share) => areas.includes(share.area)))
      );
    }
    case 'coordinator':
      return actor.role === 'coordinator';
  }
}

export const asksForMoney = (table: EconomyTable): boolean =>
  [table.establishmentCosts, table.salaries, table.otherOperations].some((row) =>
    Object.values(row).some((kroner) => kroner !== 0),
  );

/** What a well-formed step still needs of the initiative itself (else: invalidData). */
export function readyFor(type: CommandType, initiative: Initiative): boolean {
  const { form } = initiative;
  switch (type) {
    case 'submit':
      return (
        form.purpose.trim() !== '' && (!asksForMoney(form.economy) || form.financing.length > 0)
      );
    case 'cost':
      return initiative.review !== null;
    case 'editDraft':
    case 'startReview':
    case 'completeReview':
    case 'openNegotiation':
    case 'include':
    case 'reject':
    case 'withdraw':
    case 'merge':
    case 'absorb':
      return true;
  }
}

/** Another initiative of the round: the next number in the same committee. */
export const anotherNumber = (number: string) => {
  const [committee, serial] = number.split('.');
  return `${committee}.${Number(serial) + 1}`;
};

/** A well-formed command of the type for this initiative, as a careful user would send it. */
export function wellFormed(type: CommandType, initiative: Initiative): Command {
  switch (type) {
    case 'editDraft':
      return { type, form: { ...initiative.form, title: `${initiative.form.title} (rettet)` } };
    case 'completeReview':
      return {
        type,
        comments: 'Forslaget kræver finansiering.',
        assessment: { conclusion: 'requiresFunding', canBeMergedInto: null },
      };
    case 'cost': {
      // The form's economy, unless the review found it fits the existing frame: then no money.
      const withinFrame = initiative.review?.assessment.conclusion === 'withinExistingFrame';
      return { type, economy: withinFrame ? emptyEconomyTable : initiative.form.economy };
    }
    case 'reject':
    case 'withdraw':
      return { type, reason: 'Der er ikke flertal for forslaget.' };
    case 'merge':
      return { type, into: anotherNumber(initiative.number) };
    case 'absorb':
      return { type, source: anotherNumber(initiative.number) };
    case 'submit':
    case 'startReview':
    case 'openNegotiation':
    case 'include':
      return { type };
  }
}

const member = (id: string, ...partyGroups: string[]): Actor => ({
  id,
  role: 'partyGroupMember',
  partyGroups,
});
const official = (id: string, reviewAreas?: Actor['reviewAreas']): Actor =>
  reviewAreas
    ? { id, role: 'administration', partyGroups: [], reviewAreas }
    : { id, role: 'administration', partyGroups: [] };
export const coordinator: Actor = { id: 'karl.koord', role: 'coordinator', partyGroups: [] };
export const systemAdministrator: Actor = {
  id: 'sys',
  role: 'systemAdministrator',
  partyGroups: [],
};

/**
 * One of everyone who might try a step on this initiative: its submitters, members of other and
 * of no party groups, the administration whole and limited to each area, coordinators and system
 * administrators.
 */
export function everyoneFor(initiative: Initiative): Actor[] {
  const by = initiative.form.submittedBy;
  const submitters = by.kind === 'partyGroups' ? by.partyGroups : [];
  return [
    ...submitters.map((group) => member(`medlem.${group}`, group)),
    member('medlem.flere', ...submitters, 'Dansk Folkeparti'),
    member('medlem.andet', 'Dansk Folkeparti'),
    member('medlem.intet'),
    official('adm.alle'),
    official('adm.tom', []),
    ...financingAreas.map((area) => official(`adm.${area}`, [area])),
    coordinator,
    systemAdministrator,
  ];
}

/** One of those who put the form forward (`pick` chooses which). */
export function aSubmitter(form: InitiativeForm, pick: number): Actor {
  const by = form.submittedBy;
  if (by.kind === 'administration') return official('adm.forslag');
  return member(`medlem.${pick % 100}`, by.partyGroups[pick % by.partyGroups.length] ?? '');
}

/** Someone the process names for the step (`pick` chooses among them), found at the time. */
export function rightfulActor(type: CommandType, initiative: Initiative, pick: number): Actor {
  switch (lifecycleModel[type].who) {
    case 'submitter':
      return aSubmitter(initiative.form, pick);
    case 'administration': {
      const financing = financingOf(initiative);
      const area = financing[pick % Math.max(financing.length, 1)]?.area;
      return pick % 2 === 0 || !area ? official('adm.alle') : official(`adm.${area}`, [area]);
    }
    case 'coordinator':
      return coordinator;
  }
}
