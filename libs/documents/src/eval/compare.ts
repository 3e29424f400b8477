import type { ImportedInitiative } from '../form/read-form';
import type { ImportWarning } from '../warnings';

/** The fields the accuracy is counted over, by their path in the document. */
export const evaluatedFields = [
  'number',
  'title',
  'submittedBy',
  'purpose',
  'background',
  'review.comments',
  'review.assessment',
  'economy.establishmentCosts',
  'economy.salaries',
  'economy.otherOperations',
  'economy.staffFte',
  'elaboration',
  'financing',
  'commitmentBudgeting',
  'scalable',
  'agreementTextDraft',
  'sustainableDevelopmentGoals',
  'references.initiatives',
  'references.dates',
] as const;
export type EvaluatedField = (typeof evaluatedFields)[number];

/**
 * How a field was read: right; left empty with a warning (honest); kept with a warning but not
 * right (uncertain); empty without a warning; or wrong without one, the worst.
 */
export type FieldStatus = 'right' | 'emptyWarned' | 'uncertainWarned' | 'emptySilent' | 'wrong';

export function compareFields(
  expected: ImportedInitiative,
  actual: ImportedInitiative,
  warnings: readonly ImportWarning[],
): Record<EvaluatedField, FieldStatus> {
  const result = {} as Record<EvaluatedField, FieldStatus>;
  for (const field of evaluatedFields) {
    const want = comparable(valueAt(expected, field));
    const got = comparable(valueAt(actual, field));
    const warned = warnings.some(
      (w) =>
        w.field === field || w.field.startsWith(`${field}.`) || field.startsWith(`${w.field}.`),
    );
    if (JSON.stringify(want) === JSON.stringify(got)) result[field] = 'right';
    else if (isEmpty(got)) result[field] = warned ? 'emptyWarned' : 'emptySilent';
    else result[field] = warned ? 'uncertainWarned' : 'wrong';
  }
  return result;
}

function valueAt(document: ImportedInitiative, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], document);
}

/** Text compared with its spacing made uniform; references by what they name, not their text. */
function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) {
    return value
      .map((item: unknown) => {
        if (item && typeof item === 'object' && 'text' in item) {
          const rest: Record<string, unknown> = { ...(item as Record<string, unknown>) };
          delete rest['text'];
          return rest;
        }
        return item;
      })
      .map((item) => JSON.stringify(sortKeys(item)))
      .sort();
  }
  return sortKeys(value);
}

function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '' || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const values = Object.values(value as Record<string, unknown>);
    return values.length === 0 || values.every(isEmpty);
  }
  return false;
}
