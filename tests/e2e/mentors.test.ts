import { expect, it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

const CSV = [
  'Prénom;Nom;E-mail;Code postal;Ville;Statut;Modalités;Capacité',
  'Inès;Carpentier;ines.carpentier@exemple.fr;69003;Lyon;Salariée;À distance;2',
  'Marc;Vidal;marc.vidal@;69007;Lyon;Retraité;Lieu public;1',
  'Léa;Fontaine;lea.fontaine@exemple.fr;69100;Villeurbanne;Étudiante;À distance, Lieu public;1',
].join('\r\n');

it('a coordinator imports a file of candidates with one bad row and finds exactly the good rows in the pool', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.goto('/mentors');
  await pageTitle(page, 'Mentors').waitFor();
  await page.getByText(/^\d+ mentors$/).waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Importer' }).click();
  await pageTitle(page, 'Importer des candidat·es mentors').waitFor();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'candidats.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + CSV, 'utf8'),
  });
  await page.getByText(/3 lignes lues/).waitFor();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByText('2 lignes valides, 1 en erreur, 0 déjà enregistrée.').waitFor();
  await expect
    .poll(() => page.getByRole('row', { name: /marc\.vidal@/ }).textContent())
    .toMatch(/E-mail : Adresse e-mail invalide/);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
  await page.getByText('2 mentors importés.').waitFor();
  await page.getByRole('link', { name: 'Voir les mentors' }).click();
  await pageTitle(page, 'Mentors').waitFor();

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('@exemple.fr');
  await expect.poll(() => page.getByText(/^\d+ mentors?$/).textContent()).toBe('2 mentors');
  const names = await page.locator('[data-row-link]').allTextContents();
  expect(names.sort()).toEqual(['Inès Carpentier', 'Léa Fontaine']);

  // The board shows them as applicants, and a card moves with the keyboard.
  await page.getByRole('link', { name: 'Parcours d’intégration' }).click();
  await pageTitle(page, 'Parcours d’intégration').waitFor();
  const card = page.getByRole('region', { name: 'Candidat·e' }).getByRole('link').first();
  await card.waitFor();
  await expectAccessible(page);

  const name = (await card.textContent())!;
  await card.click();
  await pageTitle(page, name).waitFor();
  await page
    .getByRole('region', { name: 'Historique' })
    .getByText('Candidature enregistrée')
    .waitFor();
  await expectAccessible(page);
});
