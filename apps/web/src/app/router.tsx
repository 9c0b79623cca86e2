import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { Spinner } from '../components/ui/spinner';
import { HomePage } from '../features/home/components/home-page';
import { CONTEST_MANAGER_ROLES, CONTEST_VIEWER_ROLES } from '../lib/contest-roles';
import { QUESTION_READER_ROLES } from '../lib/question-roles';
import { RootLayout } from './layouts/root-layout';
import { RequireAuth, RequireRole } from './routes/guards';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

/** Registration carries the unit combobox and the validation rules; the home page does not need them. */
const loadRegisterRoute = () => import('./routes/register-route');
const RegisterRoute = lazy(() => loadRegisterRoute().then((module) => ({ default: module.RegisterRoute })));

/**
 * Login and profile carry the form library: lazy too, so that an entrant's
 * phone on the attempt screen never downloads it.
 */
const loadLoginPage = () => import('../features/auth/components/login-page');
const LoginPage = lazy(() => loadLoginPage().then((module) => ({ default: module.LoginPage })));
const ProfilePage = lazy(() => import('../features/profile/components/profile-page').then((module) => ({ default: module.ProfilePage })));

/** Fetches the registration and login chunks ahead of the click, once the first page is up and the network is idle. */
export function preloadRegistration(): void {
  const load = () => void Promise.all([loadRegisterRoute(), loadLoginPage()]).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5_000 });
  else setTimeout(load, 2_000);
}

// The admin area is its own chunk: entrants on slow phones never download it.
const AdminUsersRoute = lazy(() => import('./routes/admin-users-route').then((module) => ({ default: module.AdminUsersRoute })));
const AdminUnitsPage = lazy(() =>
  import('../features/admin-units/components/admin-units-page').then((module) => ({ default: module.AdminUnitsPage })),
);

// The question bank (organizers, admins; judges read): one lazy chunk for all its pages.
const QuestionBankRoute = lazy(() => import('./routes/question-bank-routes').then((module) => ({ default: module.QuestionBankRoute })));

// Entrant pages after the home page, a lazy chunk each: the attempt screen's code loads only for an attempt.
const ContestPage = lazy(() => import('../features/contests/components/contest-page').then((module) => ({ default: module.ContestPage })));
const AttemptPage = lazy(() => import('../features/attempts/components/attempt-page').then((module) => ({ default: module.AttemptPage })));
const ResultPage = lazy(() => import('../features/attempts/components/result-page').then((module) => ({ default: module.ResultPage })));
const MyAttemptsPage = lazy(() => import('../features/attempts/components/my-attempts-page').then((module) => ({ default: module.MyAttemptsPage })));
const LeaderboardPage = lazy(() => import('../features/leaderboard/components/leaderboard-page').then((module) => ({ default: module.LeaderboardPage })));

// After a round: published results, certificate checks and statistics (public), the entrant's certificates — a lazy chunk each.
const ResultsPage = lazy(() => import('../features/results/components/results-page').then((module) => ({ default: module.ResultsPage })));
const VerifyPage = lazy(() => import('../features/certificates/components/verify-page').then((module) => ({ default: module.VerifyPage })));
const MyCertificatesPage = lazy(() =>
  import('../features/certificates/components/my-certificates-page').then((module) => ({ default: module.MyCertificatesPage })),
);
const StatisticsRoute = lazy(() => import('./routes/statistics-route').then((module) => ({ default: module.StatisticsRoute })));

// The live game — player, projector, host console — and the audience boards: lazy chunks that bring the socket client.
const PlayerPage = lazy(() => import('../features/live/components/player-page').then((module) => ({ default: module.PlayerPage })));
const ProjectorPage = lazy(() => import('../features/live/components/projector-page').then((module) => ({ default: module.ProjectorPage })));
const HostConsolePage = lazy(() => import('../features/live/components/host-console-page').then((module) => ({ default: module.HostConsolePage })));
const BoardPage = lazy(() => import('../features/board/components/board-page').then((module) => ({ default: module.BoardPage })));

/** Screens for a projector (and phones): the whole window, no site header. */
function Screen({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner />}>{children}</Suspense>;
}

// Contest management (organizers, admins; judges read): its own lazy chunk, with its own texts.
const ContestAdminRoute = lazy(() => import('./routes/contest-admin-routes').then((module) => ({ default: module.ContestAdminRoute })));

// The jury's area (essays, flags, appeals, item analysis, snapshots to approve): its own lazy chunk and texts.
const JudgingRoute = lazy(() => import('./routes/judging-routes').then((module) => ({ default: module.JudgingRoute })));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        // Errors (a chunk that failed to load, say) render inside the layout, so the header stays.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'register',
            element: (
              <Suspense fallback={<Spinner />}>
                <RegisterRoute />
              </Suspense>
            ),
          },
          {
            path: 'login',
            element: (
              <Suspense fallback={<Spinner />}>
                <LoginPage />
              </Suspense>
            ),
          },
          {
            path: 'profile',
            element: (
              <RequireAuth>
                <Suspense fallback={<Spinner />}>
                  <ProfilePage />
                </Suspense>
              </RequireAuth>
            ),
          },
          {
            // Entrants: contests, attempts, results, history; leaderboards for everyone.
            element: (
              <Suspense fallback={<Spinner />}>
                <Outlet />
              </Suspense>
            ),
            children: [
              { path: 'contests/:id', element: <ContestPage /> },
              { path: 'contests/:id/leaderboard', element: <LeaderboardPage scope="contest" /> },
              { path: 'rounds/:id/leaderboard', element: <LeaderboardPage scope="round" /> },
              { path: 'contests/:id/results', element: <ResultsPage scope="contest" /> },
              { path: 'rounds/:id/results', element: <ResultsPage scope="round" /> },
              { path: 'contests/:id/statistics', element: <StatisticsRoute /> },
              // The QR code on every certificate opens /verify/<code> (certificates.service.ts).
              { path: 'verify', element: <VerifyPage /> },
              { path: 'verify/:code', element: <VerifyPage /> },
              {
                path: 'me/certificates',
                element: (
                  <RequireAuth>
                    <MyCertificatesPage />
                  </RequireAuth>
                ),
              },
              { path: 'play', element: <PlayerPage /> },
              {
                path: 'attempts/:id',
                element: (
                  <RequireAuth>
                    <AttemptPage />
                  </RequireAuth>
                ),
              },
              {
                path: 'attempts/:id/result',
                element: (
                  <RequireAuth>
                    <ResultPage />
                  </RequireAuth>
                ),
              },
              {
                path: 'me/attempts',
                element: (
                  <RequireAuth>
                    <MyAttemptsPage />
                  </RequireAuth>
                ),
              },
            ],
          },
          {
            path: 'admin',
            element: (
              <RequireRole allowed="admin">
                <Suspense fallback={<Spinner />}>
                  <Outlet />
                </Suspense>
              </RequireRole>
            ),
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: <AdminUsersRoute /> },
              { path: 'units', element: <AdminUnitsPage /> },
            ],
          },
          {
            path: 'organizer',
            element: (
              <RequireRole allowed={QUESTION_READER_ROLES}>
                <Suspense fallback={<Spinner />}>
                  <Outlet />
                </Suspense>
              </RequireRole>
            ),
            children: [
              { index: true, element: <Navigate to="questions" replace /> },
              { path: 'questions', element: <QuestionBankRoute page="list" /> },
              { path: 'questions/new', element: <QuestionBankRoute page="editor" /> },
              { path: 'questions/review', element: <QuestionBankRoute page="review" /> },
              { path: 'questions/import', element: <QuestionBankRoute page="import" /> },
              { path: 'questions/:id', element: <QuestionBankRoute page="detail" /> },
              { path: 'questions/:id/edit', element: <QuestionBankRoute page="editor" /> },
              { path: 'contests', element: <ContestAdminRoute page="list" /> },
              { path: 'contests/new', element: <ContestAdminRoute page="editor" /> },
              { path: 'contests/:id', element: <ContestAdminRoute page="detail" /> },
              { path: 'contests/:id/edit', element: <ContestAdminRoute page="editor" /> },
              { path: 'contests/:id/rounds/new', element: <ContestAdminRoute page="round-editor" /> },
              { path: 'contests/:id/rounds/:roundId/edit', element: <ContestAdminRoute page="round-editor" /> },
              { path: 'contests/:id/results', element: <ContestAdminRoute page="results" /> },
              { path: 'contests/:id/results/:snapshotId', element: <ContestAdminRoute page="snapshot" /> },
              {
                path: 'live/:roundId',
                element: (
                  <RequireRole allowed={CONTEST_MANAGER_ROLES}>
                    <HostConsolePage />
                  </RequireRole>
                ),
              },
            ],
          },
          {
            // The jury's pages route themselves (judging-routes.tsx); organizers and admins may read them.
            path: 'judging/*',
            element: (
              <RequireRole allowed={CONTEST_VIEWER_ROLES}>
                <Suspense fallback={<Spinner />}>
                  <JudgingRoute />
                </Suspense>
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    // Projector screens and audience boards: public, full window, without the site's header and footer.
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: 'live/:code',
        element: (
          <Screen>
            <ProjectorPage />
          </Screen>
        ),
      },
      {
        path: 'projector',
        element: (
          <Screen>
            <ProjectorPage />
          </Screen>
        ),
      },
      {
        path: 'board/round/:id',
        element: (
          <Screen>
            <BoardPage scope="round" />
          </Screen>
        ),
      },
      {
        path: 'board/contest/:id',
        element: (
          <Screen>
            <BoardPage scope="contest" />
          </Screen>
        ),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
