import { Page } from '../../components/Page';

// Scaffold: replaced by the page itself in this same piece of work.
export function InitiativesPage() {
  return <Page title="InitiativesPage">{null}</Page>;
}
