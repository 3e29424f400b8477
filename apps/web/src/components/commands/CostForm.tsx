import { commandActionLabels } from '@budgetflow/domain';
import { useRef } from 'react';
import type { InitiativeDetail } from '../../api/types';
import { CommandForm } from './CommandForm';
import { confirmationOf } from './command-texts';
import { CostingFields } from './CostingFields';
import { useCommandSubmission } from './use-command-submission';
import { focusFirstInvalid, useCostingForm } from './use-costing-form';

/** The administration's costing of a reviewed initiative. */
export function CostForm({
  roundId,
  initiative,
  onCancel,
  onDone,
}: {
  roundId: string;
  initiative: InitiativeDetail;
  onCancel: () => void;
  onDone: (confirmation: string) => void;
}) {
  const submission = useCommandSubmission(roundId, initiative.number);
  const costing = useCostingForm(initiative);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = async () => {
    const body = costing.validate();
    if (!body) return focusFirstInvalid(formRef.current);
    try {
      await submission.send('cost', { ...body });
      onDone(confirmationOf('cost', initiative.number));
    } catch (error) {
      costing.showProblem(error, body);
    }
  };
  return (
    <CommandForm
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      submitLabel={commandActionLabels.cost}
      pending={submission.pending}
      error={submission.error}
      onCancel={onCancel}
    >
      <CostingFields
        form={costing.form}
        errors={costing.errors}
        years={costing.years}
        idPrefix="cost"
      />
    </CommandForm>
  );
}
