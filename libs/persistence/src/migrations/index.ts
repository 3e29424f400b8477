import { Accounts1764403200000 } from './1764403200000-accounts';
import { AccountEmail1764489600000 } from './1764489600000-account-email';
import { IdempotentRequests1764576000000 } from './1764576000000-idempotent-requests';
import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { InitiativeListOrder1764576100000 } from './1764576100000-initiative-list-order';
import { RoundCalendar1764316800000 } from './1764316800000-round-calendar';
import { Notifications1764316900000 } from './1764316900000-notifications';
import { RoundFrames1764662400000 } from './1764662400000-round-frames';
import { Support1764751700000 } from './1764751700000-support';
import { NegotiationPackages1764752400000 } from './1764752400000-negotiation-packages';
import { PackageStances1764838800000 } from './1764838800000-package-stances';
import { FairPublication1764925100000 } from './1764925100000-fair-publication';
import { BudgetQuestions1764925300000 } from './1764925300000-budget-questions';
import { Agreement1764925200000 } from './1764925200000-agreement';
import { MeetingMinutes1765011600000 } from './1765011600000-meeting-minutes';

/** Every migration, in order. A new one is added here and never edited after it has run. */
export const migrations = [
  InitialSchema1764230400000,
  RoundCalendar1764316800000,
  Notifications1764316900000,
  Accounts1764403200000,
  AccountEmail1764489600000,
  IdempotentRequests1764576000000,
  InitiativeListOrder1764576100000,
  RoundFrames1764662400000,
  Support1764751700000,
  NegotiationPackages1764752400000,
  PackageStances1764838800000,
  FairPublication1764925100000,
  Agreement1764925200000,
  BudgetQuestions1764925300000,
  MeetingMinutes1765011600000,
];
