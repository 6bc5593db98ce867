import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { isPasswordOf, signIn } from '../../../../tests/harness/sign-in';

describe('Mon profil', () => {
  it('changes the password, pointing at a wrong current one and keeping what was typed', async () => {
    await signIn('mentor@elan.test');
    const { user } = renderApp('/profil');
    const form = await screen.findByRole('form', { name: 'Changer de mot de passe' });
    const current = within(form).getByLabelText(/Mot de passe actuel/);
    const next = within(form).getByLabelText(/Nouveau mot de passe/);
    await user.type(current, 'pas le bon');
    await user.type(next, 'court');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await within(form).findByText('Au moins 12 caractères')).toBeInTheDocument();

    await user.type(next, ' mais plus long');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await within(form).findByText('Mot de passe actuel incorrect')).toBeInTheDocument();
    expect(next).toHaveValue('court mais plus long');

    await user.clear(current);
    await user.type(current, 'binome-demo');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await within(form).findByText(/Mot de passe changé/)).toBeInTheDocument();
    expect(current).toHaveValue('');
    expect(await isPasswordOf('mentor@elan.test', 'court mais plus long')).toBe(true);
  });

  it('lets a mentor change their availability, not below the young people they already follow', async () => {
    await signIn('mentor@elan.test');
    const mentorUser = (await records.all('users')).find((u) => u.email === 'mentor@elan.test')!;
    const before = (await records.get('mentors', mentorUser.mentorId!))!;
    const { user } = renderApp('/profil');
    const form = await screen.findByRole('form', { name: 'Mes disponibilités' });
    const places = within(form).getByRole('textbox', { name: /Nombre de jeunes/ });
    await user.clear(places);
    await user.type(places, '1');
    await user.click(within(form).getByRole('checkbox', { name: /week-end/i }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer mes disponibilités' }));
    expect(await within(form).findByText(/Vous accompagnez déjà \d+ jeunes/)).toBeInTheDocument();

    await user.clear(places);
    await user.type(places, '5');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer mes disponibilités' }));
    expect(await within(form).findByText('Disponibilités enregistrées.')).toBeInTheDocument();
    const mentor = (await records.get('mentors', mentorUser.mentorId!))!;
    expect(mentor.capacity).toBe(5);
    expect(mentor.preferredSlots.includes('WEEKEND')).toBe(
      !before.preferredSlots.includes('WEEKEND'),
    );
  });
});
