import { AuditEntryEntity } from './audit-entry.entity';
import { InitiativeAmountEntity } from './initiative-amount.entity';
import { InitiativeEntity } from './initiative.entity';
import { RoundEntity } from './round.entity';

export { AuditEntryEntity, InitiativeAmountEntity, InitiativeEntity, RoundEntity };

export const entities = [RoundEntity, InitiativeEntity, InitiativeAmountEntity, AuditEntryEntity];
