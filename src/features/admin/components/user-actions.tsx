import { ActionIcon, Alert, Button, Group, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { User } from '../../../api/types';
import { useSession } from '../../../api/shared-queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorState } from '../../../components/query-state';
import { TemporaryPassword } from '../../../components/temporary-password';
import { announce } from '../../../lib/announce';
import { t } from '../../../lib/i18n';
import { useResetPassword, useUpdateUser } from '../api/users';

type Dialog = 'role' | 'access' | 'reset' | null;
type StaffRole = 'admin' | 'coordinator';

/**
 * What an admin does to an account, from its row: change the role, deactivate or reactivate,
 * reset the password, open the person's data or log. Not on one's own account (the profile
 * changes one's password; another admin changes one's role).
 */
export function UserActions({ user }: { user: User }) {
  const session = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = `${user.firstName} ${user.lastName}`;
  const self = session?.user.id === user.id;
  return (
    <>
      <Menu position="bottom-end" returnFocus withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t.users.actionsFor(name)}>
            <span aria-hidden>⋯</span>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {!self && user.role !== 'mentor' && (
            <Menu.Item onClick={() => setDialog('role')}>{t.users.changeRole}</Menu.Item>
          )}
          {!self && (
            <Menu.Item onClick={() => setDialog('access')}>
              {user.active ? t.users.deactivate : t.users.reactivate}
            </Menu.Item>
          )}
          {!self && (
            <Menu.Item onClick={() => setDialog('reset')}>{t.users.resetPassword}</Menu.Item>
          )}
          <Menu.Item component={Link} to={`/donnees-personnelles/compte/${user.id}`}>
            {t.users.personalData}
          </Menu.Item>
          <Menu.Item component={Link} to={`/journal?entityType=user&entityId=${user.id}`}>
            {t.users.auditLog}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'role' && <RoleDialog user={user} onClose={() => setDialog(null)} />}
      {dialog === 'access' && <AccessDialog user={user} onClose={() => setDialog(null)} />}
      {dialog === 'reset' && <ResetDialog user={user} onClose={() => setDialog(null)} />}
    </>
  );
}

const STAFF = (['coordinator', 'admin'] as const).map((role) => ({
  value: role,
  label: t.labels.roles[role],
}));

function RoleDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const update = useUpdateUser();
  const [role, setRole] = useState<StaffRole>(user.role === 'admin' ? 'admin' : 'coordinator');
  const name = `${user.firstName} ${user.lastName}`;
  const save = () =>
    update.mutate(
      { user, changes: { role } },
      {
        onSuccess: () => {
          announce(t.users.done(name, t.users.roleChanged(t.labels.roles[role])));
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t.users.changeRoleTitle(name)}>
      <Stack gap="sm">
        <Select
          label={t.users.role}
          data={STAFF}
          allowDeselect={false}
          value={role}
          onChange={(next) => next && setRole(next as StaffRole)}
        />
        {update.isError && <ErrorState error={update.error} onRetry={save} />}
        <Group>
          <Button onClick={save} loading={update.isPending}>
            {t.users.saveRole}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t.users.cancel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AccessDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const update = useUpdateUser();
  const name = `${user.firstName} ${user.lastName}`;
  const active = !user.active;
  const save = () =>
    update.mutate(
      { user, changes: { active } },
      {
        onSuccess: () => {
          announce(t.users.done(name, active ? t.users.reactivated : t.users.deactivated));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      opened
      title={active ? t.users.reactivate : t.users.deactivateTitle(name)}
      body={active ? undefined : t.users.deactivateBody}
      confirm={active ? t.users.reactivate : t.users.deactivate}
      color={active ? undefined : 'red'}
      pending={update.isPending}
      error={update.error}
      onConfirm={save}
      onClose={onClose}
    />
  );
}

function ResetDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const reset = useResetPassword();
  const name = `${user.firstName} ${user.lastName}`;
  const run = () => reset.mutate(user.id);
  return (
    <Modal opened onClose={onClose} title={t.users.resetTitle(name)}>
      {reset.data ? (
        <Stack>
          <TemporaryPassword
            title={t.users.resetDone}
            email={reset.data.user.email}
            password={reset.data.temporaryPassword}
          />
          <Button onClick={onClose} style={{ alignSelf: 'flex-start' }}>
            {t.users.close}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color="orange" variant="light">
            <Text size="sm">{t.users.resetBody}</Text>
          </Alert>
          {reset.isError && <ErrorState error={reset.error} onRetry={run} />}
          <Group>
            <Button color="orange" onClick={run} loading={reset.isPending}>
              {t.users.reset}
            </Button>
            <Button variant="subtle" onClick={onClose}>
              {t.users.cancel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
