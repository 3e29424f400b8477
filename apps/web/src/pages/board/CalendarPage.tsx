import { Page } from '../../components/Page';

// Scaffold: replaced by the page itself in this same piece of work.
export function CalendarPage() {
  return <Page title="CalendarPage">{null}</Page>;
}
