import { Page } from '../../components/Page';

// Scaffold: replaced by the page itself in this same piece of work.
export function BoardPage() {
  return <Page title="BoardPage">{null}</Page>;
}
