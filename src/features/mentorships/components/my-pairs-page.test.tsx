import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { appHandler, server } from '../../../../tests/setup/dom';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';
import { useMeetingDrafts } from '../hooks/meeting-drafts';

// What a previous test left on this device (drafts, outbox) is not this one's.
beforeEach(() => useMeetingDrafts.setState({ byPair: {}, outbox: [], refusals: {} }));

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

  it('keeps what was typed on the device, even after leaving the page', async () => {
    const { user, card, pairId, unmount } = await openFirstPair();
    await user.click(within(card).getByRole('button', { name: 'Consigner une rencontre' }));
    const form = within(card).getByRole('form', { name: 'Consigner une rencontre' });
    await user.type(within(form).getByRole('textbox', { name: /Notes/ }), 'Préparé son CV');
    await user.click(within(form).getByRole('button', { name: 'Plus tard' }));
    unmount();

    const again = await openFirstPair();
    const card2 = (await screen.findAllByRole('article')).find(
      (a) => within(a).getByRole('heading').id === `pair-${pairId}`,
    )!;
    await again.user.click(
      within(card2).getByRole('button', { name: 'Reprendre la rencontre en cours de saisie' }),
    );
    expect(within(card2).getByRole('textbox', { name: /Notes/ })).toHaveValue('Préparé son CV');
  });

  it('shows a meeting saved offline as not sent yet, and records it exactly once over a flapping network', async () => {
    // First send: the server records it but the answer is lost. Second: no network at all.
    // Then the network is back.
    let sends = 0;
    server.use(
      http.post('/api/mentorships/:id/meetings', async ({ request }) => {
        sends += 1;
        if (sends === 1) {
          await getResponse([appHandler], request);
          return HttpResponse.error();
        }
        if (sends === 2) return HttpResponse.error();
        return getResponse([appHandler], request);
      }),
    );
    const { user, card, pairId } = await openFirstPair();
    const before = (await meetingsOf(pairId)).length;
    await user.click(within(card).getByRole('button', { name: 'Consigner une rencontre' }));
    const form = within(card).getByRole('form', { name: 'Consigner une rencontre' });
    await user.type(within(form).getByRole('textbox', { name: /Notes/ }), 'Au CDI du lycée');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la rencontre' }));

    expect(within(card).getByText(/pas encore envoyée/)).toBeInTheDocument();
    expect(within(card).queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(sends).toBe(1));

    // The browser says the network is back, as often as it takes.
    await waitFor(() => {
      window.dispatchEvent(new Event('online'));
      expect(sends).toBeGreaterThanOrEqual(3);
    });
    expect(await within(card).findByText('Rencontre enregistrée.')).toBeInTheDocument();
    expect(within(card).queryByText(/pas encore envoyée/)).not.toBeInTheDocument();
    const logged = await meetingsOf(pairId);
    expect(logged).toHaveLength(before + 1);
    expect(logged.filter((m) => m.notes === 'Au CDI du lycée')).toHaveLength(1);
  });

  it('gives a refused meeting back to its form with the reason', async () => {
    server.use(
      http.post('/api/mentorships/:id/meetings', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflit', status: 409, detail: 'Ce binôme est clôturé.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, card } = await openFirstPair();
    await user.click(within(card).getByRole('button', { name: 'Consigner une rencontre' }));
    const form = within(card).getByRole('form', { name: 'Consigner une rencontre' });
    await user.type(within(form).getByRole('textbox', { name: /Notes/ }), 'Bilan du stage');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la rencontre' }));
    expect(await within(card).findByText(/Ce binôme est clôturé\./)).toBeInTheDocument();
    await user.click(
      within(card).getByRole('button', { name: 'Reprendre la rencontre en cours de saisie' }),
    );
    expect(within(card).getByRole('textbox', { name: /Notes/ })).toHaveValue('Bilan du stage');
  });
});
