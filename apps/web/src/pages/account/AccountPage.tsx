import { roleLabels } from '@budgetflow/domain';
import { useSession } from '../../api/session';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { OwnPasswordForm } from './OwnPasswordForm';

/** "Min konto": who the signed-in person is to Budgetflow, and their password. */
export function AccountPage() {
  const session = useSession();
  return (
    <Page title="Min konto">
      <Loaded query={session} what="din konto">
        {(data) =>
          data ? (
            <>
              <section className="card section-card" aria-labelledby="account-heading">
                <h2 id="account-heading">Dig i Budgetflow</h2>
                <dl className="facts">
                  <dt>Navn</dt>
                  <dd>{data.user.name}</dd>
                  <dt>Brugernavn</dt>
                  <dd>{data.user.id}</dd>
                  <dt>Rolle</dt>
                  <dd>{roleLabels[data.user.role]}</dd>
                  {data.user.partyGroups.length > 0 ? (
                    <>
                      <dt>Partigrupper</dt>
                      <dd>{data.user.partyGroups.join(', ')}</dd>
                    </>
                  ) : null}
                </dl>
                <p className="muted">
                  Navn, rolle og partigrupper ændres af en systemadministrator.
                </p>
              </section>
              <section
                className="card section-card account-password"
                aria-labelledby="password-heading"
              >
                <h2 id="password-heading">Skift adgangskode</h2>
                {data.passwordSignIn ? (
                  <OwnPasswordForm username={data.user.id} />
                ) : (
                  <p>
                    Du logger ind gennem organisationens login, så din adgangskode styres dér og
                    ikke i Budgetflow.
                  </p>
                )}
              </section>
            </>
          ) : null
        }
      </Loaded>
    </Page>
  );
}
