import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../domain/settings';
import { TEST_NOW } from '../../../../tests/harness/clock';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { downloads } from '../../../../tests/harness/downloads';
import { signIn } from '../../../../tests/harness/sign-in';

const location = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router().state.location.search);
/** Chooses an option of a Mantine select, through its listbox as a user would. */
async function pick(user: ReturnType<typeof renderApp>['user'], label: string, option: string) {
  const input = screen.getByRole('combobox', { name: label });
  await user.click(input);
  const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
  await user.click(within(listbox).getByText(option));
}
const rowLinks = () => screen.getAllByRole('link').filter((a) => a.hasAttribute('data-row-link'));

describe('referral inbox', () => {
  it('reads its filters from the address, so a shared link shows the same rows', async () => {
    await signIn('coordination@elan.test');
    renderApp('/orientations?status=AWAITING_MATCH&sort=lastName');
    const expected = (await records.all('referrals')).filter(
      (r) => r.associationId === 'asso_elan' && r.status === 'AWAITING_MATCH',
    ).length;
    expect(await screen.findByText(`${expected} orientations`)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Jeune/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const names = rowLinks().map((a) => a.textContent!.split(' ').slice(1).join(' '));
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })),
    );
  });

  it('puts filters, search and sort in the address as they change, back on page 1', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/orientations?page=2');
    await screen.findByText(/^\d+ orientations$/);

    await user.click(screen.getByRole('checkbox', { name: 'Premier contact en retard' }));
    await waitFor(() => expect(location(router).get('overdue')).toBe('true'));
    expect(location(router).get('page')).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'lyon');
    await waitFor(() => expect(location(router).get('q')).toBe('lyon'));
    await waitFor(async () => {
      for (const row of screen.getAllByRole('row').slice(1))
        expect(within(row).getByText(/Lyon/)).toBeInTheDocument();
    });

    await user.click(screen.getByRole('button', { name: /Reçue/ }));
    await waitFor(() => expect(location(router).get('sort')).toBe('receivedAt'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Reçue/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      ),
    );
  });

  it('filters by department, reception dates, waiting time and assignee, shows each as a removable chip, and clears them all', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/orientations');
    await screen.findByText(/^\d+ orientations$/);
    const more = screen.getByRole('button', { name: 'Filtres' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);

    await pick(user, 'Département', '69 · Rhône');
    await waitFor(() => expect(location(router).getAll('department')).toEqual(['69']));
    await user.type(screen.getByLabelText('Reçue à partir du'), '2026-01-01');
    await waitFor(() => expect(location(router).get('receivedFrom')).toBe('2026-01-01'));
    await user.type(screen.getByRole('textbox', { name: 'Attente d’au moins (jours)' }), '30');
    await waitFor(() => expect(location(router).get('waitingMinDays')).toBe('30'));
    const now = new Date(TEST_NOW);
    const expected = (await records.all('referrals')).filter(
      (r) =>
        r.associationId === 'asso_elan' &&
        r.department === '69' &&
        r.receivedAt >= '2026-01-01' &&
        daysBetween(r.receivedAt, now) >= 30,
    ).length;
    expect(expected).toBeGreaterThan(1);
    expect(await screen.findByText(`${expected} orientations`)).toBeInTheDocument();
    await pick(user, 'Attribuée à', 'Personne');
    await waitFor(() => expect(location(router).get('assigneeId')).toBe('none'));

    // Closed, the panel still says how many of its filters are in force, and each is a chip.
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Filtres (3)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    const chips = screen.getByRole('group', { name: 'Filtres actifs' });
    expect(within(chips).getByText('Département : 69 · Rhône')).toBeVisible();
    expect(within(chips).getByText('Attribuée à : Personne')).toBeVisible();
    await user.click(
      within(chips).getByRole('button', {
        name: 'Retirer le filtre Attente d’au moins (jours) : 30',
      }),
    );
    await waitFor(() => expect(location(router).get('waitingMinDays')).toBeNull());
    expect(location(router).getAll('department')).toEqual(['69']);

    await user.click(within(chips).getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(location(router).toString()).toBe(''));
  });

  it('sorts by assignee from its column header', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/orientations');
    await screen.findByText(/^\d+ orientations$/);
    await user.click(screen.getByRole('button', { name: /Attribuée à/ }));
    await waitFor(() => expect(location(router).get('sort')).toBe('assignee'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Attribuée à/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      ),
    );
  });

  it('drops a filter it cannot read instead of failing', async () => {
    await signIn('coordination@elan.test');
    renderApp('/orientations?status=NOPE&need=ORIENTATION');
    await screen.findByText(/^\d+ orientations$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('moves between rows with j and k, and selects with x', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/orientations?pageSize=25');
    await screen.findByText(/^\d+ orientations$/);
    const links = rowLinks();
    links[0]!.focus();
    await user.keyboard('jj');
    expect(links[2]).toHaveFocus();
    await user.keyboard('k');
    expect(links[1]).toHaveFocus();
    await user.keyboard('x');
    expect(await screen.findByText('1 sélectionnée')).toBeInTheDocument();
    // Selecting keeps the focus on its row: the keys go on working.
    expect(rowLinks()[1]).toHaveFocus();
    await user.keyboard('j');
    expect(rowLinks()[2]).toHaveFocus();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toHaveFocus();
    // ↓ from the search, or j from the page, enters the rows.
    await user.keyboard('{ArrowDown}');
    expect(rowLinks()[0]).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('j');
    expect(rowLinks()[0]).toHaveFocus();
  });

  it('gives the focus back to the row that was opened, after Back', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp('/orientations?pageSize=25');
    await screen.findByText(/^\d+ orientations$/);
    const third = rowLinks()[2]!;
    const name = third.textContent!;
    third.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name });
    await router().navigate(-1);
    await waitFor(() => expect(rowLinks()[2]).toHaveFocus());
    expect(rowLinks()[2]).toHaveTextContent(name);
  });

  it('changes the status of the selected rows and reports each failure with its reason', async () => {
    await signIn('coordination@elan.test');
    // Sorted by status, descending: the 56 to contact first, then the matched ones, on one page.
    const { user } = renderApp(
      '/orientations?status=TO_CONTACT&status=MATCHED&sort=-status&pageSize=100',
    );
    await screen.findByText(/^\d+ orientations$/);
    const rows = screen.getAllByRole('row').slice(1);
    const matched = rows.find((row) => within(row).queryByText('En binôme'))!;
    const toContact = rows.filter((row) => within(row).queryByText('À contacter')).slice(0, 2);
    for (const row of [...toContact, matched]) await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('3 sélectionnées')).toBeInTheDocument();

    const target = screen.getByRole('combobox', { name: 'Passer au statut' });
    await user.click(target);
    const listbox = document.getElementById(target.getAttribute('aria-controls')!)!;
    // Only the moves the lifecycle allows for some of the rows, each saying for how many.
    expect(
      within(listbox)
        .getAllByRole('option', { hidden: true })
        .map((o) => o.textContent),
    ).toEqual([
      'Qualifiée (2 sur 3)',
      'Injoignable (2 sur 3)',
      'Non éligible / réorientée (2 sur 3)',
      'Désistement (2 sur 3)',
    ]);
    await user.click(within(listbox).getByText('Qualifiée (2 sur 3)'));
    await user.click(screen.getByRole('button', { name: 'Appliquer' }));

    const report = await screen.findByText(/2 orientations modifiées, 1 en échec/);
    expect(report.closest('[role="status"]')).toHaveTextContent(/Transition impossible/);
    const qualified = (await records.all('referrals')).filter(
      (r) => r.status === 'QUALIFIED' && r.version === 2,
    );
    expect(qualified).toHaveLength(2);
  });
});

describe('saved views', () => {
  it('saves the current filters under a name and lists the view in the navigation with its count', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/orientations?status=QUALIFIED&page=2');
    const total = (await screen.findByText(/^\d+ orientations$/)).textContent!.replace(/\D/g, '');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la vue' }));
    await user.type(await screen.findByRole('textbox', { name: /Nom de la vue/ }), 'Qualifiées');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const link = await screen.findByRole('link', {
      name: `Vue Qualifiées : ${total} orientations`,
    });
    expect(link).toHaveAttribute('href', '/orientations?status=QUALIFIED');
    const saved = (await records.all('savedViews')).find((v) => v.name === 'Qualifiées')!;
    expect(saved).toMatchObject({
      query: 'status=QUALIFIED',
      shared: true,
      ownerId: 'usr_ela_coord1',
    });
  });
});

describe('assignment', () => {
  it('filters on who a referral is assigned to, and assigns the selected ones to a colleague', async () => {
    await signIn('coordination@elan.test');
    const { user, router } = renderApp(
      '/orientations?assigneeId=none&status=RECEIVED&pageSize=100',
    );
    await screen.findByText(/^\d+ orientations?$/);
    const rows = screen.getAllByRole('row').slice(1);
    for (const row of rows) expect(within(row).getByText('Personne')).toBeInTheDocument();
    await user.click(within(rows[0]!).getByRole('checkbox'));
    await user.click(within(rows[1]!).getByRole('checkbox'));

    const target = screen.getByRole('combobox', { name: 'Attribuer à' });
    await user.click(target);
    await user.click(
      within(document.getElementById(target.getAttribute('aria-controls')!)!).getByText(
        'Karim Haddad',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Attribuer' }));

    await waitFor(async () =>
      expect(
        (await records.all('referrals')).filter(
          (r) => r.assigneeId === 'usr_ela_coord2' && r.version === 2,
        ),
      ).toHaveLength(2),
    );
    expect(location(router).get('assigneeId')).toBe('none');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(rows.length - 1));
    // The selection bar is gone; what happened is said.
    expect(screen.getByText('2 orientations attribuées à Karim Haddad.')).toBeVisible();
  });

  it('exports the filtered rows with the columns on screen, as CSV for French spreadsheets', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp('/orientations?status=TO_CONTACT');
    const count = await screen.findByText(/^\d+ orientations$/);
    const total = Number(count.textContent!.replace(/\D/g, ''));
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporter les orientations' });
    expect(dialog).toHaveTextContent(`${total} lignes, avec les filtres en cours.`);
    expect(within(dialog).getByRole('radio', { name: 'Les colonnes affichées' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Télécharger' }));

    expect(await screen.findByText(/^Fichier enregistré : orientations-.*\.csv\.$/)).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = downloads;
    const lines = (await saved!.file.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(total + 1);
    expect([...new Uint8Array(await saved!.file.arrayBuffer()).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    // The columns on screen, in French: the channel column is hidden by default, so is its data.
    expect(lines[0]).toMatch(/^Identifiant;Reçue le;Statut;Prénom;Nom;Date de naissance;/);
    expect(lines[0]).not.toContain('Canal');
    expect(lines[1]).toContain(';À contacter;');
  });
});
