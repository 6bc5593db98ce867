import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/harness/render-app';
import { endSessions, sessionCount } from '../../../../tests/harness/sign-in';

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('login screen', () => {
  it('sends a logged-out visitor to the login screen, then back where they were going', async () => {
    const { user, router } = renderApp('/utilisateurs?role=mentor');
    await screen.findByRole('button', { name: 'Se connecter' });
    expect(router().state.location.pathname).toBe('/connexion');

    await user.type(screen.getByLabelText(/Adresse e-mail/), 'admin@elan.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    await heading('Utilisateurs');
    expect(router().state.location.pathname + router().state.location.search).toBe(
      '/utilisateurs?role=mentor',
    );
    expect(screen.getByText('Élan Mentorat Rhône')).toBeInTheDocument();
  });

  it('says clearly when the password is wrong, keeps the email and clears the password', async () => {
    const { user } = renderApp('/connexion');
    const email = await screen.findByLabelText(/Adresse e-mail/);
    const password = screen.getByLabelText(/Mot de passe/);
    await user.type(email, 'coordination@elan.test');
    await user.type(password, 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Connexion impossible');
    expect(alert).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(email).toHaveValue('coordination@elan.test');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
  });

  it('shows field errors before sending anything when the form is incomplete', async () => {
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'pas-un-email');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Adresse e-mail invalide')).toBeInTheDocument();
    expect(screen.getByText('Saisissez votre mot de passe')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await sessionCount()).toBe(0);
  });

  it('lands each role on its own home screen', async () => {
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'mentor@passerelles.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    await heading('Mes binômes');
    expect(screen.getByText('Passerelles Nord')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tableau de bord' })).not.toBeInTheDocument();
  });

  it('keeps a mentor out of coordinators’ screens', async () => {
    const { user } = renderApp('/tableau-de-bord');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'mentor@elan.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    await heading('Accès réservé');
    expect(screen.getByRole('link', { name: 'Revenir à l’accueil' })).toBeInTheDocument();
  });

  it('sends the user to log in again when the session expires, then back to the same screen', async () => {
    const { user, router } = renderApp('/connexion');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'admin@elan.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await heading('Tableau de bord');

    // The server forgets the session (expiry, revocation): the next request answers 401.
    await endSessions();
    await user.click(screen.getByRole('link', { name: 'Utilisateurs' }));

    expect(await screen.findByText(/Votre session a pris fin/)).toBeInTheDocument();
    await waitFor(() => expect(router().state.location.pathname).toBe('/connexion'));
    await user.type(screen.getByLabelText(/Adresse e-mail/), 'admin@elan.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await heading('Utilisateurs');
  });

  it('logs out from the user menu', async () => {
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'coordination@elan.test');
    await user.type(screen.getByLabelText(/Mot de passe/), 'binome-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await heading('Tableau de bord');

    await user.click(screen.getByRole('button', { name: /Menu utilisateur/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));

    await screen.findByRole('button', { name: 'Se connecter' });
    expect(await sessionCount()).toBe(0);
  });
});
