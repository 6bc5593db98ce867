import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../tests/setup/dom';
import { TEST_NOW } from '../../../../tests/harness/clock';
import { choose } from '../../../../tests/harness/select';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
/** The figure a link says: "Orientations reçues : 305 ; …". */
const figureOf = (label: string | null) => digits(/: ([^;]+)/.exec(label ?? '')![1]!);
const location = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router().state.location.search);

describe('dashboard', () => {
  it('shows each figure with the previous period, and leads from a figure to its list', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/tableau-de-bord');
    const received = await screen.findByRole('link', { name: /^Orientations reçues : / });
    const figure = figureOf(received.getAttribute('aria-label'));
    expect(figure).toBeGreaterThan(250);
    expect(received).toHaveTextContent(/Période précédente : \d+/);
    // The breakdowns are tables; a channel leads to its referrals.
    expect(screen.getAllByRole('table').length).toBeGreaterThan(5);
    expect(screen.getByRole('link', { name: 'Plateforme 1jeune1solution' })).toBeInTheDocument();

    await user.click(received);
    expect(
      await screen.findByRole('heading', { name: 'Orientations', level: 1 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText(/^\d[\d\s\u202f]* orientations$/)).toBeInTheDocument(),
    );
    expect(digits(screen.getByText(/^\d[\d\s\u202f]* orientations$/).textContent)).toBe(figure);
    // The list says which filter brought it there.
    expect(screen.getByRole('group', { name: 'Filtres actifs' })).toHaveTextContent('Reçue');
  });

  it('changes the period from the picker, in the address', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/tableau-de-bord');
    await screen.findByRole('link', { name: /^Orientations reçues : / });
    await choose(user, screen.getByRole('combobox', { name: 'Période' }), 'Année');
    const year = TEST_NOW.toISOString().slice(0, 4);
    await waitFor(() => expect(location(router).get('from')).toBe(`${year}-01-01`));
    expect(location(router).get('to')).toBe(`${year}-12-31`);
    // The year before is offered too, and replaces the figures.
    await choose(
      user,
      await screen.findByRole('combobox', { name: 'Année' }),
      String(Number(year) - 1),
    );
    await waitFor(() => expect(location(router).get('from')).toBe(`${Number(year) - 1}-01-01`));
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: /^Orientations reçues : / }).getAttribute('href'),
      ).toContain(`receivedFrom=${Number(year) - 1}-01-01`),
    );
  });

  it('offers a retry when the network fails, and shows the figures once it is back', async () => {
    await signIn('coordination@elan.test');
    // The network is down (every request and automatic retry fails) until the user retries.
    let down = true;
    server.use(
      http.get('/api/dashboard/indicators', () => {
        if (down) return HttpResponse.error();
      }),
    );
    const { user } = renderApp('/tableau-de-bord');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger ces données');
    expect(alert).toHaveTextContent('Vérifiez votre connexion');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(
      await screen.findByRole('link', { name: /^Orientations reçues : / }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
