import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalTestServerPath } from './env';

/**
 * Temporal's time-skipping test server, one per call: its clock jumps over sleeping timers, so a
 * test can live through months of a round in seconds. Time is global to one server, so each
 * test file gets its own.
 */
export function createTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: temporalTestServerPath() } },
  });
}
