import { createUpdate, initiativeWorkflow, initiativeWorkflowId } from '@budgetflow/workflows';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { as } from '../support/actors';
import { partyForm } from '../support/forms';
import { recorded } from '../support/recorded';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { walk } from '../support/walk';

/** A long-lived initiative hands its state to a fresh run before its history grows large. */
describe('continue-as-new', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.stop());

  it('keeps the initiative, its records and its rules across runs', async () => {
    const workflowId = initiativeWorkflowId(system.roundId, '4.2');
    const party = {
      id: 'medlem-enhedslisten',
      role: 'partyGroupMember' as const,
      partyGroups: ['Enhedslisten'],
    };
    // Started directly, with a small history bound, so that a few edits cross it.
    await system.temporal.workflow.executeUpdateWithStart(createUpdate, {
      args: [{ form: draftForm('Udkast 0'), actor: party }],
      startWorkflowOperation: new WithStartWorkflowOperation(initiativeWorkflow, {
        workflowId,
        taskQueue: system.config.TEMPORAL_TASK_QUEUE,
        args: [
          {
            roundId: system.roundId,
            number: '4.2',
            years: [2026, 2027, 2028, 2029],
            maxHistoryEvents: 40,
          },
        ],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    const firstRun = (await system.temporal.workflow.getHandle(workflowId).describe()).runId;

    for (let edit = 1; edit <= 15; edit++) {
      await system.http
        .put(
          system.initiativePath('4.2', 'draft'),
          partyForm('Enhedslisten', { title: `Udkast ${edit}` }),
          as.party('Enhedslisten'),
        )
        .expect(200);
    }
    await walk(system, '4.2', 'draft', 'included');

    const description = await system.temporal.workflow.getHandle(workflowId).describe();
    expect(description.runId).not.toBe(firstRun);
    const final = await recorded(system, '4.2');
    expect(final.body).toMatchObject({ state: 'included', title: 'Udkast 15', version: 22 });
    expect(final.historyLength).toBe(22);
    expect(final.eventCount).toBeLessThan(60);
    const carried = await system.temporal.workflow.getHandle(workflowId).query('history');
    expect((carried as unknown[]).length).toBe(22);
  });
});

function draftForm(title: string) {
  const form = partyForm('Enhedslisten', { title });
  return {
    ...form,
    submittedBy: { kind: 'partyGroups' as const, partyGroups: ['Enhedslisten'] },
    economy: {
      establishmentCosts: {},
      salaries: {},
      otherOperations: { '2026': 300_000 },
      staffFteTenths: {},
    },
    financing: [{ area: 'health' as const, share: '1' }],
    elaboration: '',
    commitmentBudgeting: null,
    scalable: null,
    sustainableDevelopmentGoals: '',
  };
}
