import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../tests/harness/clock';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { isPasswordOf, signIn } from '../../../../tests/harness/sign-in';

const mentorIn = async (status: string) =>
  (await records.all('mentors')).find(
    (m) => m.associationId === 'asso_elan' && m.status === status,
  )!;

describe('mentor page', () => {
  it('flags an expired honorability check as blocking matches with minors', async () => {
    await signIn('coordination@elan.test');
    const mentor = await mentorIn('AVAILABLE');
    const now = new Date(TEST_NOW);
    await records.put('mentors', {
      ...mentor,
      honorabilityCheck: { type: 'B3', date: `${now.getUTCFullYear() - 4}-01-15`, result: 'VALID' },
    });
    renderApp(`/mentors/${mentor.id}`);
    const section = await screen.findByRole('region', { name: 'Contrôle d’honorabilité' });
    expect(within(section).getByText('Expirée')).toBeInTheDocument();
    expect(section).toHaveTextContent('aucun binôme avec un·e mineur·e possible');
  });

  it('refuses screening until a valid check is recorded, then screens', async () => {
    await signIn('coordination@elan.test');
    const mentor = await mentorIn('INTERVIEWED');
    await records.put('mentors', { ...mentor, honorabilityCheck: null });
    const { user } = renderApp(`/mentors/${mentor.id}`);
    const actions = await screen.findByRole('region', { name: 'Changer le statut' });
    expect(within(actions).queryByRole('button', { name: 'Honorabilité vérifiée' })).toBeNull();
    expect(actions).toHaveTextContent(
      'Honorabilité vérifiée : Enregistrez d’abord un contrôle d’honorabilité valide',
    );

    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Modifier la fiche du mentor' });
    const pick = async (label: string, option: string) => {
      const input = within(form).getByRole('combobox', { name: label });
      await user.click(input);
      await user.click(
        within(document.getElementById(input.getAttribute('aria-controls')!)!).getByText(option),
      );
    };
    await pick('Type de contrôle', 'Bulletin n° 3 du casier judiciaire');
    await user.type(within(form).getByLabelText('Date du contrôle'), '2026-10-01');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    // The group is incomplete: the result is missing, and nothing was sent.
    expect(await within(form).findByText(/Complétez ce champ/)).toBeInTheDocument();
    await pick('Résultat', 'Conforme');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    await user.click(await within(actions).findByRole('button', { name: 'Honorabilité vérifiée' }));
    await waitFor(async () =>
      expect((await records.get('mentors', mentor.id))!.status).toBe('SCREENED'),
    );
    expect(
      await within(actions).findByText('Statut changé en « Honorabilité vérifiée ».'),
    ).toBeInTheDocument();
  });

  it('creates the mentor’s account and shows its temporary password once', async () => {
    await signIn('coordination@elan.test');
    const mentor = (await records.all('mentors')).find(
      (m) => m.associationId === 'asso_elan' && !m.userId,
    )!;
    const { user } = renderApp(`/mentors/${mentor.id}`);
    await user.click(await screen.findByRole('button', { name: 'Créer son compte' }));
    const alert = await screen.findByRole('status', { name: /Compte créé/ });
    const account = (await records.all('users')).find((u) => u.mentorId === mentor.id)!;
    expect(account).toMatchObject({ role: 'mentor', email: mentor.email });
    // The password shown is the one the account now has.
    const password = alert.querySelector('code')!.textContent!;
    expect(await isPasswordOf(mentor.email!.toLowerCase(), password)).toBe(true);
  });

  it('suggests young people awaiting a match to a mentor with a free place', async () => {
    await signIn('coordination@elan.test');
    const mentor = (await records.all('mentors')).find(
      (m) =>
        m.associationId === 'asso_elan' && m.status === 'AVAILABLE' && m.activePairs < m.capacity,
    )!;
    renderApp(`/mentors/${mentor.id}`);
    const section = await screen.findByRole('region', { name: 'Jeunes suggérés' });
    const links = await within(section).findAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const id = link.getAttribute('href')!.split('/').pop()!;
      expect((await records.get('referrals', id))!.status).toBe('AWAITING_MATCH');
    }
  });

  it('keeps what was typed through a conflicting edit, then applies it on the current version', async () => {
    await signIn('coordination@elan.test');
    const mentor = await mentorIn('AVAILABLE');
    const { user } = renderApp(`/mentors/${mentor.id}`);
    await user.click(await screen.findByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Modifier la fiche du mentor' });
    const job = within(form).getByRole('textbox', { name: 'Métier' });
    await user.clear(job);
    await user.type(job, 'Cheffe de projet');
    // Meanwhile a colleague changes the phone number.
    await records.put('mentors', {
      ...mentor,
      phone: '06 98 76 54 32',
      version: mentor.version + 1,
    });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Vos saisies sont conservées');
    expect(job).toHaveValue('Cheffe de projet');
    await user.click(within(alert).getByRole('button', { name: 'Appliquer mes modifications' }));
    await waitFor(async () =>
      expect(await records.get('mentors', mentor.id)).toMatchObject({
        jobTitle: 'Cheffe de projet',
        phone: '06 98 76 54 32',
      }),
    );
  });
});
