import type { Initiative, User } from '../../api/types';
import { type EconomyDraft, economyDraftOf } from '../../components/economy-draft';
import type { FinancingEntry } from '../../components/financing-draft';

// The draft form's values as typed: texts, the economy's cells as text, the yes/no questions with
// "not stated" as a choice of its own (the form's null).

export type YesNo = 'yes' | 'no' | 'unstated';

export interface DraftValues {
  /** Only asked when the draft is created; an initiative keeps its number. */
  number: string;
  title: string;
  /** The submitting party groups (names); empty for the administration's own proposals. */
  partyGroups: string[];
  purpose: string;
  background: string;
  economy: EconomyDraft;
  elaboration: string;
  financing: FinancingEntry[];
  commitmentBudgeting: YesNo;
  scalable: YesNo;
  agreementTextDraft: string;
  sustainableDevelopmentGoals: string;
}

export const yesNoOf = (value: boolean | null): YesNo =>
  value === null ? 'unstated' : value ? 'yes' : 'no';

export const booleanOf = (value: YesNo): boolean | null =>
  value === 'unstated' ? null : value === 'yes';

/** A new draft: the user's own party groups put it forward. */
export function emptyDraftValues(user: User): DraftValues {
  return {
    number: '',
    title: '',
    partyGroups: user.role === 'partyGroupMember' ? [...user.partyGroups] : [],
    purpose: '',
    background: '',
    economy: { establishmentCosts: {}, salaries: {}, otherOperations: {}, staffFte: {} },
    elaboration: '',
    financing: [],
    commitmentBudgeting: 'unstated',
    scalable: 'unstated',
    agreementTextDraft: '',
    sustainableDevelopmentGoals: '',
  };
}

/** The values of a draft as the server has it. */
export function draftValuesOf(initiative: Initiative, years: readonly number[]): DraftValues {
  return {
    number: initiative.number,
    title: initiative.title,
    partyGroups:
      initiative.submittedBy.kind === 'partyGroups' ? [...initiative.submittedBy.partyGroups] : [],
    purpose: initiative.purpose,
    background: initiative.background,
    economy: economyDraftOf(initiative.economy, years),
    elaboration: initiative.elaboration,
    // The API writes shares as fractions ("1/2"); shown as they are, they read back the same.
    financing: initiative.financing.map(({ area, share }) => ({ area, share })),
    commitmentBudgeting: yesNoOf(initiative.commitmentBudgeting),
    scalable: yesNoOf(initiative.scalable),
    agreementTextDraft: initiative.agreementTextDraft,
    sustainableDevelopmentGoals: initiative.sustainableDevelopmentGoals,
  };
}

/** Field ids of the form, for labels, the error summary's links and the API's field paths. */
export const fieldIds = {
  number: 'draft-number',
  title: 'draft-title',
  partyGroups: 'draft-party-groups',
  purpose: 'draft-purpose',
  background: 'draft-background',
  elaboration: 'draft-elaboration',
  commitmentBudgeting: 'draft-commitment-budgeting',
  scalable: 'draft-scalable',
  agreementTextDraft: 'draft-agreement-text',
  sustainableDevelopmentGoals: 'draft-sdg',
} as const;

/** The prefix given to the economy and financing editors; their ids start with it. */
export const editorPrefix = 'draft';
