import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../tests/setup/dom';
import { records } from '../../../../tests/harness/records';
import { choose } from '../../../../tests/harness/select';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const field = (name: RegExp | string) => screen.getByRole('textbox', { name });
const referralsOfElan = async () =>
  (await records.all('referrals')).filter((r) => r.associationId === 'asso_elan');

async function openForm() {
  await signIn('coordination@elan.test');
  const app = renderApp('/orientations/nouvelle');
  await screen.findByRole('heading', { name: 'Nouvelle orientation' });
  return app;
}

/** Everything required, for a 19-year-old in Villeurbanne. */
async function fillValid(user: ReturnType<typeof renderApp>['user']) {
  await choose(user, screen.getByRole('combobox', { name: /^Canal/ }), 'Établissement scolaire');
  await choose(user, screen.getByRole('combobox', { name: /^Situation/ }), 'Lycéen·ne');
  await user.type(field(/Prénom/), 'Noé');
  await user.type(field(/^Nom/), 'Perrin');
  await user.type(screen.getByLabelText(/Né·e le/), '2007-05-02');
  await user.type(field(/Code postal/), '69100');
  await waitFor(() =>
    expect(screen.getByRole('combobox', { name: /Commune/ })).toHaveValue('Villeurbanne'),
  );
  await user.click(screen.getByRole('checkbox', { name: 'Orientation' }));
  await user.click(screen.getByRole('checkbox', { name: /accepte le traitement/ }));
}

describe('entering a referral', () => {
  it('says at once that a postal code does not exist, and fills the commune of one that does', async () => {
    const { user } = await openForm();
    await user.type(field(/Code postal/), '69999');
    expect(await screen.findByText('Ce code postal n’existe pas')).toBeInTheDocument();
    await user.clear(field(/Code postal/));
    await user.type(field(/Code postal/), '69003');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /Commune/ })).toHaveValue('Lyon'),
    );
    expect(screen.queryByText('Ce code postal n’existe pas')).not.toBeInTheDocument();
  });

  it('shows a probable duplicate with a link to the existing record before saving', async () => {
    const existing = (await referralsOfElan())[0]!;
    const { user } = await openForm();
    await user.type(field(/Prénom/), existing.firstName);
    await user.type(field(/^Nom/), existing.lastName);
    await user.type(screen.getByLabelText(/Né·e le/), existing.birthDate);
    const alert = await screen.findByRole('status', { name: /Doublon probable/ });
    const link = within(alert).getByRole('link', {
      name: new RegExp(`${existing.firstName} ${existing.lastName}`),
    });
    expect(link).toHaveAttribute('href', `/orientations/${existing.id}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(alert).toHaveTextContent('même nom et date de naissance');
  });

  it('points at each missing field and sends nothing', async () => {
    const before = (await referralsOfElan()).length;
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’orientation' }));
    expect(await screen.findByText('Certains champs sont à corriger.')).toBeInTheDocument();
    expect(field(/Prénom/)).toHaveAccessibleDescription('Indiquez le prénom');
    expect(screen.getByText('Choisissez au moins un besoin')).toBeInTheDocument();
    // Nothing chosen for the coordinator: where it came from and the situation are asked.
    expect(screen.getByText('Choisissez par où l’orientation est arrivée')).toBeVisible();
    expect(screen.getByText('Choisissez la situation de la personne')).toBeVisible();
    expect(
      screen.getByText('Sans ce consentement, l’orientation ne peut pas être enregistrée'),
    ).toBeInTheDocument();
    expect(await referralsOfElan()).toHaveLength(before);
  });

  it('asks for a guardian only for a minor', async () => {
    const { user } = await openForm();
    expect(screen.queryByRole('group', { name: 'Représentant légal' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Né·e le/), '2012-01-15');
    expect(await screen.findByRole('group', { name: 'Représentant légal' })).toBeInTheDocument();
  });

  it('saves a valid referral, assigned to its author, and opens it', async () => {
    const { user, router } = await openForm();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’orientation' }));
    await waitFor(() => expect(router().state.location.pathname).toMatch(/^\/orientations\/ref_/));
    const id = router().state.location.pathname.split('/').pop()!;
    expect(await records.get('referrals', id)).toMatchObject({
      firstName: 'Noé',
      lastName: 'Perrin',
      commune: 'Villeurbanne',
      status: 'RECEIVED',
      assigneeId: (await records.all('users')).find((u) => u.email === 'coordination@elan.test')!
        .id,
      legalGuardian: null,
      email: null,
    });
    expect(await screen.findByRole('heading', { name: /Noé Perrin/ })).toBeInTheDocument();
  });

  it('puts the server’s refusal on its field and keeps everything typed', async () => {
    const { user } = await openForm();
    await fillValid(user);
    const birth = screen.getByLabelText(/Né·e le/);
    await user.clear(birth);
    await user.type(birth, '1990-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’orientation' }));
    await waitFor(() => expect(birth).toHaveAccessibleDescription(/entre 13 et 25 ans/));
    expect(field(/Prénom/)).toHaveValue('Noé');
  });

  it('keeps what was typed when the network fails, and saves it on retry', async () => {
    let failures = 1;
    server.use(
      http.post('/api/referrals', () => {
        if (failures-- > 0) return HttpResponse.error();
      }),
    );
    const before = (await referralsOfElan()).length;
    const { user, router } = await openForm();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’orientation' }));
    const alert = await screen.findByRole('alert');
    expect(field(/Prénom/)).toHaveValue('Noé');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(router().state.location.pathname).toMatch(/^\/orientations\/ref_/));
    expect(await referralsOfElan()).toHaveLength(before + 1);
  });
});
