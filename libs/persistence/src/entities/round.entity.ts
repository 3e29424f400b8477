import type { RoundCalendar } from '@budgetflow/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A budget round, e.g. "Budget 2026-2029". */
@Entity({ name: 'round' })
export class RoundEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'first_year', type: 'integer' })
  firstYear!: number;

  @Column({ name: 'last_year', type: 'integer' })
  lastYear!: number;

  /** Null until the round workflow has projected its calendar. */
  @Column({ type: 'jsonb', nullable: true })
  calendar!: RoundCalendar | null;

  @Column({ name: 'calendar_version', type: 'integer', default: 0 })
  calendarVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
