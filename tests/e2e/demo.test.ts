import { expect, it } from 'vitest';
import { logIn, openPage, pageTitle } from './browser';

// The demo build only (project e2e): the server's app in the page, over PGlite in IndexedDB.

it('the demo shows its first load, keeps a change across a reload, and its reset brings the demo data back', async () => {
  const page = await openPage();
  await page.goto('/');
  await page
    .getByRole('progressbar', { name: 'Préparation des données de démonstration…' })
    .waitFor();
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();

  await page.goto('/orientations?status=TO_CONTACT');
  const first = page.locator('[data-row-link]').first();
  const name = (await first.textContent())!;
  await first.click();
  await pageTitle(page, name).waitFor();
  const referral = page.url();
  const contact = page.getByRole('region', { name: 'Consigner un contact' });
  await contact.getByRole('textbox', { name: /Note/ }).fill('Rappeler lundi');
  await contact.getByRole('button', { name: 'Consigner' }).click();
  const logged = page.getByRole('region', { name: 'Historique' }).getByText(/Rappeler lundi/);
  await logged.waitFor();

  // A reload opens the database as it was left, session included.
  await page.reload();
  await pageTitle(page, name).waitFor();
  await logged.waitFor();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Réinitialiser les données de démo' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.goto(referral);
  await pageTitle(page, name).waitFor();
  // The history has loaded, without the note.
  // Each event says who and when ("Sophie Marchand · il y a 3 jours").
  await page.getByRole('region', { name: 'Historique' }).getByText(/ · /).first().waitFor();
  expect(await logged.count()).toBe(0);
});
