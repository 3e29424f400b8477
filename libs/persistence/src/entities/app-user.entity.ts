import type { Role } from '@budgetflow/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person in the directory of who is told about things: the id is the actor id the API
 * receives. A later issue builds accounts on it.
 */
@Entity({ name: 'app_user' })
export class AppUserEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Null: the person gets the in-app inbox only. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'party_groups', type: 'text', array: true })
  partyGroups!: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
