import { Page } from '../../components/Page';

// Scaffold: replaced by the page itself in this same piece of work.
export function InitiativePage() {
  return <Page title="InitiativePage">{null}</Page>;
}
