import { Anchor, AppShell, Badge, Burger, Group, NavLink, Progress, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, memo, useEffect, useRef } from 'react';
import { Navigate, NavLink as RouterLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useSession } from '../../api/shared-queries';
import type { Session } from '../../api/types';
import { LOGIN_PATH } from '../../features/auth/paths';
import { SavedViewLinks } from '../../components/saved-view-links';
import { useMeetingOutbox } from '../../features/mentorships/hooks/meeting-outbox';
import { useOpenConcernCount, useTaskCount } from '../../features/tasks/api/concerns';
import { CommandPalette } from '../../features/search/components/command-palette';
import { t } from '../../lib/i18n';
import { useDemo } from '../demo';
import { navFor, paletteActions } from './nav-items';
import { Announcement } from '../../components/announcement';
import { rememberedRow } from '../../lib/return-focus';
import { UserMenu } from './user-menu';

/**
 * Moves focus to the new screen's title after each navigation (not on first load, nor back on a
 * list whose opened row takes it: see `rememberRow`).
 */
function useFocusOnNavigate() {
  const { pathname, key } = useLocation();
  const first = useRef(true);
  // The history entry's key, read (not watched): filters change it, and must not move the focus.
  const entry = useRef(key);
  useEffect(() => {
    entry.current = key;
  });
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (rememberedRow(entry.current)) return;
    const frame = requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('[data-page-title]') ??
        document.getElementById('contenu');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function AppLayout() {
  const session = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const navigation = useNavigation();
  const { pathname } = useLocation();
  useFocusOnNavigate();
  // A concern a mentor flags shows in the navigation of every staff screen.
  const staff = !!session && session.user.role !== 'mentor';
  const openConcerns = useOpenConcernCount(staff);
  const otherTasks = useTaskCount(staff);
  useMeetingOutbox();
  // Logged out (or expired) while on a screen: the login screen takes over, unless a navigation
  // already leads there (an expired session's, which says why: its request may end mid-way).
  if (!session) return navigation.state === 'idle' ? <Navigate to={LOGIN_PATH} replace /> : null;

  // The header and the navigation are memoised: a new page or filter of a list changes the
  // address, and must not draw them again.
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <Anchor href="#contenu" className="skip-link">
        {t.shell.skipToContent}
      </Anchor>
      <AppShell.Header>
        {navigation.state === 'loading' && (
          <Progress
            value={100}
            animated
            size="xs"
            pos="absolute"
            top={0}
            left={0}
            right={0}
            aria-label={t.common.loading}
          />
        )}
        <ShellHeader session={session} navOpen={navOpen} toggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="navigation" component="nav" aria-label={t.shell.mainNav}>
        <ShellNav
          role={session.user.role}
          pathname={pathname}
          openConcerns={openConcerns}
          otherTasks={otherTasks}
          closeNav={nav.close}
        />
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <Announcement />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

const ShellHeader = memo(function ShellHeader({
  session,
  navOpen,
  toggleNav,
}: {
  session: Session;
  navOpen: boolean;
  toggleNav: () => void;
}) {
  const demo = useDemo();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpen}
          onClick={toggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpen ? t.shell.closeNav : t.shell.openNav}
          aria-expanded={navOpen}
          aria-controls="navigation"
        />
        <Text fw={700} size="lg" c="blue.8" darkHidden>
          {t.appName}
        </Text>
        <Text fw={700} size="lg" c="blue.3" lightHidden>
          {t.appName}
        </Text>
        <Text size="sm" c="dimmed" truncate visibleFrom="xs">
          {session.association.name}
        </Text>
        {demo && (
          <Badge variant="light" color="orange" size="sm">
            {t.shell.demoBadge}
          </Badge>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {session.user.role !== 'mentor' && (
          <CommandPalette actions={paletteActions(session.user.role)} />
        )}
        <UserMenu session={session} />
      </Group>
    </Group>
  );
});

const ShellNav = memo(function ShellNav({
  role,
  pathname,
  openConcerns,
  otherTasks,
  closeNav,
}: {
  role: Session['user']['role'];
  pathname: string;
  openConcerns: number;
  otherTasks: number;
  closeNav: () => void;
}) {
  return navFor(role).map((item) => (
    <Fragment key={item.path}>
      <NavLink
        component={RouterLink}
        to={item.path}
        label={item.label}
        rightSection={
          item.path === '/a-faire' && (openConcerns > 0 || otherTasks > 0) ? (
            <Group gap={4} wrap="nowrap">
              {openConcerns > 0 && (
                <Badge color="red" size="sm" circle aria-label={t.tasks.openCount(openConcerns)}>
                  {openConcerns}
                </Badge>
              )}
              {otherTasks > 0 && (
                <Badge
                  color="gray"
                  size="sm"
                  variant="light"
                  aria-label={t.tasks.count(otherTasks)}
                >
                  {otherTasks}
                </Badge>
              )}
            </Group>
          ) : undefined
        }
        active={pathname.startsWith(item.path)}
        // On a phone the menu covers the screen: close it once a destination is chosen.
        onClick={closeNav}
      />
      {item.path === '/orientations' && (
        <SavedViewLinks resource="referrals" path={item.path} onNavigate={closeNav} />
      )}
      {item.path === '/binomes' && (
        <SavedViewLinks resource="mentorships" path={item.path} onNavigate={closeNav} />
      )}
    </Fragment>
  ));
});
