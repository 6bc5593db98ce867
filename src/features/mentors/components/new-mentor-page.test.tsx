import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

describe('new mentor', () => {
  it('points at each invalid field, then creates an applicant and opens their page', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/mentors/nouveau');
    const form = await screen.findByRole('form', { name: 'Nouveau mentor' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le mentor' }));
    expect(await within(form).findByText('Choisissez au moins une modalité')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Prénom/ })).toHaveAccessibleDescription(
      'Indiquez le prénom',
    );

    await user.type(within(form).getByRole('textbox', { name: /Prénom/ }), 'Odile');
    await user.type(within(form).getByRole('textbox', { name: /^Nom/ }), 'Ferrand');
    await user.type(
      within(form).getByRole('textbox', { name: /E-mail/ }),
      'odile.ferrand@exemple.fr',
    );
    await user.type(within(form).getByRole('textbox', { name: /Code postal/ }), '69008');
    await waitFor(() =>
      expect(within(form).getByRole('combobox', { name: /Commune/ })).toHaveValue('Lyon'),
    );
    await user.click(within(form).getByRole('checkbox', { name: 'À distance' }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le mentor' }));
    await waitFor(() => expect(router().state.location.pathname).toMatch(/^\/mentors\/mtr_/));
    const id = router().state.location.pathname.split('/').pop()!;
    expect(await records.get('mentors', id)).toMatchObject({
      firstName: 'Odile',
      status: 'APPLICANT',
      modalities: ['REMOTE'],
      department: '69',
    });
  });
});
