import {
  Avatar,
  Button,
  Menu,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../../api/types';
import { useLogout } from '../../features/auth/api/session';
import { LOGIN_PATH } from '../../features/auth/paths';
import { t } from '../../lib/i18n';
import { useDemo } from '../demo';

export function UserMenu({ session }: { session: Session }) {
  const { user } = session;
  const logout = useLogout();
  const navigate = useNavigate();
  const demo = useDemo();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const initials = `${user.firstName[0] ?? ''}${user.lastName[0] ?? ''}`;

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          aria-label={`${t.shell.userMenu} : ${user.firstName} ${user.lastName}`}
        >
          <Avatar size="sm" color="blue" radius="xl" aria-hidden>
            {initials}
          </Avatar>
          <Text size="sm" ml="xs" visibleFrom="sm" component="span">
            {user.firstName} {user.lastName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email}
          <br />
          {t.labels.roles[user.role]} · {session.association.name}
        </Menu.Label>
        <Menu.Item component={Link} to="/profil">
          {t.nav.profile}
        </Menu.Item>
        <Menu.Item onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
          {scheme === 'dark' ? t.shell.lightScheme : t.shell.darkScheme}
        </Menu.Item>
        {demo && (
          <Menu.Item
            onClick={() => {
              if (window.confirm(t.shell.resetDemoConfirm)) void demo.reset();
            }}
          >
            {t.shell.resetDemo}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() =>
            logout.mutate(undefined, { onSettled: () => navigate(LOGIN_PATH, { replace: true }) })
          }
        >
          {t.shell.logout}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
