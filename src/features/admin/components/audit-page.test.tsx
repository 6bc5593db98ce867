import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/harness/render-app';
import { choose } from '../../../../tests/harness/select';
import { signIn } from '../../../../tests/harness/sign-in';

describe('audit log', () => {
  it('shows a change with its before and after, filtered by action, the filter in the address', async () => {
    await signIn('admin@elan.test');
    const { user, router } = renderApp('/utilisateurs');
    await user.click(await screen.findByRole('button', { name: 'Actions pour Karim Haddad' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Désactiver' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    await screen.findByText('Karim Haddad : compte désactivé.');

    await user.click(screen.getByRole('link', { name: 'Journal d’audit' }));
    await choose(user, await screen.findByRole('combobox', { name: 'Action' }), 'Comptes');
    await waitFor(() => expect(router().state.location.search).toContain('action=user'));
    const log = await screen.findByRole('region', { name: 'Journal d’audit' });
    const row = (await within(log).findByText('Compte désactivé')).closest('tr')!;
    expect(row).toHaveTextContent('Nadia Benali');
    expect(row).toHaveTextContent('Karim Haddad');
    expect(row).toHaveTextContent('active : true → false');
    for (const other of within(log).getAllByRole('row').slice(1))
      expect(other.textContent).toMatch(/Compte|Rôle|Mot de passe/);
  });
});
