import { accountSchema, partyGroupSchema, passwordResetSchema } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { ProblemException } from '../http/problem';

export class AccountDto extends createZodDto(accountSchema) {}
export class PasswordResetDto extends createZodDto(passwordResetSchema) {}
export class PartyGroupDto extends createZodDto(partyGroupSchema) {}

/** A path's id or name, trimmed; 400 when empty or too long. */
export function pathSegment(value: string, field: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed !== '' && trimmed.length <= maxLength) return trimmed;
  const message = `${field} skal være 1-${maxLength} tegn`;
  throw new ProblemException({
    status: 400,
    title: 'Ugyldig forespørgsel',
    detail: message,
    errors: [{ field: `path.${field}`, message }],
  });
}
