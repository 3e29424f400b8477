import { as } from './actors';
import { costBody, partyForm, reviewBody } from './forms';
import type { TestSystem } from './test-system';

/** The happy path, step by step: action, body, who takes it. */
const happyPath = [
  { action: 'submit', body: {}, actor: () => as.party('Enhedslisten'), reaches: 'submitted' },
  { action: 'start-review', body: {}, actor: () => as.administration, reaches: 'inReview' },
  {
    action: 'complete-review',
    body: reviewBody,
    actor: () => as.administration,
    reaches: 'reviewed',
  },
  { action: 'cost', body: costBody, actor: () => as.administration, reaches: 'costed' },
  { action: 'open-negotiation', body: {}, actor: () => as.coordinator, reaches: 'inNegotiation' },
  { action: 'include', body: {}, actor: () => as.coordinator, reaches: 'included' },
] as const;

export type Milestone = 'draft' | (typeof happyPath)[number]['reaches'];

/** Creates an Enhedslisten initiative and takes it along the happy path as far as asked. */
export async function createAndWalk(
  system: TestSystem,
  number: string,
  to: Milestone,
  overrides: Record<string, unknown> = {},
) {
  await system.http
    .post(
      `/rounds/${system.roundId}/initiatives`,
      { number, ...partyForm('Enhedslisten', overrides) },
      as.party('Enhedslisten'),
    )
    .expect(201);
  await walk(system, number, 'draft', to);
}

/** Takes an initiative from one milestone of the happy path to a later one. */
export async function walk(system: TestSystem, number: string, from: Milestone, to: Milestone) {
  const start = from === 'draft' ? 0 : happyPath.findIndex((step) => step.reaches === from) + 1;
  const end = to === 'draft' ? 0 : happyPath.findIndex((step) => step.reaches === to) + 1;
  for (const step of happyPath.slice(start, end)) {
    await system.http
      .post(system.initiativePath(number, step.action), step.body, step.actor())
      .expect(200);
  }
}
