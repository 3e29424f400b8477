import { costSchema } from '@budgetflow/domain';
import { ApiProblem } from '../../api/client';
import type { Initiative } from '../../api/types';
import { type EconomyDraft, economyDraftOf, parseEconomyDraft } from '../EconomyEditor';
import {
  type FinancingEntry,
  financingErrorsOf,
  financingForApi,
  financingTotalKey,
} from '../FinancingEditor';

/** The costing as typed: the economy's cells, the financing areas with shares, a comment. */
export interface CostingValues {
  economy: EconomyDraft;
  financing: FinancingEntry[];
  comment: string;
}

/**
 * Where a costing is wrong: economy cells ('salaries.2027'), the financing (by area, or
 * `financingTotalKey` for the whole), the comment.
 */
export interface CostingErrors {
  economy: Record<string, string>;
  financing: Record<string, string>;
  comment?: string;
}

export const noCostingErrors: CostingErrors = { economy: {}, financing: {} };

/** The API's body of the cost command. */
export interface CostBody {
  economy: NonNullable<ReturnType<typeof parseEconomyDraft>['value']>;
  financing: FinancingEntry[];
  comment?: string;
}

/** The administration starts from the form: its economy and its financing. */
export function costingValuesOf(initiative: Initiative): CostingValues {
  return {
    economy: economyDraftOf(initiative.economy, initiative.economy.years),
    financing: initiative.financing.map(({ area, share }) => ({ area, share })),
    comment: '',
  };
}

/**
 * The body to send, or where it is wrong: the cells are read as Danish numbers and the shares by
 * the domain's rules (they add up to exactly 1), then the whole is judged by its cost schema.
 */
export function costingBodyOf(
  values: CostingValues,
  years: readonly number[],
): { body: CostBody; errors: null } | { body: null; errors: CostingErrors } {
  const economy = parseEconomyDraft(values.economy, years);
  const financing = financingForApi(values.financing);
  const errors: CostingErrors = {
    economy: { ...economy.errors },
    financing: financingErrorsOf(values.financing),
  };
  if (!economy.value || Object.keys(errors.financing).length > 0) return { body: null, errors };
  const comment = values.comment.trim();
  const body = { economy: economy.value, financing, ...(comment ? { comment } : {}) };
  const parsed = costSchema.safeParse(body);
  if (parsed.success) return { body, errors: null };
  for (const issue of parsed.error.issues) {
    place(errors, issue.path.map(String), issue.message, financing);
  }
  return { body: null, errors };
}

/** An error at its field, by the path the schema or the API names it with. */
function place(
  errors: CostingErrors,
  path: readonly string[],
  message: string,
  sent: readonly FinancingEntry[],
): void {
  const [head, second, third] = path;
  if (head === 'economy' && second && third) {
    errors.economy[`${second === 'staffFteTenths' ? 'staffFte' : second}.${third}`] = message;
  } else if (head === 'financing') {
    const area = second === undefined ? undefined : sent[Number(second)]?.area;
    errors.financing[area ?? financingTotalKey] = message;
  } else if (head === 'comment') {
    errors.comment = message;
  }
}

/** The API's field errors of a refused costing, at the costing's fields. */
export function costingErrorsOf(error: unknown, sent: CostBody | null): CostingErrors {
  const errors: CostingErrors = { economy: {}, financing: {} };
  if (!(error instanceof ApiProblem)) return errors;
  for (const problem of error.errors) {
    place(errors, problem.field.split('.'), problem.message, sent?.financing ?? []);
  }
  return errors;
}
