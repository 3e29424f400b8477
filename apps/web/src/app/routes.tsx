import { createBrowserRouter } from 'react-router';
import { BoardPage } from '../pages/board/BoardPage';
import { CalendarPage } from '../pages/board/CalendarPage';
import { HomePage } from '../pages/HomePage';
import { InboxPage } from '../pages/inbox/InboxPage';
import { InitiativePage } from '../pages/initiatives/InitiativePage';
import { InitiativesPage } from '../pages/initiatives/InitiativesPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import { PreferencesPage } from '../pages/notifications/PreferencesPage';
import { SignInPage } from '../pages/SignInPage';
import { DraftPage } from '../pages/workspace/DraftPage';
import { WorkspacePage } from '../pages/workspace/WorkspacePage';
import { Layout } from './Layout';

// Danish paths: they are what people see, bookmark and send each other.
export const paths = {
  signIn: '/log-ind',
  initiatives: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/forslag`,
  initiative: (roundId: string, number: string) =>
    `/runder/${encodeURIComponent(roundId)}/forslag/${encodeURIComponent(number)}`,
  workspace: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kladder`,
  newDraft: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kladder/ny`,
  draft: (roundId: string, number: string) =>
    `/runder/${encodeURIComponent(roundId)}/kladder/${encodeURIComponent(number)}`,
  inbox: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/indbakke`,
  board: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/tavle`,
  calendar: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kalender`,
  notifications: '/beskeder',
  preferences: '/indstillinger/notifikationer',
};

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
      { path: 'beskeder', element: <NotificationsPage /> },
      { path: 'indstillinger/notifikationer', element: <PreferencesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
