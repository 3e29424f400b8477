import type { Actor } from '../actor';
import { isLate, lateSubmissionRefusal } from '../calendar/submission';
import { hasAmounts, yearsOutsideRound, type EconomyTable } from '../initiative/economy';
import {
  financingAreaLabels,
  financingProblem,
  type FinancingShare,
} from '../initiative/financing';
import type { InitiativeForm } from '../initiative/form';
import type { InitiativeNumber } from '../initiative/number';
import type { Command, CommandType } from './commands';
import {
  effectiveEconomy,
  type Initiative,
  type Review,
  type TransitionRecord,
} from './initiative';
import { refusal, type Refusal } from './refusal';
import { type LifecycleState, stateLabels } from './states';

export type Decision =
  | { readonly ok: true; readonly initiative: Initiative; readonly record: TransitionRecord }
  | { readonly ok: false; readonly refusal: Refusal };

export type Who = 'submitter' | 'administration' | 'coordinator';

interface Rule {
  /** The states the command may be given in. */
  readonly from: readonly LifecycleState[];
  readonly who: Who;
  /**
   * Taken only once the administration's review is completed, whatever is sent with it: the
   * costing builds on the review's assessment.
   */
  readonly afterReview?: true;
}

const open: LifecycleState[] = ['draft', 'submitted', 'inReview', 'costed', 'inNegotiation'];
const beyondDraft: LifecycleState[] = ['submitted', 'inReview', 'costed', 'inNegotiation'];

/** Who may do what, from which states: the lifecycle in one table. */
export const lifecycleRules: Record<CommandType, Rule> = {
  editDraft: { from: ['draft'], who: 'submitter' },
  submit: { from: ['draft'], who: 'submitter' },
  startReview: { from: ['submitted'], who: 'administration' },
  completeReview: { from: ['inReview'], who: 'administration' },
  cost: { from: ['inReview'], who: 'administration', afterReview: true },
  openNegotiation: { from: ['costed'], who: 'coordinator' },
  include: { from: ['inNegotiation'], who: 'coordinator' },
  reject: { from: beyondDraft, who: 'coordinator' },
  withdraw: { from: open, who: 'submitter' },
  merge: { from: beyondDraft, who: 'coordinator' },
  absorb: { from: beyondDraft, who: 'coordinator' },
};

const whoLabels: Record<Who, string> = {
  submitter: 'forslagsstilleren',
  administration: 'administrationen',
  coordinator: 'koordinatorerne',
};

/** Whether the actor is (a member of) who put the initiative forward. */
export function isSubmitter(actor: Actor, form: Pick<InitiativeForm, 'submittedBy'>): boolean {
  const { submittedBy } = form;
  if (submittedBy.kind === 'administration') return actor.role === 'administration';
  return (
    actor.role === 'partyGroupMember' &&
    submittedBy.partyGroups.some((group) => actor.partyGroups.includes(group))
  );
}

/** Whether the actor is who the table names for a step of this initiative. */
export function mayAct(who: Who, actor: Actor, initiative: Initiative): boolean {
  switch (who) {
    case 'submitter':
      return isSubmitter(actor, initiative.form);
    case 'administration':
      return actor.role === 'administration' && reviewsAreaOf(actor, initiative);
    case 'coordinator':
      return actor.role === 'coordinator';
  }
}

/** A reviewer limited to some financing areas reviews the initiatives financed from them. */
function reviewsAreaOf(actor: Actor, initiative: Initiative): boolean {
  const areas = actor.reviewAreas ?? [];
  if (areas.length === 0) return true;
  const financing = effectiveEconomy(initiative).financing;
  return financing.length === 0 || financing.some((share) => areas.includes(share.area));
}

/** Rules every version of the form must keep, draft or not. */
export function formProblem(form: InitiativeForm, years: readonly number[]): string | null {
  if (form.title.trim() === '') return 'Forslaget skal have en titel';
  if (form.submittedBy.kind === 'partyGroups' && form.submittedBy.partyGroups.length === 0) {
    return 'Forslaget skal være fremsat af mindst én partigruppe';
  }
  return economyProblem(form.economy, form.financing, years);
}

function economyProblem(
  economy: EconomyTable,
  financing: readonly FinancingShare[],
  years: readonly number[],
): string | null {
  const outside = yearsOutsideRound(economy, years);
  if (outside.length > 0) {
    return `Økonomitabellen nævner år uden for budgetrunden (${outside.join(', ')}); runden dækker ${years[0]}-${years[years.length - 1]}`;
  }
  return financingProblem(financing);
}

/** What a submitted form lacks, by the form's field, so a form can show it where it belongs. */
export interface SubmissionProblem {
  readonly field: 'purpose' | 'financing';
  readonly message: string;
}

/** A submitted form must be complete enough for the administration to review it. */
export function submissionProblems(
  form: Pick<InitiativeForm, 'purpose' | 'economy' | 'financing'>,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (form.purpose.trim() === '') {
    problems.push({
      field: 'purpose',
      message: 'Formål og indhold skal udfyldes, før forslaget kan indsendes',
    });
  }
  if (hasAmounts(form.economy) && form.financing.length === 0) {
    problems.push({
      field: 'financing',
      message: 'Et forslag med udgifter skal angive, hvilket område der finansierer det',
    });
  }
  return problems;
}

function submissionProblem(form: InitiativeForm): string | null {
  return submissionProblems(form)[0]?.message ?? null;
}

/** Creates the draft of a new initiative, if the actor may put it forward. */
export function createInitiative(
  input: {
    roundId: string;
    number: InitiativeNumber;
    years: readonly number[];
    form: InitiativeForm;
  },
  actor: Actor,
  at: string,
): Decision {
  if (!isSubmitter(actor, input.form)) {
    return refused('forbidden', 'Kun forslagsstilleren selv kan oprette forslaget');
  }
  const problem = formProblem(input.form, input.years);
  if (problem) return refused('invalidData', problem);
  const initiative: Initiative = {
    roundId: input.roundId,
    number: input.number,
    years: [...input.years],
    state: 'draft',
    form: input.form,
    review: null,
    costing: null,
    mergedInto: null,
    absorbed: [],
    closingReason: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const record: TransitionRecord = {
    seq: 1,
    command: 'create',
    from: null,
    to: 'draft',
    actor: { id: actor.id, role: actor.role },
    at,
    comment: null,
    data: null,
  };
  return { ok: true, initiative, record };
}

/**
 * The lifecycle as one pure function: given an initiative, a command, who gives it and when,
 * either the next initiative and the record of the step, or a refusal with the reason.
 */
export function transition(
  initiative: Initiative,
  command: Command,
  actor: Actor,
  at: string,
): Decision {
  const rule = lifecycleRules[command.type];
  const state = stateLabels[initiative.state].toLowerCase();
  if (!rule.from.includes(initiative.state)) {
    if (command.type === 'absorb' && initiative.state === 'draft') {
      // A draft is invisible to the coordinator merging: it answers as if it were not there.
      return refused(
        'invalidMergeTarget',
        `Forslag ${initiative.number} findes ikke i budgetrunden`,
      );
    }
    return command.type === 'absorb'
      ? refused(
          'invalidMergeTarget',
          `Forslag ${command.source} kan ikke indarbejdes i forslag ${initiative.number}, som er ${state}`,
        )
      : refused(
          'invalidState',
          `Forslag ${initiative.number} er ${state}; det kan ikke ${verbs[command.type].passive} nu`,
        );
  }
  if (
    rule.who === 'administration' &&
    actor.role === 'administration' &&
    !reviewsAreaOf(actor, initiative)
  ) {
    const areas = (actor.reviewAreas ?? []).map((area) => financingAreaLabels[area]).join(', ');
    return refused(
      'forbidden',
      `Forslag ${initiative.number} finansieres ikke af de områder, du behandler (${areas})`,
    );
  }
  if (!mayAct(rule.who, actor, initiative)) {
    return refused(
      'forbidden',
      `Kun ${whoLabels[rule.who]} kan ${activeVerb(command.type, `forslag ${initiative.number}`)}`,
    );
  }
  if (rule.afterReview && !initiative.review) {
    return refused(
      'invalidData',
      `Forslaget kan ikke ${verbs[command.type].passive}, før administrationens bemærkninger er afgivet`,
    );
  }
  const step = apply(initiative, command, actor, at);
  if ('refusal' in step) return { ok: false, refusal: step.refusal };
  const next: Initiative = { ...step.next, updatedAt: at, version: initiative.version + 1 };
  const record: TransitionRecord = {
    seq: next.version,
    command: command.type,
    from: initiative.state,
    to: next.state,
    actor: { id: actor.id, role: actor.role },
    at,
    comment: step.comment ?? null,
    data: step.data ?? null,
  };
  return { ok: true, initiative: stamp(next, command, actor, at), record };
}

type Step =
  | { next: Initiative; comment?: string | undefined; data?: Record<string, unknown> }
  | { refusal: Refusal };

/** What each command does to the initiative once state and role allow it. */
function apply(initiative: Initiative, command: Command, actor: Actor, at: string): Step {
  switch (command.type) {
    case 'editDraft': {
      const problem = formProblem(command.form, initiative.years);
      if (problem) return { refusal: refusal('invalidData', problem) };
      // As on creation: nobody can put the initiative forward in another's name.
      if (!isSubmitter(actor, command.form)) {
        return {
          refusal: refusal(
            'forbidden',
            'Forslaget kan ikke overdrages: den, der redigerer, skal fortsat være blandt forslagsstillerne',
          ),
        };
      }
      return { next: { ...initiative, form: command.form } };
    }
    case 'submit': {
      const problem = submissionProblem(initiative.form);
      if (problem) return { refusal: refusal('invalidData', problem) };
      const tooLate = lateSubmissionRefusal(command.window, at);
      if (tooLate) return { refusal: tooLate };
      if (isLate(command.window, at)) {
        return {
          next: { ...initiative, state: 'submitted', submittedLate: true },
          comment: command.comment,
          data: { late: true, deadline: command.window!.deadline },
        };
      }
      return { next: { ...initiative, state: 'submitted' }, comment: command.comment };
    }
    case 'startReview':
      return { next: { ...initiative, state: 'inReview' }, comment: command.comment };
    case 'completeReview': {
      if (command.comments.trim() === '') {
        return { refusal: refusal('invalidData', 'Administrationens bemærkninger skal udfyldes') };
      }
      const target = command.assessment.canBeMergedInto;
      if (target === initiative.number) {
        return { refusal: refusal('invalidData', 'Et forslag kan ikke indarbejdes i sig selv') };
      }
      return {
        next: initiative,
        data: { assessment: command.assessment },
      };
    }
    case 'cost':
      return cost(
        initiative,
        // The table's afterReview has made sure of it.
        initiative.review!,
        command.economy,
        command.financing ?? initiative.form.financing,
        command.comment,
      );
    case 'openNegotiation':
      return { next: { ...initiative, state: 'inNegotiation' }, comment: command.comment };
    case 'include': {
      const included: Initiative = { ...initiative, state: 'included' };
      if (!command.agreement) return { next: included, comment: command.comment };
      // The agreement's adjustments are its final costing: a costing version like the review's.
      const { economy, financing, package: agreed } = command.agreement;
      const problem = economyProblem(economy, financing, initiative.years);
      if (problem) return { refusal: refusal('invalidData', problem) };
      const { id, version, name } = agreed;
      return {
        next: included,
        comment: command.comment,
        data: { economy, financing, package: { id, version, name } },
      };
    }
    case 'reject':
    case 'withdraw': {
      if (command.reason.trim() === '') {
        return {
          refusal: refusal(
            'invalidData',
            `Der skal angives en begrundelse for at ${activeVerb(command.type, 'forslaget')}`,
          ),
        };
      }
      const state = command.type === 'reject' ? 'rejected' : 'withdrawn';
      return {
        next: { ...initiative, state, closingReason: command.reason },
        comment: command.reason,
      };
    }
    case 'merge': {
      const problem = mergeTargetProblem(initiative.number, command.into);
      if (problem) return { refusal: refusal('invalidMergeTarget', problem) };
      return {
        next: { ...initiative, state: 'merged', mergedInto: command.into },
        comment: command.comment,
        data: { into: command.into },
      };
    }
    case 'absorb': {
      const problem = mergeTargetProblem(command.source, initiative.number);
      if (problem) return { refusal: refusal('invalidMergeTarget', problem) };
      const absorbed = initiative.absorbed.includes(command.source)
        ? initiative.absorbed
        : [...initiative.absorbed, command.source];
      return { next: { ...initiative, absorbed }, data: { source: command.source } };
    }
  }
}

function cost(
  initiative: Initiative,
  review: Review,
  economy: EconomyTable,
  financing: readonly FinancingShare[],
  comment: string | undefined,
): Step {
  const problem = economyProblem(economy, financing, initiative.years);
  if (problem) return { refusal: refusal('invalidData', problem) };
  if (review.assessment.conclusion === 'withinExistingFrame' && hasAmounts(economy)) {
    return {
      refusal: refusal(
        'invalidData',
        'Administrationen har vurderet, at forslaget kan løftes inden for den eksisterende økonomiske ramme; prisfastsættelsen kan derfor ikke indeholde nye udgifter',
      ),
    };
  }
  if (hasAmounts(economy) && financing.length === 0) {
    return {
      refusal: refusal(
        'invalidData',
        'En prisfastsættelse med udgifter skal angive finansieringen',
      ),
    };
  }
  return { next: { ...initiative, state: 'costed' }, comment, data: { economy, financing } };
}

/** The rules a merge target must meet that the source can check by itself. */
function mergeTargetProblem(source: InitiativeNumber, target: InitiativeNumber): string | null {
  return source === target ? `Forslag ${source} kan ikke indarbejdes i sig selv` : null;
}

/**
 * Review and costing (the administration's, or the agreement's final one) are kept on the
 * initiative with who made them and when.
 */
function stamp(next: Initiative, command: Command, actor: Actor, at: string): Initiative {
  if (command.type === 'completeReview') {
    return {
      ...next,
      review: { comments: command.comments, assessment: command.assessment, by: actor.id, at },
    };
  }
  if (command.type === 'cost') {
    return {
      ...next,
      costing: {
        economy: command.economy,
        financing: command.financing ?? next.form.financing,
        by: actor.id,
        at,
      },
    };
  }
  if (command.type === 'include' && command.agreement) {
    const { economy, financing } = command.agreement;
    return { ...next, costing: { economy, financing, by: actor.id, at } };
  }
  return next;
}

function refused(code: Refusal['code'], message: string): Decision {
  return { ok: false, refusal: refusal(code, message) };
}

/**
 * Each command in the two forms the messages need: "kan ikke indsendes" and "kan indsende
 * forslag 4.2"; {} marks where the object goes when it is not last.
 */
const verbs: Record<CommandType, { passive: string; active: string }> = {
  editDraft: { passive: 'redigeres', active: 'redigere' },
  submit: { passive: 'indsendes', active: 'indsende' },
  startReview: {
    passive: 'tages under administrativ behandling',
    active: 'tage {} under administrativ behandling',
  },
  completeReview: {
    passive: 'få administrationens bemærkninger',
    active: 'afgive bemærkninger til',
  },
  cost: { passive: 'prisfastsættes', active: 'prisfastsætte' },
  openNegotiation: { passive: 'sendes til forhandling', active: 'sende {} til forhandling' },
  include: { passive: 'optages i budgetaftalen', active: 'optage {} i budgetaftalen' },
  reject: { passive: 'afvises', active: 'afvise' },
  withdraw: { passive: 'trækkes tilbage', active: 'trække {} tilbage' },
  merge: { passive: 'indarbejdes i et andet forslag', active: 'indarbejde {} i et andet forslag' },
  absorb: { passive: 'indarbejde andre forslag', active: 'indarbejde andre forslag i {}' },
};

function activeVerb(type: CommandType, object: string): string {
  const phrase = verbs[type].active;
  return phrase.includes('{}') ? phrase.replace('{}', object) : `${phrase} ${object}`;
}
