import type { LifecycleState } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

// Documents in: budget-initiative forms imported as drafts, and a meeting's minutes attached to
// the round's calendar. The answers' shapes are apps/api/src/imports/responses.ts and
// apps/api/src/minutes/responses.ts.

export type ImportAction = 'create' | 'update' | 'noChange' | 'refused';

export interface ImportWarning {
  readonly field: string;
  readonly message: string;
}

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface DocumentOutcome {
  readonly file: string;
  readonly hash: string;
  readonly kind: 'initiative' | 'minutes';
  readonly number: string | null;
  readonly title: string;
  readonly action: ImportAction;
  readonly reason: string | null;
  readonly changes: readonly FieldChange[];
  readonly warnings: readonly ImportWarning[];
}

export interface ImportOutcome {
  readonly roundId: string;
  /** true: only what would happen; nothing was changed. */
  readonly dryRun: boolean;
  readonly documents: readonly DocumentOutcome[];
  readonly counts: Readonly<Record<ImportAction, number>>;
}

/** The files as the API takes them: a multipart form, each in the field `file`. */
export function uploadForm(files: readonly File[]): FormData {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return form;
}

/**
 * Uploads the forms: as a dry run, the API answers what it would do; otherwise it does it (the
 * same file again changes nothing, so a repeated import is harmless).
 */
export function useImportDocuments(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ files, dryRun }: { files: readonly File[]; dryRun: boolean }) =>
      api<ImportOutcome>(
        'POST',
        `/rounds/${encodeURIComponent(roundId)}/imports?dryRun=${dryRun}`,
        {
          body: uploadForm(files),
        },
      ),
    onSuccess: (outcome) =>
      outcome.dryRun ? undefined : client.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}

export interface LinkedInitiative {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly stateLabel: string;
}

export interface MinutesItem {
  readonly number: number;
  readonly title: string;
  readonly time: string | null;
  readonly endTime: string | null;
  readonly presenters: readonly string[];
  readonly description: string;
  readonly decision: string;
  readonly amounts: readonly {
    readonly text: string;
    readonly kroner: number;
    readonly perYear: boolean;
    readonly year: number | null;
  }[];
  readonly initiatives: readonly LinkedInitiative[];
}

export interface MeetingMinutes {
  readonly id: number;
  readonly roundId: string;
  readonly milestoneId: string;
  readonly meetingTitle: string;
  readonly fileName: string;
  readonly attachedBy: { readonly id: string; readonly name: string | null };
  readonly attachedAt: string;
  readonly linksCorrected: {
    readonly by: { readonly id: string; readonly name: string | null };
    readonly at: string;
  } | null;
  readonly title: string;
  readonly date: string | null;
  readonly time: string | null;
  readonly endTime: string | null;
  readonly place: string;
  readonly participants: readonly string[];
  readonly absent: readonly string[];
  readonly items: readonly MinutesItem[];
  readonly warnings: readonly ImportWarning[];
}

export interface MeetingMinutesList {
  readonly roundId: string;
  readonly milestoneId: string;
  readonly meetingTitle: string;
  readonly minutes: readonly MeetingMinutes[];
}

const minutesPath = (roundId: string, milestoneId: string) =>
  `/rounds/${encodeURIComponent(roundId)}/meetings/${encodeURIComponent(milestoneId)}/minutes`;
const minutesKey = (roundId: string, milestoneId: string) =>
  ['rounds', roundId, 'meetings', milestoneId, 'minutes'] as const;

/** The meeting's minutes, the latest attached first. */
export function useMeetingMinutes(roundId: string, milestoneId: string) {
  return useQuery({
    queryKey: minutesKey(roundId, milestoneId),
    queryFn: ({ signal }) =>
      api<MeetingMinutesList>('GET', minutesPath(roundId, milestoneId), { signal }),
  });
}

/** Attaches the minutes to the meeting (coordinators); the same file again changes nothing. */
export function useAttachMinutes(roundId: string, milestoneId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api<{ attached: boolean; minutes: MeetingMinutes }>(
        'POST',
        minutesPath(roundId, milestoneId),
        {
          body: uploadForm([file]),
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: minutesKey(roundId, milestoneId) }),
  });
}
