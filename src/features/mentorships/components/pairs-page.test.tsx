import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
