import {
  AgreementRepository,
  ProjectionRepository,
  RoundCalendarRepository,
} from '@budgetflow/persistence';
import type {
  AgreementActivities,
  InitiativeActivities,
  RoundActivities,
} from '@budgetflow/workflows';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { createAgreementActivities } from './agreement.activities';
import { createInitiativeActivities } from './initiative.activities';
import { createRoundActivities, type NotificationSink } from './round.activities';
import { notifyAlongWithTransition } from './transition-notifications';

export type BudgetflowActivities = InitiativeActivities & RoundActivities & AgreementActivities;

export interface ActivityDeps {
  readonly dataSource: DataSource;
  readonly temporal: Client;
  readonly notifications: NotificationSink;
}

/** Every activity the worker runs, built from its connections. */
export function createBudgetflowActivities({
  dataSource,
  temporal,
  notifications,
}: ActivityDeps): BudgetflowActivities {
  return {
    ...createInitiativeActivities({
      projections: new ProjectionRepository(dataSource, notifyAlongWithTransition(notifications)),
      temporal,
    }),
    ...createRoundActivities({
      dataSource,
      calendars: new RoundCalendarRepository(dataSource),
      notifications,
    }),
    ...createAgreementActivities({ agreements: new AgreementRepository(dataSource), temporal }),
  };
}

export type { NotificationSink } from './round.activities';
