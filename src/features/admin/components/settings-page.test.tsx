import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storedSettings } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const elanSettings = () => storedSettings.get('asso_elan');

describe('settings page', () => {
  it('points at the fields that do not hold, keeps what was typed, then saves', async () => {
    await signIn('admin@elan.test');
    const { user } = renderApp('/parametres');
    const form = await screen.findByRole('form', { name: 'Paramètres' });
    const min = within(form).getByRole('textbox', { name: /^Âge minimum/ });
    const max = within(form).getByRole('textbox', { name: /^Âge maximum/ });
    await user.clear(min);
    await user.type(min, '20');
    await user.clear(max);
    await user.type(max, '18');
    const delay = within(form).getByRole('textbox', { name: /^Délai de premier contact/ });
    await user.clear(delay);
    await user.type(delay, '14');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les paramètres' }));
    await waitFor(() => expect(max).toHaveAttribute('aria-invalid', 'true'));
    expect(form).toHaveTextContent('L’âge maximum doit être au moins l’âge minimum');
    expect(delay).toHaveValue('14');
    expect((await elanSettings()).firstContactDelayDays).toBe(7);

    await user.clear(max);
    await user.type(max, '25');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(await within(form).findByText('Paramètres enregistrés.')).toBeInTheDocument();
    expect(await elanSettings()).toMatchObject({
      menteeAgeMin: 20,
      firstContactDelayDays: 14,
      version: 2,
    });
  });

  it('offers to apply what was typed over someone else’s save', async () => {
    await signIn('admin@elan.test');
    const { user } = renderApp('/parametres');
    const form = await screen.findByRole('form', { name: 'Paramètres' });
    const checkIn = within(form).getByRole('textbox', { name: /^Point d’étape/ });
    await user.clear(checkIn);
    await user.type(checkIn, '28');
    // Another admin saves first.
    await storedSettings.set('asso_elan', { version: 2, atRiskDays: 60 });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les paramètres' }));
    const conflict = await within(form).findByRole('alert');
    expect(checkIn).toHaveValue('28');
    await user.click(within(conflict).getByRole('button', { name: /Appliquer/ }));
    await waitFor(async () => expect((await elanSettings()).version).toBe(3));
    expect((await elanSettings()).checkInDays).toBe(28);
  });
});
