import type { AgreementRecord, Initiative, TransitionRecord } from '@budgetflow/domain';
import {
  agreementProgressQuery,
  type agreementWorkflow,
  agreementWorkflowId,
  historyQuery,
  INITIATIVE_WORKFLOW_TYPE,
  initiativeQuery,
  type RoundSnapshot,
  roundStateQuery,
  roundWorkflow,
  roundWorkflowId,
} from '@budgetflow/workflows';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';

/**
 * A query is answered by a worker: one that does not answer in this time (no worker polls the
 * workflow's task queue) is reported, not waited for forever.
 */
const QUERY_TIMEOUT_MS = 30_000;

const ROUND_PREFIX = 'round/';

/**
 * What the workflows hold, read through Temporal: the truth the read model is rebuilt from.
 * Every read is a Query (or a finished workflow's result), so nothing here changes a workflow.
 */
export class WorkflowSources {
  constructor(private readonly temporal: Client) {}

  /**
   * The ids of the initiative workflows Temporal's visibility lists, of every round or of the
   * given ones. Visibility is eventually consistent: a workflow started a moment ago may be
   * missing, which is why the rebuild adds the ones the read model already knows.
   */
  async initiativeWorkflowIds(roundIds: readonly string[] | null): Promise<string[]> {
    const byType = `WorkflowType = '${INITIATIVE_WORKFLOW_TYPE}'`;
    const queries =
      roundIds === null
        ? [byType]
        : roundIds.map((id) => `${byType} AND WorkflowId STARTS_WITH 'initiative/${id}/'`);
    const ids = new Set<string>();
    // Each run of a workflow that continued-as-new is listed; the latest is the one asked.
    for (const query of queries) {
      for await (const execution of this.temporal.workflow.list({ query })) {
        ids.add(execution.workflowId);
      }
    }
    return [...ids];
  }

  /** The ids of the rounds whose workflows visibility lists. */
  async roundIds(): Promise<string[]> {
    const ids = new Set<string>();
    const query = `WorkflowType = '${roundWorkflow.name}'`;
    for await (const execution of this.temporal.workflow.list({ query })) {
      if (execution.workflowId.startsWith(ROUND_PREFIX)) {
        ids.add(execution.workflowId.slice(ROUND_PREFIX.length));
      }
    }
    return [...ids];
  }

  /** The initiative and every step it recorded; null for a workflow that holds none yet. */
  async initiative(
    workflowId: string,
  ): Promise<{ initiative: Initiative; records: readonly TransitionRecord[] } | null> {
    const handle = this.temporal.workflow.getHandle(workflowId);
    const records = await this.asking(() => handle.query(historyQuery));
    const initiative = await this.asking(() => handle.query(initiativeQuery));
    return initiative ? { initiative, records } : null;
  }

  /** The round's whole state; null for a round without a workflow (opened before they had one). */
  async round(roundId: string): Promise<RoundSnapshot | null> {
    const handle = this.temporal.workflow.getHandle(roundWorkflowId(roundId));
    return this.unlessMissing(() => this.asking(() => handle.query(roundStateQuery)));
  }

  /** The round's budget agreement as its workflow records it; null when it has none. */
  async agreement(roundId: string): Promise<AgreementRecord | null> {
    const handle = this.temporal.workflow.getHandle<typeof agreementWorkflow>(
      agreementWorkflowId(roundId),
    );
    return this.unlessMissing(async () => {
      const { status } = await this.asking(() => handle.describe());
      // A finished agreement answers with its result, no worker needed.
      if (status.name === 'COMPLETED') {
        return this.asking(() => handle.result());
      }
      return this.asking(() => handle.query(agreementProgressQuery));
    });
  }

  private asking<T>(read: () => Promise<T>): Promise<T> {
    return this.temporal.connection.withDeadline(Date.now() + QUERY_TIMEOUT_MS, read);
  }

  private async unlessMissing<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }
}
