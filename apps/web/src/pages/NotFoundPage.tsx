import { Link } from 'react-router';
import { Page } from '../components/Page';

export function NotFoundPage() {
  return (
    <Page title="Siden findes ikke">
      <p>
        Adressen findes ikke i Budgetflow. <Link to="/">Gå til forsiden</Link>.
      </p>
    </Page>
  );
}
