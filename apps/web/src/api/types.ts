import type {
  CommandType,
  EconomyRow,
  FinancingArea,
  LifecycleState,
  Role,
  RoundPhase,
  Stance,
} from '@budgetflow/domain';

// The API's answers as the web app reads them. The API states them as zod schemas
// (apps/api/src/*/responses.ts) and in its OpenAPI document; the e2e tests hold the two together.

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly partyGroups: readonly string[];
  readonly reviewAreas: readonly FinancingArea[];
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt?: string;
  /** Whether the person signs in with a password of Budgetflow's, and so can change it here. */
  readonly passwordSignIn: boolean;
}

export interface Round {
  readonly id: string;
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly number[];
}

export interface Amount {
  readonly kroner: number;
  readonly mioKr: number;
  readonly formatted: string;
}

/** Per year ("2026"): mio. kr. (or FTE for staffFte). */
export type PerYear = Readonly<Record<string, number>>;

export interface EconomyView {
  readonly years: readonly number[];
  readonly establishmentCosts: PerYear;
  readonly salaries: PerYear;
  readonly otherOperations: PerYear;
  readonly total: PerYear;
  readonly staffFte: PerYear;
}

export interface FinancingView {
  readonly area: FinancingArea;
  readonly areaLabel: string;
  readonly share: string;
}

export type SubmittedBy =
  | { readonly kind: 'partyGroups'; readonly partyGroups: readonly string[] }
  | { readonly kind: 'administration' };

export interface Review {
  readonly comments: string;
  readonly assessment: {
    readonly conclusion: 'requiresFunding' | 'withinExistingFrame';
    readonly canBeMergedInto: string | null;
    readonly conclusionLabel: string;
  };
  readonly by: string;
  readonly at: string;
}

export interface NextDeadline {
  readonly kind: string;
  readonly label: string;
  readonly at: string;
  readonly atText: string;
}

export interface Initiative {
  readonly roundId: string;
  readonly number: string;
  readonly committee: number;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
  readonly submittedBy: SubmittedBy;
  readonly submittedByLabel: string;
  readonly purpose: string;
  readonly background: string;
  readonly economy: EconomyView;
  readonly elaboration: string;
  readonly financing: readonly FinancingView[];
  readonly commitmentBudgeting: boolean | null;
  readonly scalable: boolean | null;
  readonly agreementTextDraft: string;
  readonly sustainableDevelopmentGoals: string;
  readonly review: Review | null;
  readonly costing: {
    readonly economy: EconomyView;
    readonly financing: readonly FinancingView[];
    readonly by: string;
    readonly at: string;
  } | null;
  readonly mergedInto: string | null;
  readonly absorbed: readonly string[];
  readonly closingReason: string | null;
  readonly submittedLate: boolean;
  /** Why some of the administration's work is not shown yet: released to every party at once. */
  readonly heldBack: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A row of the list: the initiative with its amount and the deadline it is waiting for. */
export interface InitiativeListItem extends Initiative {
  readonly total: Amount;
  readonly nextDeadline: NextDeadline | null;
}

export interface HistoryEntry {
  readonly seq: number;
  readonly command: CommandType | 'create';
  readonly label: string;
  readonly from: LifecycleState | null;
  readonly fromLabel: string | null;
  readonly to: LifecycleState;
  readonly toLabel: string;
  /** name: as the people directory has it; null for someone no longer there. */
  readonly actor: { readonly id: string; readonly role: Role; readonly name: string | null };
  readonly at: string;
  readonly comment: string | null;
  readonly data: Readonly<Record<string, unknown>> | null;
}

export type PersonCommand = Exclude<CommandType, 'absorb'>;

export interface InitiativeDetail extends Initiative {
  readonly history: readonly HistoryEntry[];
  /** What the signed-in user may do now; the buttons of the page. */
  readonly actions: readonly { readonly command: PersonCommand; readonly label: string }[];
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface Totals {
  readonly years: readonly {
    readonly year: number;
    readonly total: Amount;
    readonly areas: readonly (Amount & {
      readonly area: FinancingArea | 'unassigned';
      readonly areaLabel: string;
    })[];
  }[];
  readonly total: Amount;
}

export interface StateSummary {
  readonly states: readonly {
    readonly state: LifecycleState;
    readonly stateLabel: string;
    readonly count: number;
    readonly total: Amount;
  }[];
}

export interface Frames {
  readonly roundId: string;
  readonly frames: readonly {
    readonly year: number;
    readonly area: FinancingArea;
    readonly areaLabel: string;
    readonly amount: Amount;
  }[];
}

export interface Milestone {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly title: string;
  readonly date: string;
  readonly time: string;
  readonly at: string;
  readonly atText: string;
  readonly bodyLabel?: string;
  readonly agendaDeadline?: { readonly at: string; readonly atText: string };
}

export interface ReviewTask {
  readonly number: string;
  readonly title: string;
  readonly partyGroups: readonly string[];
  readonly submittedAt: string;
  readonly dueOverride: string | null;
  readonly closedAt: string | null;
  readonly dueDate: string;
  readonly dueAt: string;
  readonly dueText: string;
  readonly overdue: boolean;
}

export interface RoundCalendar {
  readonly roundId: string;
  readonly roundName: string;
  readonly phase: RoundPhase;
  readonly phaseLabel: string;
  readonly milestones: readonly Milestone[];
  readonly reviewTasks: readonly ReviewTask[];
}

export interface Deadline {
  readonly roundId: string;
  readonly roundName: string;
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly at: string;
  readonly atText: string;
  readonly number?: string;
}

export interface InboxEntry {
  readonly id: string;
  readonly kind: string;
  readonly roundId: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly link: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface Inbox {
  readonly items: readonly InboxEntry[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly unread: number;
}

export interface PartyGroup {
  readonly name: string;
  readonly shortName: string;
  readonly members: number;
}

// ── Support and majority (apps/api/src/support/responses.ts) ──

export interface PartySeats {
  readonly partyGroup: string;
  readonly shortName: string;
  readonly seats: number;
}

export interface RoundSeats {
  readonly roundId: string;
  readonly seats: readonly PartySeats[];
  /** All seats of the council, and the fewest that make a majority. */
  readonly total: number;
  readonly needed: number;
}

export interface Majority {
  readonly supporting: number;
  readonly opposing: number;
  readonly undecided: number;
  readonly total: number;
  readonly needed: number;
  readonly hasMajority: boolean;
  /** E.g. "Flertal: 22 af 41 mandater". */
  readonly label: string;
}

export interface RecordedBy {
  readonly id: string;
  readonly role: Role;
  readonly name: string | null;
}

/** A party group's stance; setBy and setAt null while it has said nothing (undecided). */
export interface PartyStance {
  readonly partyGroup: string;
  readonly shortName: string;
  readonly stance: Stance;
  readonly stanceLabel: string;
  readonly comment: string | null;
  readonly setBy: RecordedBy | null;
  readonly setAt: string | null;
}

export interface SupportRow {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
  /** False once the initiative has ended: its stances are read, no longer set. */
  readonly stancesOpen: boolean;
  /** In the order of the grid's parties. */
  readonly stances: readonly PartyStance[];
  readonly majority: Majority;
}

export interface SupportGrid {
  readonly roundId: string;
  readonly parties: readonly PartySeats[];
  readonly totalSeats: number;
  readonly initiatives: readonly SupportRow[];
}

export interface InitiativeStance extends PartyStance {
  readonly roundId: string;
  readonly number: string;
  readonly majority: Majority;
}

// ── Negotiation packages (apps/api/src/packages/responses.ts) ──

export interface PackageAdjustment {
  /** E.g. "1/2"; null: all of it. */
  readonly share: string | null;
  readonly moves: readonly { readonly from: number; readonly to: number }[];
  readonly amounts: readonly {
    readonly row: EconomyRow;
    readonly rowLabel: string;
    readonly year: number;
    readonly amount: Amount;
  }[];
  readonly note: string | null;
}

export interface PackageItem {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
  /** False for an initiative merged, rejected or withdrawn after it was put in. */
  readonly counts: boolean;
  readonly adjustment: PackageAdjustment | null;
  readonly years: readonly { readonly year: number; readonly amount: Amount }[];
  readonly total: Amount;
}

export type AmountArea = FinancingArea | 'unassigned';

export interface PackageTotals {
  readonly years: readonly {
    readonly year: number;
    readonly total: Amount;
    readonly areas: readonly (Amount & { readonly area: AmountArea; readonly areaLabel: string })[];
  }[];
  readonly total: Amount;
}

export type BalanceStatus = 'within' | 'exceeded' | 'noFrame';

export interface PackageBalance {
  /** null: cannot be told (money spent where no frame is set). */
  readonly withinFrames: boolean | null;
  readonly label: string;
  readonly areas: readonly {
    readonly area: AmountArea;
    readonly areaLabel: string;
    readonly withinFrames: boolean | null;
    readonly label: string;
    readonly years: readonly {
      readonly year: number;
      readonly frame: Amount | null;
      readonly amount: Amount;
      readonly remainder: Amount | null;
      readonly status: BalanceStatus;
      readonly label: string;
    }[];
  }[];
}

export interface PackageStance extends PartyStance {
  readonly seats: number;
  /** The version it was given on; null while the party group has said nothing. */
  readonly version: number | null;
  /** E.g. "Angivet på version 1"; null when given on the latest. */
  readonly versionLabel: string | null;
}

export interface PackageBacking {
  readonly stances: readonly PackageStance[];
  readonly majority: Majority;
}

export interface SavedBy {
  readonly id: string;
  readonly name: string | null;
}

export interface NegotiationPackage {
  readonly id: number;
  readonly roundId: string;
  readonly name: string;
  readonly version: number;
  readonly latestVersion: number;
  readonly note: string | null;
  readonly restoredFrom: number | null;
  readonly savedBy: SavedBy;
  readonly savedAt: string;
  readonly items: readonly PackageItem[];
  readonly totals: PackageTotals;
  readonly balance: PackageBalance;
  readonly backing: PackageBacking;
}

export interface PackageSummary {
  readonly id: number;
  readonly name: string;
  readonly version: number;
  readonly latestVersion: number;
  readonly note: string | null;
  readonly restoredFrom: number | null;
  readonly savedBy: SavedBy;
  readonly savedAt: string;
  readonly itemCount: number;
}

export interface PackageList {
  readonly roundId: string;
  readonly packages: readonly PackageSummary[];
}

export interface PackageVersions {
  readonly id: number;
  readonly roundId: string;
  readonly versions: readonly Omit<PackageSummary, 'id' | 'latestVersion'>[];
}

export interface PackageItemRef {
  readonly number: string;
  readonly title: string;
}

export interface AmountDifference {
  readonly first: Amount;
  readonly second: Amount;
  readonly difference: Amount;
}

export interface PackageComparison {
  readonly roundId: string;
  readonly packages: readonly Pick<
    NegotiationPackage,
    'id' | 'name' | 'version' | 'items' | 'totals' | 'balance' | 'backing'
  >[];
  /** The second package less the first. */
  readonly difference: {
    readonly first: number;
    readonly second: number;
    readonly years: readonly {
      readonly year: number;
      readonly total: AmountDifference;
      readonly areas: readonly (AmountDifference & {
        readonly area: AmountArea;
        readonly areaLabel: string;
      })[];
    }[];
    readonly onlyInFirst: readonly PackageItemRef[];
    readonly onlyInSecond: readonly PackageItemRef[];
    readonly adjustedDifferently: readonly (PackageItemRef & {
      readonly first: PackageAdjustment | null;
      readonly second: PackageAdjustment | null;
    })[];
  };
}
