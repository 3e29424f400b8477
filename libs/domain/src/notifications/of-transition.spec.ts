import {
  aDraft,
  accepted,
  coordinator,
  enhedslistenMember,
  initiativeIn,
} from '../lifecycle/fixtures.spec-helper';
import type { TransitionRecord } from '../lifecycle/initiative';
import { type Decision, transition } from '../lifecycle/transition';
import { transitionNotification } from './of-transition';

const workflowId = 'initiative-budget-2026-2029-4.2';
const deadline = '2025-04-23T10:00:00Z';
const afterDeadline = '2025-04-23T10:00:01Z';

function recordOf(decision: Decision): TransitionRecord {
  if (!decision.ok) throw new Error(`Refused: ${decision.refusal.message}`);
  return decision.record;
}

function submitted(lateAllowed: boolean, at: string) {
  const decision = transition(
    aDraft(),
    { type: 'submit', window: { deadline, lateAllowed } },
    enhedslistenMember,
    at,
  );
  return { initiative: accepted(decision), record: recordOf(decision) };
}

describe('transitionNotification', () => {
  it('tells nobody of a draft being created or edited', () => {
    const draft = aDraft();
    const created = {
      ...submitted(false, '2025-04-01T08:00:00Z').record,
      command: 'create',
    } as const;
    const edited = { ...created, command: 'editDraft' } as const;
    expect(transitionNotification(workflowId, draft, created, null)).toBeNull();
    expect(transitionNotification(workflowId, draft, edited, null)).toBeNull();
  });

  it('tells of a submission, keyed by the workflow and the step', () => {
    const { initiative, record } = submitted(false, '2025-04-22T08:00:00Z');
    const event = transitionNotification(workflowId, initiative, record, null);
    expect(event).toEqual({
      key: `transition/${workflowId}/2`,
      roundId: 'budget-2026-2029',
      at: '2025-04-22T08:00:00Z',
      actorId: enhedslistenMember.id,
      kind: 'stateChanged',
      initiative: { number: '4.2', title: 'Omsorgstopmøde', partyGroups: ['Enhedslisten'] },
      command: 'submit',
      from: 'draft',
      to: 'submitted',
    });
  });

  it('says when a submission came in late', () => {
    const { initiative, record } = submitted(true, afterDeadline);
    expect(transitionNotification(workflowId, initiative, record, null)).toMatchObject({
      kind: 'stateChanged',
      late: true,
    });
  });

  it('tells of a merge with both initiatives', () => {
    const decision = transition(
      initiativeIn('submitted'),
      { type: 'merge', into: '4.9' },
      coordinator,
      afterDeadline,
    );
    const target = { number: '4.9', title: 'Pårørendeindsats', partyGroups: ['Venstre'] };
    expect(
      transitionNotification(workflowId, accepted(decision), recordOf(decision), target),
    ).toMatchObject({
      kind: 'merged',
      source: { number: '4.2', partyGroups: ['Enhedslisten'] },
      target,
      actorId: coordinator.id,
    });
  });
});
