import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';
import { server } from '../../../../tests/setup/dom';

const openConcerns = async () =>
  (await records.all('meetings')).filter(
    (m) => m.associationId === 'asso_elan' && m.concern && !m.concernAcknowledgedAt,
  );

async function openTasks() {
  await signIn('coordination@elan.test');
  const app = renderApp('/a-faire');
  const cards = await screen.findAllByRole('article');
  return { ...app, card: cards[0]! };
}

describe('À faire: concerns flagged by mentors', () => {
  it('lists each open concern with its count in the navigation, and closes one with a note', async () => {
    const before = await openConcerns();
    expect(before.length).toBeGreaterThan(0);
    const { user, card } = await openTasks();
    expect(screen.getAllByRole('article')).toHaveLength(before.length);
    const nav = screen.getByRole('navigation', { name: /principale/ });
    expect(
      await within(nav).findByLabelText(`${before.length} difficultés en attente`),
    ).toBeInTheDocument();

    const title = within(card).getByRole('heading').textContent!;
    await user.type(
      within(card).getByRole('textbox', { name: /Note de prise en compte/ }),
      'Appel au jeune ce matin, rendez-vous fixé.',
    );
    await user.click(within(card).getByRole('button', { name: 'Marquer comme prise en compte' }));

    expect(await screen.findByText(/prise en compte\.$/)).toHaveTextContent(
      title.split(' avec ')[0]!,
    );
    await waitFor(() => expect(screen.queryAllByRole('article')).toHaveLength(before.length - 1));
    // The button went with its card: focus is back at the top of the list.
    expect(
      screen.getByRole('heading', { name: 'Difficultés signalées par les mentors' }),
    ).toHaveFocus();
    expect(
      await within(nav).findByLabelText(
        before.length - 1 === 1
          ? '1 difficulté en attente'
          : `${before.length - 1} difficultés en attente`,
      ),
    ).toBeInTheDocument();
    const after = await openConcerns();
    expect(after).toHaveLength(before.length - 1);
    const closed = (await records.all('meetings')).find(
      (m) => m.concernAcknowledgement === 'Appel au jeune ce matin, rendez-vous fixé.',
    );
    expect(closed).toMatchObject({ concernAcknowledgedById: 'usr_ela_coord1' });
  });

  it('puts a missing note on its field, and keeps the note when the network fails', async () => {
    const { user, card } = await openTasks();
    const button = within(card).getByRole('button', { name: 'Marquer comme prise en compte' });
    await user.click(button);
    const note = within(card).getByRole('textbox', { name: /Note de prise en compte/ });
    await waitFor(() => expect(note).toHaveAccessibleDescription(/Champ obligatoire/));

    server.use(http.post('/api/meetings/:id/concern-acknowledgement', () => HttpResponse.error()));
    await user.type(note, 'Vu avec la mentore');
    await user.click(button);
    expect(await within(card).findByText(/Vérifiez votre connexion/)).toBeInTheDocument();
    expect(note).toHaveValue('Vu avec la mentore');

    server.resetHandlers();
    await user.click(within(card).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(card).not.toBeInTheDocument());
  });
});

describe('À faire: the follow-up', () => {
  it('groups what the coordinator’s pairs and referrals need, counts it in the navigation, and opens each record', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/a-faire');
    const atRisk = await screen.findByRole('region', { name: /^Binômes à risque \(\d+\)$/ });
    const overdue = screen.getByRole('region', { name: /^Premiers contacts en retard \(\d+\)$/ });
    const total = screen
      .getAllByRole('region', { name: / \(\d+\)$/ })
      .map((region) => within(region).getAllByRole('heading')[0]!.textContent!)
      .reduce((sum, title) => sum + Number(/\((\d+)\)$/.exec(title)![1]), 0);
    expect(total).toBeGreaterThan(0);
    const nav = screen.getByRole('navigation', { name: /principale/ });
    expect(
      await within(nav).findByLabelText(new RegExp(`^${total} autres tâches$`)),
    ).toBeInTheDocument();

    const firstContact = within(overdue).getAllByRole('link')[0]!;
    expect(firstContact).toHaveAttribute('href', expect.stringMatching(/^\/orientations\//));
    const pair = within(atRisk).getAllByRole('link')[0]!;
    const name = pair.textContent!.split(' et ')[0]!;
    await user.click(pair);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(name) }),
    ).toBeInTheDocument();
    expect(await screen.findByText('À risque')).toBeInTheDocument();
  });
});
