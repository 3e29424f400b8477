import { Page } from '../../components/Page';

// Scaffold: replaced by the page itself in this same piece of work.
export function NotificationsPage() {
  return <Page title="NotificationsPage">{null}</Page>;
}
