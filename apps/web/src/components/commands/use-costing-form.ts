import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Initiative } from '../../api/types';
import {
  type CostBody,
  costingBodyOf,
  costingErrorsOf,
  type CostingErrors,
  type CostingValues,
  costingValuesOf,
  noCostingErrors,
} from './costing-values';

/** Moves the focus to the first field marked invalid in the form, once it has been drawn. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/**
 * The costing's form: react-hook-form holds what is typed; the errors are kept beside it, keyed
 * as the economy table and the shares name them (years are not array indexes).
 */
export function useCostingForm(initiative: Initiative) {
  const years = initiative.economy.years;
  const form = useForm<CostingValues>({ defaultValues: costingValuesOf(initiative) });
  const [errors, setErrors] = useState<CostingErrors>(noCostingErrors);
  return {
    form,
    errors,
    years,
    /** The body to send, or null with the errors shown. */
    validate(): CostBody | null {
      const result = costingBodyOf(form.getValues(), years);
      setErrors(result.errors ?? noCostingErrors);
      return result.body;
    },
    /** The API's refusal of `sent`, at the fields it names. */
    showProblem(error: unknown, sent: CostBody | null) {
      setErrors(costingErrorsOf(error, sent));
    },
  };
}
