import type { Actor, Role } from '../actor';
import { refusal, type Refusal } from '../lifecycle/refusal';

/**
 * Who may call what, for every operation of the API: the one table the API's guard reads and the
 * authorization matrix test is generated from. `public` needs no session; `signedIn` any session;
 * otherwise the roles listed. Finer rules (whose initiative, which state) are the lifecycle's.
 */
export type OperationAudience = 'public' | 'signedIn' | readonly Role[];

const parties = ['partyGroupMember', 'administration'] as const; // who can put initiatives forward
const administration = ['administration'] as const;
const coordinators = ['coordinator'] as const;
const steering = ['coordinator', 'systemAdministrator'] as const;
const systemAdministrators = ['systemAdministrator'] as const;

export const operationRules = {
  health: 'public',
  signIn: 'public',
  createToken: 'public',
  oidcLogin: 'public',
  oidcCallback: 'public',
  /** Authorised by the signed address itself: calendar programs cannot sign in. */
  calendarFeed: 'public',
  signOut: 'signedIn',
  currentSession: 'signedIn',
  /** Whose password is the session's: no one changes another's here (see resetPassword). */
  changeOwnPassword: 'signedIn',

  listRounds: 'signedIn',
  getRound: 'signedIn',
  createRound: coordinators,
  getCalendar: 'signedIn',
  changeCalendar: coordinators,
  allowLateSubmission: coordinators,
  setReviewDue: ['administration', 'coordinator'],
  getFrames: 'signedIn',
  setFrames: coordinators,
  /** Fair publication: all may see what is released and when; coordinators hold back and release. */
  getPublication: 'signedIn',
  setPublication: coordinators,
  releaseWork: coordinators,
  /** Negotiation packages: read by all (they hold no drafts), saved by the coordinators. */
  getPackage: 'signedIn',
  savePackage: coordinators,
  packageStanceHistory: 'signedIn',
  /** As setStance: a member for their own party group, a coordinator for any. */
  setPackageStance: ['partyGroupMember', 'coordinator'],
  /** The budget agreement: coordinators preview and conclude it; everyone follows it. */
  previewAgreement: coordinators,
  concludeAgreement: coordinators,
  getAgreement: 'signedIn',
  getSeats: 'signedIn',
  setSeats: coordinators,
  supportGrid: 'signedIn',
  stanceHistory: 'signedIn',
  /** A member for their own party group, a coordinator for any: stanceRefusal decides. */
  setStance: ['partyGroupMember', 'coordinator'],
  myDeadlines: 'signedIn',
  myCalendarFeeds: 'signedIn',
  /** Budget questions: read by all (answers as fair publication allows). */
  listQuestions: 'signedIn',
  getQuestion: 'signedIn',
  /** A member for their own party group, a coordinator on a party group's behalf. */
  askQuestion: ['partyGroupMember', 'coordinator'],
  answerQuestion: administration,

  listInitiatives: 'signedIn',
  initiativeTotals: 'signedIn',
  getInitiative: 'signedIn',
  /** Finer: whoever can see the initiative (another party's draft answers 404). */
  getCostings: 'signedIn',
  /**
   * Documents out: what the reader may see anyway, as files (the agreement's draft, the list,
   * one initiative's printable form); drafts only to their own, the held-back work to no one.
   */
  exportAgreementDraft: 'signedIn',
  exportInitiativeList: 'signedIn',
  printInitiativeForm: 'signedIn',
  createInitiative: parties,
  editDraft: parties,
  /**
   * Documents in: forms become drafts, or update them, through createInitiative and editDraft,
   * whose rules decide each document (submitters only, drafts only).
   */
  importDocuments: parties,
  /** A meeting's minutes: attached to the round's calendar by coordinators, public decisions. */
  attachMinutes: coordinators,
  getMinutes: 'signedIn',
  correctMinutesLinks: coordinators,
  submit: parties,
  withdraw: parties,
  startReview: administration,
  completeReview: administration,
  cost: administration,
  openNegotiation: coordinators,
  include: coordinators,
  reject: coordinators,
  merge: coordinators,

  myNotifications: 'signedIn',
  myPreferences: 'signedIn',
  emailFailures: coordinators,

  listUsers: systemAdministrators,
  saveUser: systemAdministrators,
  resetPassword: systemAdministrators,
  listPartyGroups: 'signedIn',
  savePartyGroup: systemAdministrators,
  auditTrail: steering,
} as const satisfies Record<string, OperationAudience>;

export type Operation = keyof typeof operationRules;

export const operations = Object.keys(operationRules) as Operation[];

export function isOperation(name: string): name is Operation {
  return Object.hasOwn(operationRules, name);
}

/** The roles that may perform an operation (every role for public and signed-in ones). */
export function rolesAllowed(operation: Operation): readonly Role[] | 'everyone' {
  const audience: OperationAudience = operationRules[operation];
  return typeof audience === 'string' ? 'everyone' : audience;
}

/**
 * Whether the actor (null: nobody signed in) may call the operation: `unauthenticated` when a
 * session is needed and missing, a refusal when the role may not, null when allowed.
 */
export function operationRefusal(
  operation: Operation,
  actor: Actor | null,
): 'unauthenticated' | Refusal | null {
  const audience: OperationAudience = operationRules[operation];
  if (audience === 'public') return null;
  if (!actor) return 'unauthenticated';
  if (audience === 'signedIn' || audience.includes(actor.role)) return null;
  return refusal('forbidden', 'Din rolle giver ikke adgang til dette');
}
