import type { Fixtures } from './fixtures';

// The schemathesis.toml of one run: one phase (negative or positive data) as one person.

export type Mode = 'negative' | 'positive';

export interface RunConfig {
  readonly mode: Mode;
  readonly person: string;
  readonly token: string;
  /** Signing out ends the session it is sent with: it gets a session of its own. */
  readonly signOutToken: string;
  readonly maxExamples: number;
  readonly seed?: number;
  readonly fixtures: Fixtures;
}

/** 4xx only: a refusal of invalid data must not be a server error (schemathesis allows 5xx). */
const refusals = [
  '400',
  '401',
  '403',
  '404',
  '405',
  '406',
  '409',
  '413',
  '415',
  '422',
  '429',
  '431',
];

// A known value is used this often, a generated one otherwise (most of which do not exist).
const KNOWN = 0.75;

export function schemathesisConfig(run: RunConfig): string {
  const { fixtures } = run;
  const dictionaries: Record<string, readonly string[]> = {
    rounds: [fixtures.roundId],
    numbers: fixtures.numbers,
    notifications: fixtures.notificationIds[run.person] ?? [],
    feeds: fixtures.feedTokens[run.person] ?? [],
    users: fixtures.userIds,
    partyGroups: fixtures.partyGroups,
  };
  const known = (dictionary: string, probability = KNOWN) =>
    (dictionaries[dictionary] ?? []).length > 0 ? { dictionary, probability } : undefined;
  const lines = [
    'workers = 1',
    ...(run.seed !== undefined ? [`seed = ${run.seed}`] : []),
    `headers = ${inline({ Authorization: `Bearer ${run.token}` })}`,
    // The negative phase filters out the valid changes schemathesis mixes in (hooks.py).
    ...(run.mode === 'negative' ? ['suppress-health-check = ["filter_too_much"]'] : []),
    '',
    '[generation]',
    `mode = ${toml(run.mode)}`,
    `max-examples = ${run.maxExamples}`,
    'database = "none"',
    // Unknown query parameters and headers are ignored, as HTTP APIs do, and schemathesis does
    // not count a request that only adds one as invalid: no use sending them here.
    ...(run.mode === 'negative' ? ['allow-extra-parameters = false'] : []),
    '',
    '[cache]',
    'enabled = false',
    '',
    '[phases.stateful]',
    'enabled = false',
    '',
    '[checks.negative_data_rejection]',
    `expected-statuses = ${toml(refusals)}`,
    '',
    // A schema-valid request may still be refused with 400 (rules across fields: the order of a
    // calendar, a round's years, shares that sum to one) or 422 (a reused Idempotency-Key).
    '[checks.positive_data_acceptance]',
    'enabled = false',
    '',
    ...Object.entries(dictionaries)
      .filter(([, values]) => values.length > 0)
      .flatMap(([name, values]) => [`[dictionaries.${name}]`, `values = ${toml(values)}`, '']),
    '[parameters]',
    ...Object.entries({
      'path.roundId': known('rounds'),
      'path.number': known('numbers'),
      'path.token': known('feeds'),
      'path.name': known('partyGroups'),
      'query.round': known('rounds'),
      'query.party': known('partyGroups'),
      'query.number': known('numbers'),
      'body.into': known('numbers'),
      'body.number': known('numbers', 0.5),
    })
      .filter(([, binding]) => binding)
      .map(([key, binding]) => `${toml(key)} = ${inline(binding!)}`),
    '',
    '[[operations]]',
    'include-path = "/api/auth/sign-out"',
    `headers = ${inline({ Authorization: `Bearer ${run.signOutToken}` })}`,
    ...operationParameters('^/api/users/', 'path.id', known('users')),
    ...operationParameters('^/api/me/notifications/', 'path.id', known('notifications')),
  ];
  return `${lines.join('\n')}\n`;
}

function operationParameters(regex: string, key: string, binding: object | undefined): string[] {
  if (!binding) return [];
  return [
    '',
    '[[operations]]',
    `include-path-regex = ${toml(regex)}`,
    `parameters = ${inline({ [key]: binding })}`,
  ];
}

/** A TOML value: JSON's strings, numbers and arrays are TOML's too. */
function toml(value: string | number | readonly (string | number)[]): string {
  return JSON.stringify(value);
}

function inline(table: object): string {
  const entries = Object.entries(table).map(
    ([key, value]) =>
      `${toml(key)} = ${typeof value === 'object' && !Array.isArray(value) ? inline(value as object) : toml(value as string)}`,
  );
  return `{ ${entries.join(', ')} }`;
}
