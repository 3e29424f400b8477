import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One recorded transition of an initiative: who, when, from, to, comment and data. */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  /** The workflow's transition sequence: with the workflow id, what makes a retried write a no-op. */
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ name: 'round_id', type: 'text' })
  roundId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  command!: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
