import { randomBytes } from 'node:crypto';
import { createDataSource, migrate } from '@budgetflow/persistence';
import { bootstrapAccounts } from '../apps/api/src/accounts/bootstrap';

// The first system administrator of an installation: the API needs one to make any other, so it
// is made here, straight in the database named by DATABASE_URL.
//
//   DATABASE_URL=... npm run create-system-administrator -- <id> "<name>" <e-mail>
//
// The password is BUDGETFLOW_ADMIN_PASSWORD when set (from a secret store), else generated and
// printed once. Running it again for the same id resets that person's password.

async function main(): Promise<void> {
  const [id, name, email] = process.argv.slice(2);
  const databaseUrl = process.env['DATABASE_URL'];
  if (!id || !name || !databaseUrl) {
    throw new Error(
      'Usage: DATABASE_URL=... npm run create-system-administrator -- <id> "<name>" [e-mail]',
    );
  }
  const given = process.env['BUDGETFLOW_ADMIN_PASSWORD'];
  if (given !== undefined && given.length < 12) {
    throw new Error('BUDGETFLOW_ADMIN_PASSWORD must be at least 12 characters');
  }
  const password = given ?? randomBytes(15).toString('base64url');
  const dataSource = await createDataSource(databaseUrl, { poolSize: 2 }).initialize();
  try {
    await migrate(dataSource);
    await bootstrapAccounts(dataSource, {
      partyGroups: [],
      people: [
        { id, name, email: email ?? null, role: 'systemAdministrator', partyGroups: [], password },
      ],
    });
  } finally {
    await dataSource.destroy();
  }
  console.log(`System administrator ${id} is ready.`);
  if (given === undefined) console.log(`Password (shown once): ${password}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
