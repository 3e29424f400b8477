import type { AgreementRecord, AgreementStepOutcome } from '@budgetflow/domain';
import { proxyActivities, type RetryPolicy, setHandler } from '@temporalio/workflow';
import type { AgreementActivities } from './activities';
import { type AgreementWorkflowInput, agreementProgressQuery } from './messages';

// Every activity is retried until it answers: a database or worker outage only delays the
// agreement. A step beats while it waits for its initiative, so a worker killed in the middle of
// one is noticed within seconds; the retry joins the Update already sent.
const retryForever: RetryPolicy = {
  initialInterval: '200 milliseconds',
  maximumInterval: '30 seconds',
};
const { beginAgreement, concludeAgreement } = proxyActivities<AgreementActivities>({
  startToCloseTimeout: '30 seconds',
  retry: retryForever,
});
const { takeAgreementStep } = proxyActivities<AgreementActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '3 seconds',
  retry: retryForever,
});

/**
 * The budget agreement: the coordinators conclude the negotiation with a package, and each of
 * its initiatives is included with its final costing while the round's other open initiatives
 * are rejected, one step after the other. Resumed from its history wherever it was interrupted;
 * every step is taken once (see takeAgreementStep). A round of a few hundred initiatives writes
 * a few thousand events, well within one run.
 */
export async function agreementWorkflow(input: AgreementWorkflowInput): Promise<AgreementRecord> {
  const { roundId, steps, actor } = input;
  const outcomes: AgreementStepOutcome[] = [];
  let concludedAt: string | null = null;

  const record = (): AgreementRecord => ({
    roundId,
    package: input.package,
    state: concludedAt ? 'concluded' : 'running',
    steps: steps.map(({ number, command }) => ({ number, command: command.type })),
    outcomes: [...outcomes],
    startedBy: actor.id,
    startedAt: input.startedAt,
    concludedAt,
  });
  setHandler(agreementProgressQuery, record);

  await beginAgreement(record());
  for (const [index, step] of steps.entries()) {
    outcomes.push(await takeAgreementStep({ roundId, index, step, actor }));
  }
  const at = new Date().toISOString();
  await concludeAgreement({ roundId, at });
  concludedAt = at;
  return record();
}
