import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const location = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router().state.location.search);
const mentorsOfElan = async () =>
  (await records.all('mentors')).filter((m) => m.associationId === 'asso_elan');

describe('mentors list', () => {
  it('reads its filters from the address and keeps new ones there', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/mentors?status=AVAILABLE&sort=-activePairs');
    const available = (await mentorsOfElan()).filter((m) => m.status === 'AVAILABLE');
    expect(await screen.findByText(`${available.length} mentors`)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Binômes/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Place libre' }));
    await waitFor(() => expect(location(router).get('freeCapacity')).toBe('true'));
    const free = available.filter((m) => m.activePairs < m.capacity).length;
    expect(
      await screen.findByText(free === 1 ? '1 mentor' : `${free} mentors`),
    ).toBeInTheDocument();
    for (const row of screen.getAllByRole('row').slice(1))
      expect(within(row).getByText('Disponible')).toBeInTheDocument();
  });

  it('changes the status of the selected mentors and says which could not move, and why', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/mentors?status=APPLICANT&status=TRAINED&sort=status');
    await screen.findByText(/^\d+ mentors$/);
    const rows = screen.getAllByRole('row').slice(1);
    const applicant = rows.find((r) => within(r).queryByText('Candidat·e'))!;
    const trained = rows.find((r) => within(r).queryByText('Formé·e'))!;
    await user.click(within(applicant).getByRole('checkbox'));
    await user.click(within(trained).getByRole('checkbox'));

    const target = screen.getByRole('combobox', { name: 'Passer au statut' });
    await user.click(target);
    await user.click(
      within(document.getElementById(target.getAttribute('aria-controls')!)!).getByText(
        'Entretien fait',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Appliquer' }));
    const report = await screen.findByText('1 mentor modifié, 1 en échec.');
    expect(report.closest('[role="status"]')).toHaveTextContent(
      /Transition impossible depuis le statut actuel/,
    );
  });
});
