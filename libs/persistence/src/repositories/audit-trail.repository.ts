import type { DraftScope, LifecycleState, Role, TransitionRecord } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';
import type { AccountAction } from './account-audit.repository';

export interface AuditTrailFilter {
  /** Whose drafts the reader may see (libs/domain's draftScope): steps of other drafts are left out. */
  readonly drafts: DraftScope;
  readonly kind?: 'steps' | 'accounts';
  readonly roundId?: string;
  readonly number?: string;
  readonly actorId?: string;
  readonly limit: number;
  readonly offset: number;
}

interface Person {
  readonly id: string;
  /** From the directory as it is now; null when the person is not (or no longer) in it. */
  readonly name: string | null;
}

/** A step of an initiative, with its actor as the workflow recorded them. */
export interface AuditStep {
  readonly kind: 'step';
  readonly key: string;
  readonly at: string;
  readonly actor: Person & { readonly role: Role };
  readonly roundId: string;
  readonly number: string;
  readonly command: TransitionRecord['command'];
  readonly from: LifecycleState | null;
  readonly to: LifecycleState;
  readonly comment: string | null;
}

/** Something that happened to an account or a party group; the actor is null for the system. */
export interface AuditAccountEvent {
  readonly kind: 'account';
  readonly key: string;
  readonly at: string;
  readonly actor: Person | null;
  readonly action: AccountAction;
  readonly target: Person | null;
  readonly detail: Readonly<Record<string, unknown>> | null;
}

interface TrailRow {
  kind: 'step' | 'account';
  key: string;
  at: Date;
  actor_id: string | null;
  actor_role: Role | null;
  actor_name: string | null;
  round_id: string | null;
  number: string | null;
  command: TransitionRecord['command'] | null;
  from_state: LifecycleState | null;
  to_state: LifecycleState | null;
  comment: string | null;
  action: AccountAction | null;
  target_id: string | null;
  target_name: string | null;
  detail: Record<string, unknown> | null;
}

// Both trails in one ordered sequence, so that a page is a page of both. Steps of drafts the
// reader may not see, and the drafting steps themselves, are never part of it. The key breaks
// ties between entries of the same instant, so pages neither repeat nor skip an entry.
const trail = `
  SELECT 'step' AS kind, a.workflow_id || '#' || lpad(a.seq::text, 10, '0') AS key, a.at,
         a.actor_id, a.actor_role, a.round_id, a.number, a.command, a.from_state, a.to_state,
         a.comment, NULL::text AS action, NULL::text AS target_id, NULL::jsonb AS detail
  FROM audit_entry a JOIN initiative i ON i.workflow_id = a.workflow_id
  WHERE $1::text IN ('all', 'steps')
    AND a.command NOT IN ('create', 'editDraft')
    AND (i.state <> 'draft' OR i.party_groups && $2::text[] OR ($3 AND i.by_administration))
    AND ($4::text IS NULL OR a.round_id = $4)
    AND ($5::text IS NULL OR a.number = $5)
    AND ($6::text IS NULL OR a.actor_id = $6)
  UNION ALL
  SELECT 'account', lpad(c.id::text, 20, '0'), c.at, c.actor_id, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, c.action, c.target_id, c.detail
  FROM account_audit c
  WHERE $1::text IN ('all', 'accounts') AND $4::text IS NULL AND $5::text IS NULL
    AND ($6::text IS NULL OR c.actor_id = $6)`;

/** The audit view: initiatives' steps and account events, newest first. */
export class AuditTrailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    filter: AuditTrailFilter,
  ): Promise<{ items: (AuditStep | AuditAccountEvent)[]; total: number }> {
    const parameters = [
      filter.kind ?? 'all',
      [...filter.drafts.partyGroups],
      filter.drafts.administrationDrafts,
      filter.roundId ?? null,
      filter.number ?? null,
      filter.actorId ?? null,
    ];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${trail}) t`,
      parameters,
    )) as [{ total: number }];
    const rows: TrailRow[] = await this.dataSource.query(
      `SELECT t.*, actor.name AS actor_name, target.name AS target_name
       FROM (${trail}) t
       LEFT JOIN app_user actor ON actor.id = t.actor_id
       LEFT JOIN app_user target ON target.id = t.target_id
       ORDER BY t.at DESC, t.kind, t.key DESC
       LIMIT $7 OFFSET $8`,
      [...parameters, filter.limit, filter.offset],
    );
    return { items: rows.map(toEntry), total };
  }
}

function toEntry(row: TrailRow): AuditStep | AuditAccountEvent {
  if (row.kind === 'step') {
    return {
      kind: 'step',
      key: row.key,
      at: row.at.toISOString(),
      actor: { id: row.actor_id!, name: row.actor_name, role: row.actor_role! },
      roundId: row.round_id!,
      number: row.number!,
      command: row.command!,
      from: row.from_state,
      to: row.to_state!,
      comment: row.comment,
    };
  }
  return {
    kind: 'account',
    key: row.key,
    at: row.at.toISOString(),
    actor: row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name },
    action: row.action!,
    target: row.target_id === null ? null : { id: row.target_id, name: row.target_name },
    detail: row.detail,
  };
}
