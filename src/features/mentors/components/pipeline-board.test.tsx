import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const mentorIn = async (status: string) =>
  (await records.all('mentors')).find(
    (m) => m.associationId === 'asso_elan' && m.status === status,
  )!;

describe('onboarding board', () => {
  it('moves a card with the keyboard, and says why a move is refused', async () => {
    await signIn('coordination@elan.test');
    const applicant = await mentorIn('APPLICANT');
    const interviewed = await mentorIn('INTERVIEWED');
    await records.put('mentors', { ...interviewed, honorabilityCheck: null });
    const { user } = renderApp('/mentors/parcours');
    const name = `${applicant.firstName} ${applicant.lastName}`;

    const menu = await screen.findByRole('button', { name: `Déplacer ${name}` });
    menu.focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'Entretien fait' }));
    expect(
      await screen.findByText(`${name} est passé·e en « Entretien fait ».`),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Entretien fait' })).getByRole('link', { name }),
      ).toBeInTheDocument(),
    );

    await user.click(
      screen.getByRole('button', {
        name: `Déplacer ${interviewed.firstName} ${interviewed.lastName}`,
      }),
    );
    const screened = await screen.findByRole('menuitem', { name: /Honorabilité vérifiée/ });
    expect(screened).toBeDisabled();
    expect(screened).toHaveTextContent('Enregistrez d’abord un contrôle d’honorabilité valide');
    expect((await records.get('mentors', interviewed.id))!.status).toBe('INTERVIEWED');
  });
});
