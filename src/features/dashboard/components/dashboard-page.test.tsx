import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../tests/setup/dom';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

describe('dashboard', () => {
  it('shows the association’s indicators over the last twelve months', async () => {
    await signIn('coordination@elan.test');
    renderApp('/tableau-de-bord');
    const received = (await screen.findByText('Orientations reçues')).parentElement!;
    expect(
      Number(
        within(received)
          .getByText(/^\d[\d\s\u202f]*$/)
          .textContent!.replace(/\D/g, ''),
      ),
    ).toBeGreaterThan(250);
    expect(screen.getByRole('heading', { name: 'Orientations par canal' })).toBeInTheDocument();
    expect(screen.getByText('Plateforme 1jeune1solution')).toBeInTheDocument();
  });

  it('offers a retry when the network fails, and shows the figures once it is back', async () => {
    await signIn('coordination@elan.test');
    // Fails the first request and both automatic retries, then lets requests through.
    let failures = 3;
    server.use(
      http.get('/api/dashboard/indicators', () => {
        if (failures-- > 0) return HttpResponse.error();
      }),
    );
    const { user } = renderApp('/tableau-de-bord');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger ces données');
    expect(alert).toHaveTextContent('Vérifiez votre connexion');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByText('Orientations reçues')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
