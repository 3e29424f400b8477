import { completeReviewSchema } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

export type ReviewValues = z.input<typeof completeReviewSchema>;
export type ReviewBody = z.output<typeof completeReviewSchema>;

// The domain's schema with the Danish words of a radio group left unanswered (zod's own message
// lists the internal values).
const resolver = zodResolver(completeReviewSchema, {
  error: (issue) =>
    issue.path?.join('.') === 'assessment.conclusion'
      ? 'Vælg administrationens vurdering'
      : undefined,
});

/** The review's form: comments, the assessment's conclusion, and where it might be merged. */
export function useReviewForm() {
  return useForm<ReviewValues, unknown, ReviewBody>({
    resolver,
    defaultValues: { comments: '', assessment: { canBeMergedInto: null } },
  });
}

export type ReviewForm = ReturnType<typeof useReviewForm>;

/** The API names these fields as the form does. */
export const reviewFields = [
  'comments',
  'assessment.conclusion',
  'assessment.canBeMergedInto',
] as const;
