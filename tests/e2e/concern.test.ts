import { expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  expectAccessible,
  expectBrowserConsole,
  logIn,
  openPage,
  pageTitle,
} from './browser';

it('a mentor flags a difficulty from a phone; a coordinator sees it in "À faire" and takes it in hand', async () => {
  // One page throughout: the demo's database lives in the browser profile.
  const page = await openPage(PHONE);
  await page.goto('/');
  await logIn(page, 'mentor@elan.test');
  await pageTitle(page, 'Mes binômes').waitFor();
  const labelled = await page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Consigner une rencontre' }) })
    .first()
    .getAttribute('aria-labelledby');
  const card = page.locator(`article[aria-labelledby="${labelled}"]`);
  await card.getByRole('button', { name: 'Consigner une rencontre' }).click();
  const form = card.getByRole('form', { name: 'Consigner une rencontre' });
  const worry = 'Il ne va plus en cours depuis deux semaines et semble inquiet.';
  await form.getByRole('textbox', { name: /Notes/ }).fill(worry);
  await form.getByRole('checkbox', { name: /Signaler une difficulté/ }).check();
  await form.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await card.getByText('Rencontre enregistrée.').waitFor();
  // The staff's list is not the mentor's to read (the browser logs the refusal).
  expectBrowserConsole(/status of 403/);
  expect(await page.evaluate(async () => (await fetch('/api/concerns')).status)).toBe(403);
  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();

  await page.setViewportSize(DESKTOP);
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const badge = nav.getByLabel(/difficultés? en attente/);
  const before = Number(await badge.textContent());
  await nav.getByRole('link', { name: /À faire/ }).click();
  await pageTitle(page, 'À faire').waitFor();
  const concern = page.getByRole('article').filter({ hasText: worry });
  await concern.waitFor();
  await expectAccessible(page);

  await concern
    .getByRole('textbox', { name: /Note de prise en compte/ })
    .fill('Appelé ce jour ; rendez-vous avec le jeune et son CPE jeudi.');
  await concern.getByRole('button', { name: 'Marquer comme prise en compte' }).click();
  await page.getByText(/^Difficulté concernant .+ prise en compte\.$/).waitFor();
  await concern.waitFor({ state: 'detached' });
  // The badge goes when nothing is left.
  await expect
    .poll(async () => ((await badge.count()) ? Number(await badge.textContent()) : 0))
    .toBe(before - 1);
  await expectAccessible(page);
});
