import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../tests/setup/dom';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const meetingsOf = async (pairId: string) =>
  (await records.all('meetings')).filter((m) => m.mentorshipId === pairId);

async function openFirstPair() {
  await signIn('mentor@elan.test');
  const app = renderApp('/mes-binomes');
  const card = (await screen.findAllByRole('article')).find((a) =>
    within(a).queryByRole('button', { name: /rencontre/ }),
  )!;
  const pairId = within(card).getByRole('heading').id.replace('pair-', '');
  return { ...app, card, pairId };
}

describe('logging a meeting', () => {
  it('records the meeting of the mentor’s pair', async () => {
    const { user, card, pairId } = await openFirstPair();
    const before = (await meetingsOf(pairId)).length;
    await user.click(within(card).getByRole('button', { name: 'Consigner une rencontre' }));
    const form = within(card).getByRole('form', { name: 'Consigner une rencontre' });
    await user.click(within(form).getByRole('checkbox', { name: 'Orientation' }));
    await user.type(within(form).getByRole('textbox', { name: /Notes/ }), 'Visite d’un lycée pro');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la rencontre' }));
    expect(await within(card).findByText('Rencontre enregistrée.')).toBeInTheDocument();
    expect(await meetingsOf(pairId)).toHaveLength(before + 1);
    expect((await meetingsOf(pairId)).at(-1)).toMatchObject({
      notes: 'Visite d’un lycée pro',
      topics: ['ORIENTATION'],
      attendance: 'HELD',
    });
  });

  it('keeps what was typed on the device when the network fails, even after leaving the page', async () => {
    server.use(http.post('/api/mentorships/:id/meetings', () => HttpResponse.error()));
    const { user, card, pairId, unmount } = await openFirstPair();
    await user.click(within(card).getByRole('button', { name: 'Consigner une rencontre' }));
    const form = within(card).getByRole('form', { name: 'Consigner une rencontre' });
    await user.type(within(form).getByRole('textbox', { name: /Notes/ }), 'Préparé son CV');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la rencontre' }));
    expect(await within(form).findByText(/Votre saisie est gardée/)).toBeInTheDocument();
    unmount();

    server.resetHandlers();
    const again = await openFirstPair();
    const card2 = (await screen.findAllByRole('article')).find(
      (a) => within(a).getByRole('heading').id === `pair-${pairId}`,
    )!;
    await again.user.click(
      within(card2).getByRole('button', { name: 'Reprendre la rencontre en cours de saisie' }),
    );
    const notes = within(card2).getByRole('textbox', { name: /Notes/ });
    expect(notes).toHaveValue('Préparé son CV');
    await again.user.click(within(card2).getByRole('button', { name: 'Enregistrer la rencontre' }));
    await waitFor(async () =>
      expect((await meetingsOf(pairId)).some((m) => m.notes === 'Préparé son CV')).toBe(true),
    );
  });
});
