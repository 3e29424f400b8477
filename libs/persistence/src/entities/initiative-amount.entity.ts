import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An initiative's total for one year and financing area, in kroner: what the totals sum over.
 * Area 'unassigned' holds amounts whose financing is not stated yet.
 */
@Entity({ name: 'initiative_amount' })
export class InitiativeAmountEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  area!: string;

  /** bigint comes back from pg as a string: exact, never a float. */
  @Column({ type: 'bigint' })
  kroner!: string;
}
