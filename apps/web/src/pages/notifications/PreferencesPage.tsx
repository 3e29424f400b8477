import { Link } from 'react-router';
import { useNotificationPreferences } from '../../api/preferences';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { PreferencesForm } from './PreferencesForm';

/** Which notifications the signed-in person also gets by e-mail. */
export function PreferencesPage() {
  const preferences = useNotificationPreferences();
  return (
    <Page title="E-mailindstillinger">
      <p>
        Alle beskeder kommer altid i din <Link to={paths.notifications}>indbakke i Budgetflow</Link>
        . Vælg for hver slags, om du også vil have den som e-mail med det samme, samlet i et dagligt
        overblik, eller slet ikke.
      </p>
      <Loaded query={preferences} what="dine indstillinger">
        {(data) => <PreferencesForm preferences={data} />}
      </Loaded>
    </Page>
  );
}
