import { bootstrapAccounts } from '@budgetflow/api';
import { createDataSource, migrate } from '@budgetflow/persistence';
import { demoEmail, demoPartyGroups, demoPasswords, demoPeople } from './people';

/**
 * Development only: the demo's party groups and people, with passwords, straight into
 * PostgreSQL (the API cannot create its first system administrator). The passwords are made once
 * and kept in `passwordsFile`; returns them by person id.
 */
export async function ensureDemoAccounts(
  databaseUrl: string,
  passwordsFile: string,
): Promise<Record<string, string>> {
  if (process.env['NODE_ENV'] === 'production') {
    throw new Error('The demo accounts are for development only (NODE_ENV is production)');
  }
  const passwords = demoPasswords(passwordsFile);
  const dataSource = await createDataSource(databaseUrl, { poolSize: 2 }).initialize();
  try {
    await migrate(dataSource);
    await bootstrapAccounts(dataSource, {
      partyGroups: demoPartyGroups,
      people: demoPeople.map((person) => ({
        ...person,
        email: demoEmail(person),
        password: passwords[person.id]!,
      })),
    });
  } finally {
    await dataSource.destroy();
  }
  return passwords;
}
