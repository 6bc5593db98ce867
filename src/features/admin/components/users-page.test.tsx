import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { choose } from '../../../../tests/harness/select';
import { isPasswordOf, sessionCount, signIn } from '../../../../tests/harness/sign-in';

describe('users page', () => {
  it('invites a coordinator, shows the temporary password once, and lists the account', async () => {
    await signIn('admin@elan.test');
    const { user } = renderApp('/utilisateurs');
    await user.click(await screen.findByRole('button', { name: 'Inviter un membre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter un membre de l’équipe' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Prénom/ }), 'Léa');
    await user.type(within(dialog).getByRole('textbox', { name: /^Nom/ }), 'Martin');
    await user.type(within(dialog).getByRole('textbox', { name: /^E-mail/ }), 'pas-un-email');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le compte' }));
    // The bad address lands on its field, and what was typed stays.
    const email = within(dialog).getByRole('textbox', { name: /^E-mail/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByRole('textbox', { name: /^Prénom/ })).toHaveValue('Léa');
    await user.clear(email);
    await user.type(email, 'lea.martin@elan.test');
    await choose(
      user,
      within(dialog).getByRole('combobox', { name: /^Rôle/ }),
      'Administrateur·rice',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Créer le compte' }));

    const shown = await within(dialog).findByRole('status', { name: /Compte créé/ });
    const password = shown.querySelector('code')!.textContent!;
    expect(await isPasswordOf('lea.martin@elan.test', password)).toBe(true);
    const account = (await records.all('users')).find((u) => u.email === 'lea.martin@elan.test')!;
    expect(account).toMatchObject({ role: 'admin', mustChangePassword: true, active: true });
    await user.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    expect(await screen.findByRole('cell', { name: 'lea.martin@elan.test' })).toBeInTheDocument();
  });

  it('deactivates an account from its row: its sessions end, the row says so', async () => {
    const karim = (await records.all('users')).find((u) => u.email === 'karim.haddad@elan.test')!;
    await signIn('karim.haddad@elan.test');
    await signIn('admin@elan.test');
    expect(await sessionCount()).toBe(2);
    const { user } = renderApp('/utilisateurs');
    await user.click(await screen.findByRole('button', { name: 'Actions pour Karim Haddad' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Désactiver' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Désactiver le compte de Karim Haddad ?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    expect(await screen.findByText('Karim Haddad : compte désactivé.')).toBeInTheDocument();
    expect((await records.get('users', karim.id))!.active).toBe(false);
    expect(await sessionCount()).toBe(1);
    const row = (await screen.findByRole('cell', { name: 'karim.haddad@elan.test' })).closest(
      'tr',
    )!;
    await waitFor(() => expect(row).toHaveTextContent('Désactivé'));
  });

  it('says why a role change is refused, and lets the admin try again', async () => {
    const karim = (await records.all('users')).find((u) => u.email === 'karim.haddad@elan.test')!;
    await signIn('admin@elan.test');
    const { user } = renderApp('/utilisateurs');
    await user.click(await screen.findByRole('button', { name: 'Actions pour Karim Haddad' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Changer le rôle' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rôle de Karim Haddad' });
    // Someone else changed the account meanwhile: the version read is stale.
    await records.put('users', { ...karim, version: karim.version + 1 });
    await choose(
      user,
      within(dialog).getByRole('combobox', { name: 'Rôle' }),
      'Administrateur·rice',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le rôle' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/modifié/);
    expect((await records.get('users', karim.id))!.role).toBe('coordinator');
  });
});
