import { expect, it } from 'vitest';
import { PHONE, expectAccessible, logIn, openPage, pageTitle } from './browser';

it('a mentor logs in on a phone, sees their pairs, logs a meeting, and logs out', async () => {
  const page = await openPage(PHONE);
  await page.goto('/');
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  await expectAccessible(page);

  await logIn(page, 'mentor@elan.test');
  await pageTitle(page, 'Mes binômes').waitFor();
  const pairs = page.getByRole('article');
  await pairs.first().waitFor();
  expect(await pairs.count()).toBeGreaterThan(0);
  // Nothing overflows the phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
  await expectAccessible(page);

  // Log a meeting from the phone.
  const labelled = await page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Consigner une rencontre' }) })
    .first()
    .getAttribute('aria-labelledby');
  const card = page.locator(`article[aria-labelledby="${labelled}"]`);
  await card.getByRole('button', { name: 'Consigner une rencontre' }).click();
  const form = card.getByRole('form', { name: 'Consigner une rencontre' });
  await form.getByRole('checkbox', { name: 'Orientation' }).check();
  await form.getByRole('textbox', { name: /Notes/ }).fill('Préparation d’un entretien de stage');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await card.getByText('Rencontre enregistrée.').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );

  // The navigation hides behind the burger on a phone.
  await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
  await page.getByRole('link', { name: 'Mon profil' }).click();
  await pageTitle(page, 'Mon profil').waitFor();
  await expectAccessible(page);

  // A coordinator's screen is refused, with a way back.
  await page.goto('/orientations');
  await pageTitle(page, 'Accès réservé').waitFor();
  await expectAccessible(page);

  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
});
