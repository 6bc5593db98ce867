import type { QueryClient } from '@tanstack/react-query';
import {
  Navigate,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router';
import { LoadingState } from '../components/query-state';
import type { Role } from '../domain/enums';
import { sessionQuery } from '../api/shared-queries';
import { useSession } from '../api/shared-queries';
import { homePath, loginPath } from '../features/auth/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage, RouteError } from './route-error';

const STAFF: Role[] = ['admin', 'coordinator'];
const ADMIN: Role[] = ['admin'];
const MENTOR: Role[] = ['mentor'];
const EVERYONE: Role[] = ['admin', 'coordinator', 'mentor'];
const PROFILE_PATH = '/profil';

/** `/` leads each role to its own home screen. */
function HomeRedirect() {
  const session = useSession();
  return <Navigate to={session ? homePath(session.user.role) : '/connexion'} replace />;
}

/** Asks for what a screen shows first, at its address: a module loaded beside the screen's code. */
type ScreenData = () => Promise<(queryClient: QueryClient, url: URL) => Promise<unknown>[]>;

/** A guard depends on the path only: filters in the query string do not re-run it. */
const samePathNoCheck: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.pathname !== nextUrl.pathname;

const pairPage = async () => ({
  Component: (await import('../features/mentorships/components/pair-page')).PairPage,
});

/**
 * Every route. Guards are loaders: no session sends to the login screen with the way back;
 * a role that may not see a screen gets a 403 page (and the API refuses it too).
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const loadSession = () => queryClient.ensureQueryData(sessionQuery);
  /**
   * The guard, and the screen's first data: its module loads beside the screen's code, and its
   * requests leave once the session allows them, not after the screen has rendered.
   */
  const allow =
    (roles: Role[], data?: ScreenData) =>
    async ({ request }: LoaderFunctionArgs) => {
      const url = new URL(request.url);
      const [session, load] = await Promise.all([loadSession(), data?.()]);
      if (!session) throw redirect(loginPath(url.pathname + url.search));
      // A temporary password: the person chooses their own before anything else.
      if (session.user.mustChangePassword && url.pathname !== PROFILE_PATH)
        throw redirect(PROFILE_PATH);
      if (!roles.includes(session.user.role)) throw new Response('', { status: 403 });
      // What is cached shows at once (the screen refreshes it); a failure is the screen's to show,
      // with its retry.
      await Promise.allSettled(load?.(queryClient, url) ?? []);
      return null;
    };
  const page = (
    path: string,
    roles: Role[],
    route: Omit<RouteObject, 'path' | 'loader' | 'index' | 'children'>,
    data?: ScreenData,
  ): RouteObject => ({
    path,
    loader: allow(roles, data),
    // Within a screen, its filters and pages change the address: the screen's own queries
    // follow them (the rows in place meanwhile), so the control clicked answers at once.
    shouldRevalidate: samePathNoCheck,
    ...route,
  });

  return [
    {
      id: 'root',
      loader: loadSession,
      shouldRevalidate: samePathNoCheck,
      errorElement: <RouteError />,
      HydrateFallback: () => <LoadingState />,
      children: [
        {
          path: '/connexion',
          lazy: async () => ({
            Component: (await import('../features/auth/components/login-page')).LoginPage,
          }),
        },
        // The printed report has no navigation around it: it is a page of paper.
        page('/rapports/imprimer', STAFF, {
          lazy: async () => ({
            Component: (await import('../features/dashboard/components/print-report-page'))
              .PrintReportPage,
          }),
        }),
        {
          path: '/',
          loader: allow(EVERYONE),
          shouldRevalidate: samePathNoCheck,
          Component: AppLayout,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                { index: true, Component: HomeRedirect },
                page(
                  'tableau-de-bord',
                  STAFF,
                  {
                    lazy: async () => ({
                      Component: (await import('../features/dashboard/components/dashboard-page'))
                        .DashboardPage,
                    }),
                  },
                  async () =>
                    (await import('../features/dashboard/api/dashboard-data')).dashboardData,
                ),
                page('a-faire', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/tasks/components/tasks-page')).TasksPage,
                  }),
                }),
                page(
                  'orientations',
                  STAFF,
                  {
                    lazy: async () => ({
                      Component: (await import('../features/referrals/components/inbox-page'))
                        .InboxPage,
                    }),
                  },
                  async () => (await import('../features/referrals/api/inbox-data')).inboxData,
                ),
                page('orientations/nouvelle', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/referrals/components/new-referral-page'))
                      .NewReferralPage,
                  }),
                }),
                page('orientations/:id', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/referrals/components/referral-page'))
                      .ReferralPage,
                  }),
                }),
                page('mentors', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentors/components/mentors-page'))
                      .MentorsPage,
                  }),
                }),
                page('mentors/parcours', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentors/components/pipeline-board'))
                      .PipelineBoard,
                  }),
                }),
                page('mentors/import', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentors/components/import-page'))
                      .ImportPage,
                  }),
                }),
                page('mentors/nouveau', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentors/components/new-mentor-page'))
                      .NewMentorPage,
                  }),
                }),
                page('mentors/:id', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentors/components/mentor-page'))
                      .MentorPage,
                  }),
                }),
                page('binomes', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/mentorships/components/pairs-page'))
                      .PairsPage,
                  }),
                }),
                page('binomes/:id', STAFF, { lazy: pairPage }),
                page('appariement', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/matching/components/cohort-page'))
                      .CohortPage,
                  }),
                }),
                page('rapports', STAFF, {
                  lazy: async () => ({
                    Component: (await import('../features/dashboard/components/reports-page'))
                      .ReportsPage,
                  }),
                }),
                page('utilisateurs', ADMIN, {
                  lazy: async () => ({
                    Component: (await import('../features/admin/components/users-page')).UsersPage,
                  }),
                }),
                page('parametres', ADMIN, {
                  lazy: async () => ({
                    Component: (await import('../features/admin/components/settings-page'))
                      .SettingsPage,
                  }),
                }),
                page('journal', ADMIN, {
                  lazy: async () => ({
                    Component: (await import('../features/admin/components/audit-page')).AuditPage,
                  }),
                }),
                page('donnees-personnelles', ADMIN, {
                  lazy: async () => ({
                    Component: (await import('../features/admin/components/personal-data-page'))
                      .PersonalDataPage,
                  }),
                }),
                page('donnees-personnelles/:type/:id', ADMIN, {
                  lazy: async () => ({
                    Component: (await import('../features/admin/components/personal-file-page'))
                      .PersonalFilePage,
                  }),
                }),
                page(
                  'mes-binomes',
                  MENTOR,
                  {
                    lazy: async () => ({
                      Component: (await import('../features/mentorships/components/my-pairs-page'))
                        .MyPairsPage,
                    }),
                  },
                  async () =>
                    (await import('../features/mentorships/api/my-pairs-data')).myPairsData,
                ),
                page('mes-binomes/:id', MENTOR, { lazy: pairPage }),
                page('profil', EVERYONE, {
                  lazy: async () => ({
                    Component: (await import('../features/auth/components/profile-page'))
                      .ProfilePage,
                  }),
                }),
                { path: '*', Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ];
}
