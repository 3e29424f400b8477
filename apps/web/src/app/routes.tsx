import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage';
import { AgreementPage } from '../pages/agreement/AgreementPage';
import { BoardPage } from '../pages/board/BoardPage';
import { CalendarPage } from '../pages/board/CalendarPage';
import { HomePage } from '../pages/HomePage';
import { ImportPage } from '../pages/imports/ImportPage';
import { MeetingPage } from '../pages/imports/MeetingPage';
import { InboxPage } from '../pages/inbox/InboxPage';
import { InitiativePage } from '../pages/initiatives/InitiativePage';
import { InitiativesPage } from '../pages/initiatives/InitiativesPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import { ComparePage } from '../pages/packages/ComparePage';
import { PackageEditorPage } from '../pages/packages/PackageEditorPage';
import { PackagePage } from '../pages/packages/PackagePage';
import { PackagesPage } from '../pages/packages/PackagesPage';
import { PreferencesPage } from '../pages/notifications/PreferencesPage';
import { QuestionPage } from '../pages/questions/QuestionPage';
import { QuestionsPage } from '../pages/questions/QuestionsPage';
import { SignInPage } from '../pages/SignInPage';
import { SupportPage } from '../pages/support/SupportPage';
import { DraftPage } from '../pages/workspace/DraftPage';
import { WorkspacePage } from '../pages/workspace/WorkspacePage';
import { Layout } from './Layout';

export const router = createBrowserRouter([
  { path: '/log-ind', element: <SignInPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'runder/:roundId/forslag', element: <InitiativesPage /> },
      { path: 'runder/:roundId/forslag/:number', element: <InitiativePage /> },
      { path: 'runder/:roundId/kladder', element: <WorkspacePage /> },
      { path: 'runder/:roundId/kladder/ny', element: <DraftPage /> },
      { path: 'runder/:roundId/kladder/:number', element: <DraftPage /> },
      { path: 'runder/:roundId/indbakke', element: <InboxPage /> },
      { path: 'runder/:roundId/tavle', element: <BoardPage /> },
      { path: 'runder/:roundId/kalender', element: <CalendarPage /> },
      { path: 'runder/:roundId/pakker', element: <PackagesPage /> },
      { path: 'runder/:roundId/pakker/ny', element: <PackageEditorPage /> },
      { path: 'runder/:roundId/pakker/sammenlign', element: <ComparePage /> },
      { path: 'runder/:roundId/pakker/:id', element: <PackagePage /> },
      { path: 'runder/:roundId/pakker/:id/ret', element: <PackageEditorPage /> },
      { path: 'runder/:roundId/opbakning', element: <SupportPage /> },
      { path: 'runder/:roundId/spoergsmaal', element: <QuestionsPage /> },
      { path: 'runder/:roundId/spoergsmaal/:number', element: <QuestionPage /> },
      { path: 'runder/:roundId/budgetaftale', element: <AgreementPage /> },
      { path: 'runder/:roundId/import', element: <ImportPage /> },
      { path: 'runder/:roundId/moeder/:milestoneId', element: <MeetingPage /> },
      { path: 'beskeder', element: <NotificationsPage /> },
      { path: 'indstillinger/notifikationer', element: <PreferencesPage /> },
      { path: 'konto', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
