import { type OwnPasswordChange, ownPasswordChangeSchema } from '@budgetflow/domain';
import type { Resolver } from 'react-hook-form';

// The form "Skift adgangskode": the API's own rule (libs/domain), and the repetition that only
// the form knows, so a typing error in the new password is caught before it locks anyone out.

export interface PasswordFormValues {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly repeatedPassword: string;
}

export type PasswordField = keyof PasswordFormValues;

export const emptyPasswordForm: PasswordFormValues = {
  currentPassword: '',
  newPassword: '',
  repeatedPassword: '',
};

/** The body to send, or the message of each field that stops it. */
export function checkPasswordForm(
  values: PasswordFormValues,
): { body: OwnPasswordChange } | { errors: Partial<Record<PasswordField, string>> } {
  const errors: Partial<Record<PasswordField, string>> = {};
  const parsed = ownPasswordChangeSchema.safeParse({
    currentPassword: values.currentPassword,
    newPassword: values.newPassword,
  });
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as PasswordField;
    errors[field] ??= issue.message;
  }
  if (values.repeatedPassword === '') {
    errors.repeatedPassword = 'Gentag den nye adgangskode';
  } else if (values.repeatedPassword !== values.newPassword) {
    errors.repeatedPassword = 'De to nye adgangskoder er ikke ens';
  }
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data };
  return { errors };
}

export const passwordFormResolver: Resolver<PasswordFormValues, unknown, OwnPasswordChange> = (
  values,
) => {
  const checked = checkPasswordForm(values);
  if ('body' in checked) return { values: checked.body, errors: {} };
  return {
    values: {},
    errors: Object.fromEntries(
      Object.entries(checked.errors).map(([field, message]) => [
        field,
        { type: 'validate', message },
      ]),
    ),
  };
};
