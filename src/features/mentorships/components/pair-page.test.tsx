import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../tests/harness/clock';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { choose } from '../../../../tests/harness/select';
import { signIn } from '../../../../tests/harness/sign-in';

const SIX_MONTHS = 182 * 86_400_000;

/** An active pair of Élan that started less than six months before the test's today. */
async function youngActivePair() {
  const pair = (await records.all('mentorships')).find(
    (p) =>
      p.associationId === 'asso_elan' &&
      p.status === 'ACTIVE' &&
      TEST_NOW.getTime() - Date.parse(p.startedAt!) < SIX_MONTHS,
  )!;
  const referral = (await records.get('referrals', pair.referralId))!;
  return { pair, referral };
}

describe('pair page', () => {
  it('closes a pair with its reason and exit situation, warning of an early rupture first', async () => {
    await signIn('coordination@elan.test');
    const { pair, referral } = await youngActivePair();
    const { user } = renderApp(`/binomes/${pair.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(referral.firstName) }),
    ).toBeInTheDocument();
    const people = screen.getByRole('region', { name: 'Les personnes' });
    expect(
      within(people).getByRole('link', { name: `${referral.firstName} ${referral.lastName}` }),
    ).toHaveAttribute('href', `/orientations/${referral.id}`);

    const actions = screen.getByRole('region', { name: 'Suivi du binôme' });
    await user.click(within(actions).getByRole('button', { name: 'Clôturer le binôme' }));
    const form = within(actions).getByRole('form', { name: 'Clôturer le binôme' });
    expect(within(form).getByText(/comptera comme une rupture anticipée/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Clôturer' }));
    expect(within(form).getAllByText('Champ obligatoire')).toHaveLength(2);

    await choose(
      user,
      within(form).getByRole('combobox', { name: 'Motif de clôture' }),
      'Contact perdu',
    );
    await choose(
      user,
      within(form).getByRole('combobox', { name: 'Situation de sortie du ou de la jeune' }),
      'En recherche d’emploi',
    );
    await user.click(within(form).getByRole('button', { name: 'Clôturer' }));

    expect(await within(actions).findByText('Binôme clôturé.')).toHaveFocus();
    await waitFor(async () =>
      expect(await records.get('mentorships', pair.id)).toMatchObject({
        status: 'CLOSED',
        closureReason: 'LOST_CONTACT',
        exitSituation: 'JOB_SEARCH',
      }),
    );
    expect(await within(people).findByText(/Rupture avant 6 mois/)).toBeInTheDocument();
    expect(within(people).getByText('Contact perdu')).toBeInTheDocument();
  });

  it('adds a goal, ticks it, and records a follow-up interview', async () => {
    await signIn('coordination@elan.test');
    const { pair } = await youngActivePair();
    const { user } = renderApp(`/binomes/${pair.id}`);
    const goals = await screen.findByRole('region', { name: 'Objectifs' });
    await user.type(
      within(goals).getByRole('textbox', { name: 'Nouvel objectif' }),
      'Trouver un stage',
    );
    await user.click(within(goals).getByRole('button', { name: 'Ajouter' }));
    await user.click(await within(goals).findByRole('checkbox', { name: 'Trouver un stage' }));
    await waitFor(() =>
      expect(within(goals).getByRole('checkbox', { name: 'Trouver un stage' })).toBeChecked(),
    );
    expect(within(goals).getByRole('status')).toHaveTextContent('Objectifs enregistrés.');
    expect((await records.get('mentorships', pair.id))!.goals).toContainEqual(
      expect.objectContaining({ label: 'Trouver un stage', done: true }),
    );

    const interviews = screen.getByRole('region', { name: 'Entretiens de suivi' });
    await user.click(within(interviews).getByRole('button', { name: 'Consigner un entretien' }));
    const form = within(interviews).getByRole('form', { name: 'Consigner un entretien' });
    await user.type(
      within(form).getByRole('textbox', { name: /Satisfaction du ou de la jeune/ }),
      '4',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Se sent soutenu');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer l’entretien' }));
    const recorded = (await within(interviews).findByText('Se sent soutenu')).closest('li')!;
    expect(recorded).toHaveTextContent('jeune 4/5');
  });

  it('lets a mentor correct their own recent meeting, not an old one', async () => {
    await signIn('mentor@elan.test');
    const mentorUser = (await records.all('users')).find((u) => u.email === 'mentor@elan.test')!;
    const pair = (await records.all('mentorships')).find(
      (p) => p.mentorId === mentorUser.mentorId && p.status === 'ACTIVE',
    )!;
    const meetings = (await records.all('meetings'))
      .filter((m) => m.mentorshipId === pair.id)
      .sort((a, b) => b.date.localeCompare(a.date));
    const [latest] = meetings;
    await records.put('meetings', {
      ...latest!,
      loggedAt: new Date(TEST_NOW.getTime() - 86_400_000).toISOString(),
    });
    const { user } = renderApp(`/mes-binomes/${pair.id}`);
    const list = await screen.findByRole('region', { name: 'Rencontres' });
    const buttons = await within(list).findAllByRole('button', {
      name: /Corriger la rencontre du/,
    });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]!);
    const form = within(list).getByRole('form', { name: 'Corriger la rencontre' });
    const notes = within(form).getByRole('textbox', { name: /Notes/ });
    await user.clear(notes);
    await user.type(notes, 'Corrigé : visite du salon');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la correction' }));
    expect(await within(list).findByText('Rencontre corrigée.')).toBeInTheDocument();
    expect(await within(list).findByText('Corrigé : visite du salon')).toBeInTheDocument();
    expect((await records.get('meetings', latest!.id))!.notes).toBe('Corrigé : visite du salon');
  });
});
