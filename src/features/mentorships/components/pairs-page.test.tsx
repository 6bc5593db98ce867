import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';
import { choose } from '../../../../tests/harness/select';

describe('pairs list', () => {
  it('filters by health, keeps the filter in the address, and opens a pair', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/binomes');
    const table = await screen.findByRole('table');
    const all = screen.getByText(/\d+ binômes?$/).textContent;

    await choose(user, screen.getByRole('combobox', { name: 'Suivi' }), 'À risque');
    await waitFor(() => expect(router().state.location.search).toBe('?health=AT_RISK'));
    await waitFor(() => expect(screen.getByText(/\d+ binômes?$/).textContent).not.toBe(all));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('À risque')).toBeInTheDocument();

    const first = within(rows[0]!).getAllByRole('link')[0]!;
    await user.click(first);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(first.textContent!) }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/sans rencontre tenue|Deux absences/)).toBeInTheDocument();
  });

  it('gives the selected pairs to another coordinator and says so', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/binomes');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1, 3);
    for (const row of rows) await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('2 binômes sélectionnés')).toBeInTheDocument();
    const admin = (await records.all('users')).find((u) => u.email === 'admin@elan.test')!;
    const adminName = `${admin.firstName} ${admin.lastName}`;
    await choose(user, screen.getByRole('combobox', { name: 'Confier à' }), adminName);
    await user.click(screen.getByRole('button', { name: 'Réattribuer' }));
    expect(await screen.findByText(`2 binômes confiés à ${adminName}.`)).toBeInTheDocument();
    expect(screen.queryByText('2 binômes sélectionnés')).not.toBeInTheDocument();
    for (const row of rows) {
      const id = within(row).getAllByRole('link')[0]!.getAttribute('href')!.split('/').pop()!;
      expect((await records.get('mentorships', id))!.coordinatorId).toBe(admin.id);
    }
  });
});
