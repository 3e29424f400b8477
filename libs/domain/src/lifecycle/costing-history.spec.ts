import { costingVersions } from './costing-history';
import {
  accepted,
  aDraft,
  at,
  coordinator,
  economy,
  initiativeIn,
  later,
  official,
  requiresFunding,
  submitterOf,
} from './fixtures.spec-helper';
import type { Initiative, TransitionRecord } from './initiative';
import { transition } from './transition';

/** The initiative after each step, and the records of its steps, as the audit trail has them. */
function through(steps: [Parameters<typeof transition>[1], 'submitter' | typeof official][]) {
  let initiative = aDraft();
  const records: TransitionRecord[] = [];
  for (const [command, who] of steps) {
    const decision = transition(
      initiative,
      command,
      who === 'submitter' ? submitterOf(initiative.form) : who,
      later,
    );
    initiative = accepted(decision);
    if (decision.ok) records.push(decision.record);
  }
  return { initiative, records };
}

const costed = economy({ otherOperations: { 2026: 0.4, 2027: 0.4 } });

describe("an initiative's costing history", () => {
  it("has no versions before the administration's costing", () => {
    const { initiative, records } = through([
      [{ type: 'submit' }, 'submitter'],
      [{ type: 'startReview' }, official],
    ]);
    expect(costingVersions(initiative, records)).toEqual([]);
  });

  it('keeps the costing step as version 1, with who, when, the comment and its purpose', () => {
    const { initiative, records } = through([
      [{ type: 'submit' }, 'submitter'],
      [{ type: 'startReview' }, official],
      [
        { type: 'completeReview', comments: 'Kræver finansiering.', assessment: requiresFunding },
        official,
      ],
      [{ type: 'cost', economy: costed, comment: 'Lønnen er højere end skønnet' }, official],
    ]);
    expect(costingVersions(initiative, records)).toEqual([
      {
        version: 1,
        purpose: 'review',
        economy: costed,
        // Not sent with the costing: the form's financing, as the costing settles it.
        financing: initiative.form.financing,
        by: official.id,
        at: later,
        comment: 'Lønnen er højere end skønnet',
      },
    ]);
  });

  it('numbers every costing recorded in the order of the steps, whatever order they come in', () => {
    const initiative = initiativeIn('costed');
    const step = (seq: number, amount: number): TransitionRecord => ({
      seq,
      command: 'cost',
      from: 'inReview',
      to: 'costed',
      actor: { id: official.id, role: 'administration' },
      at,
      comment: null,
      data: { economy: economy({ salaries: { 2026: amount } }), financing: [] },
    });
    const versions = costingVersions(initiative, [step(9, 0.2), step(5, 0.1)]);
    expect(versions.map((v) => [v.version, v.economy.salaries['2026']])).toEqual([
      [1, 100_000],
      [2, 200_000],
    ]);
  });

  it("leaves out steps that carry no costing, and shows an initiative's costing without a step as its one version", () => {
    const initiative: Initiative = initiativeIn('costed');
    const withoutEconomy: TransitionRecord = {
      seq: 6,
      command: 'cost',
      from: 'inReview',
      to: 'costed',
      actor: { id: official.id, role: 'administration' },
      at,
      comment: 'Uden tabel',
      data: null,
    };
    const include: TransitionRecord = {
      ...withoutEconomy,
      seq: 8,
      command: 'include',
      actor: { id: coordinator.id, role: 'coordinator' },
    };
    expect(costingVersions(initiative, [withoutEconomy, include])).toEqual([
      {
        version: 1,
        purpose: 'review',
        economy: initiative.costing!.economy,
        financing: initiative.costing!.financing,
        by: initiative.costing!.by,
        at: initiative.costing!.at,
        comment: null,
      },
    ]);
  });
});
