import type { Role } from '@budgetflow/domain';
import { UserDirectory } from '@budgetflow/persistence';
import { createTestDatabase, testNamespace, testTemporalAddress } from '@budgetflow/testing';
import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { readApiConfig } from '../src/config/api-config';

// The API with AUTH_MODE=oidc on a database of its own, for the OIDC tests: no worker and no
// round, since sign-in needs neither.

export const PUBLIC_URL = 'http://budgetflow.test';
export const CALLBACK_URL = `${PUBLIC_URL}/api/auth/oidc/callback`;

export async function startOidcApi(env: Record<string, string>) {
  const database = await createTestDatabase();
  const config = readApiConfig({
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: testTemporalAddress(),
    TEMPORAL_NAMESPACE: testNamespace(),
    API_PORT: '0',
    PUBLIC_URL,
    ...env,
  });
  const app: INestApplication = await createApp(config, { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();
  return {
    app,
    dataSource,
    get: (path: string, cookies: readonly string[] = []) =>
      request(server).get(path).set('Cookie', cookies.join('; ')),
    /** Puts a person in the directory, as an administrator would. */
    async addPerson(person: {
      id: string;
      email: string;
      role: Role;
      partyGroups?: readonly string[];
    }): Promise<void> {
      await new UserDirectory(dataSource).upsert({
        name: person.id,
        partyGroups: [],
        ...person,
      });
    },
    async externalSubjectOf(id: string): Promise<string | null> {
      const rows: { external_subject: string | null }[] = await dataSource.query(
        'SELECT external_subject FROM app_user WHERE id = $1',
        [id],
      );
      return rows[0]?.external_subject ?? null;
    },
    async auditOf(id: string | null): Promise<{ action: string; detail: unknown }[]> {
      return dataSource.query(
        `SELECT action, detail FROM account_audit
         WHERE target_id IS NOT DISTINCT FROM $1 ORDER BY id`,
        [id],
      );
    },
    async stop() {
      await app.close();
      await database.drop();
    },
  };
}

export type OidcApi = Awaited<ReturnType<typeof startOidcApi>>;

/** A cookie the response sets, as "name=value" for the next request; undefined if none. */
export function cookieSet(response: Response, name: string): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((cookie) => cookie.startsWith(`${name}=`))?.split(';')[0];
}

/** The Set-Cookie line of a cookie, with its attributes. */
export function setCookieLine(response: Response, name: string): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((cookie) => cookie.startsWith(`${name}=`));
}

/** The path and query of an absolute address, for supertest against the app under test. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
