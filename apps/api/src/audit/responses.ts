import { commandLabels, lifecycleStates, roles, type CommandType } from '@budgetflow/domain';
import { z } from 'zod';
import { instant, label, page } from '../openapi/values';
import { accountActionLabels } from './audit.view';

// The audit view's answer: the initiatives' steps and the account events, as audit.view.ts
// builds them.

type Action = keyof typeof accountActionLabels;
const actions = Object.keys(accountActionLabels) as [Action, ...Action[]];
const commands = Object.keys(commandLabels) as [CommandType | 'create', ...CommandType[]];
const person = z.strictObject({ id: z.string(), name: z.string().nullable() });
const state = z.enum(lifecycleStates);

const stepSchema = z.strictObject({
  kind: z.literal('step'),
  key: z.string(),
  at: instant,
  actor: person.extend({ role: z.enum(roles), roleLabel: label }),
  label,
  round: z.string(),
  number: z.string(),
  command: z.enum(commands),
  commandLabel: label,
  from: state.nullable(),
  fromLabel: label.nullable(),
  to: state,
  toLabel: label,
  comment: z.string().nullable(),
});

const accountEventSchema = z.strictObject({
  kind: z.literal('account'),
  key: z.string(),
  at: instant,
  actor: person.nullable(),
  label,
  action: z.enum(actions),
  target: person.nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const auditPageSchema = page(z.discriminatedUnion('kind', [stepSchema, accountEventSchema]));
