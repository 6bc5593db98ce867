import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

/** Windows-1252 bytes of a text, as Excel on a French Windows saves a CSV. */
const latin1 = (text: string) =>
  new Uint8Array([...text].map((c) => (c === 'Œ' ? 0x8c : c.charCodeAt(0))));

const HEADER = 'Prénom;Nom;E-mail;Code postal;Ville;Statut;Modalités;Capacité\r\n';
const FILE = [
  'Hélène;Lefèvre;helene.lefevre@exemple.fr;69003;Lyon;Salariée;À distance;2',
  'Noël;Béranger;pas-un-email;69007;Lyon;Retraité;Lieu public;1',
  'Zoé;Marchand;zoe.marchand@exemple.fr;69999;Nulle-part;Étudiante;À distance;1',
  ';Dupré;sans.prenom@exemple.fr;69100;Villeurbanne;Salarié;À distance;1',
  'Benoît;Œillet;benoit.oeillet@exemple.fr;69100;Villeurbanne;Salarié;Lieu public, À distance;3',
].join('\r\n');

const mentorsOfElan = async () =>
  (await records.all('mentors')).filter((m) => m.associationId === 'asso_elan');

async function upload(bytes: Uint8Array<ArrayBuffer>) {
  await signIn('coordination@elan.test');
  const app = renderApp('/mentors/import');
  await screen.findByRole('heading', { name: 'Importer des candidat·es mentors' });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await app.user.upload(input, new File([bytes], 'candidats.csv', { type: 'text/csv' }));
  return app;
}

describe('importing mentor candidates', () => {
  it('reads a Latin-1 file, guesses the columns, and shows each bad row’s error on its cell', async () => {
    const before = (await mentorsOfElan()).length;
    const { user } = await upload(latin1(HEADER + FILE));
    expect(
      await screen.findByText(/5 lignes lues \(Windows-1252, séparateur « ; »\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Colonne « Prénom »' })).toHaveValue('Prénom');
    expect(screen.getByRole('combobox', { name: 'Colonne « Ville »' })).toHaveValue('Commune');
    expect(screen.getByRole('combobox', { name: 'Colonne « Statut »' })).toHaveValue(
      'Statut professionnel',
    );

    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    expect(
      await screen.findByText('2 lignes valides, 3 en erreur, 0 déjà enregistrée.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    const row = (n: number) =>
      within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader', { name: String(n) }))!;
    expect(within(row(2)).getByText('pas-un-email')).toHaveAttribute('aria-invalid', 'true');
    expect(row(2)).toHaveTextContent(/E-mail : Adresse e-mail invalide/);
    expect(within(row(3)).getByText('69999')).toHaveAttribute('aria-invalid', 'true');
    expect(row(3)).toHaveTextContent(/Code postal : Ce code postal n’existe pas/);
    expect(row(4)).toHaveTextContent(/Prénom : Indiquez le prénom/);
    // Only the rows to fix are listed at first; the accents of the good ones survived Latin-1.
    expect(within(table).queryByText('Lefèvre')).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('checkbox', { name: 'Afficher seulement les lignes à corriger' }),
    );
    expect(within(table).getByText('Lefèvre')).toBeInTheDocument();
    expect(within(table).getByText('Œillet')).toBeInTheDocument();
    expect(await mentorsOfElan()).toHaveLength(before);

    await user.click(screen.getByRole('button', { name: 'Importer les 2 lignes valides' }));
    expect(await screen.findByText('2 mentors importés.')).toBeInTheDocument();
    const imported = (await mentorsOfElan()).filter((m) => m.email.endsWith('@exemple.fr'));
    expect(imported.map((m) => `${m.firstName} ${m.lastName}`).sort()).toEqual([
      'Benoît Œillet',
      'Hélène Lefèvre',
    ]);
    expect(imported.find((m) => m.lastName === 'Œillet')).toMatchObject({
      modalities: ['PUBLIC_PLACE', 'REMOTE'],
      occupation: 'EMPLOYEE',
      capacity: 3,
      status: 'APPLICANT',
    });
  });

  it('reports a candidate already in the pool instead of doubling them', async () => {
    const existing = (await mentorsOfElan())[0]!;
    const before = (await mentorsOfElan()).length;
    const { user } = await upload(
      new TextEncoder().encode(
        `\uFEFF${HEADER}Ana;Silva;${existing.email.toUpperCase()};69003;Lyon;Salariée;À distance;1`,
      ),
    );
    expect(await screen.findByText(/1 ligne lue \(UTF-8/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    expect(
      await screen.findByText('0 ligne valide, 0 en erreur, 1 déjà enregistrée.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer les 0 ligne valide' })).toBeDisabled();
    await waitFor(async () => expect(await mentorsOfElan()).toHaveLength(before));
  });

  it('refuses a file without data rows', async () => {
    await upload(new TextEncoder().encode(HEADER));
    expect(
      await screen.findByText('Ce fichier ne contient aucune ligne de données.'),
    ).toBeInTheDocument();
  });
});
