import type { Initiative } from '@budgetflow/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The read model of one initiative, written only by the workflow's projection activity. The
 * workflow is the source of truth; `document` is its last state, the other columns serve lists,
 * filters and sorting.
 */
@Entity({ name: 'initiative' })
@Index('initiative_round_number_key', ['roundId', 'number'], { unique: true })
export class InitiativeEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'round_id', type: 'text' })
  roundId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  committee!: number;

  @Column({ name: 'number_minor', type: 'integer' })
  numberMinor!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ name: 'party_groups', type: 'text', array: true })
  partyGroups!: string[];

  @Column({ name: 'by_administration', type: 'boolean' })
  byAdministration!: boolean;

  @Column({ name: 'financing_areas', type: 'text', array: true })
  financingAreas!: string[];

  @Column({ name: 'merged_into', type: 'text', nullable: true })
  mergedInto!: string | null;

  @Column({ type: 'jsonb' })
  document!: Initiative;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
