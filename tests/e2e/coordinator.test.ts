import { expect, it } from 'vitest';
import { expectAccessible, expectBrowserConsole, logIn, openPage, pageTitle } from './browser';

it('a coordinator logs in, sees the dashboard, moves around and logs out', async () => {
  const page = await openPage();
  await page.goto('/tableau-de-bord');
  await expect.poll(() => page.url()).toContain('/connexion');
  await expectAccessible(page);

  // A wrong password first: a clear message, the email kept.
  expectBrowserConsole(/401 \(Unauthorized\)/);
  await logIn(page, 'coordination@elan.test', 'pas-le-bon');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain('Adresse e-mail ou mot de passe incorrect');
  expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('coordination@elan.test');
  await expectAccessible(page);

  await page.getByLabel(/^Mot de passe/).fill('binome-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await pageTitle(page, 'Tableau de bord').waitFor();
  expect(new URL(page.url()).pathname).toBe('/tableau-de-bord');
  await page.getByRole('link', { name: /^Orientations reçues : / }).waitFor();
  await expect.poll(() => page.title()).toBe('Tableau de bord · Binôme');
  await expectAccessible(page);

  // Keyboard only: from the top of the document, the skip link, then the navigation.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
  await page.getByRole('link', { name: 'Orientations', exact: true }).focus();
  await page.keyboard.press('Enter');
  await pageTitle(page, 'Orientations').waitFor();
  // Focus moves to the new screen's title for screen-reader and keyboard users.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Orientations');
  await expectAccessible(page);

  // The command palette, from the keyboard: Ctrl+K, a name, Enter opens the person's page.
  const first = page.locator('[data-row-link]').first();
  const name = (await first.textContent())!;
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Nom, e-mail, téléphone ou action' }).waitFor();
  await page.keyboard.type(name);
  const results = page.getByRole('list', { name: 'Personnes' });
  await results.getByText(name).first().waitFor();
  // Statuses read in French, never as the API's codes.
  expect(await results.textContent()).not.toMatch(
    /\b(RECEIVED|TO_CONTACT|QUALIFIED|AWAITING_MATCH|MATCH_PROPOSED|MATCHED|UNREACHABLE|NOT_ELIGIBLE|WITHDRAWN)\b/,
  );
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await pageTitle(page, name).waitFor();
  await page.goBack();
  await pageTitle(page, 'Orientations').waitFor();

  // A reload keeps the session.
  await page.reload();
  await pageTitle(page, 'Orientations').waitFor();

  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  await page.goto('/tableau-de-bord');
  await expect.poll(() => page.url()).toContain('/connexion');
});

it('a coordinator gets a not-found page with a way back, and the dark scheme stays accessible', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@passerelles.test');
  await pageTitle(page, 'Tableau de bord').waitFor();

  await page.goto('/nulle-part');
  await pageTitle(page, 'Page introuvable').waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
  await pageTitle(page, 'Tableau de bord').waitFor();

  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Thème sombre' }).click();
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.mantineColorScheme))
    .toBe('dark');
  await page.getByRole('link', { name: /^Orientations reçues : / }).waitFor();
  await expectAccessible(page);
});

it('a coordinator opens screens and actions from the command palette, and gets the focus back on closing it', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.goto('/orientations');
  await pageTitle(page, 'Orientations').waitFor();
  // Closing the palette gives the focus back; it also goes to screens and starts actions.
  const askPalette = async () => {
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('search');
    await page.keyboard.type('nouvelle orient');
    await page
      .getByRole('list', { name: 'Écrans et actions' })
      .getByText('Nouvelle orientation')
      .waitFor();
  };
  await page.locator('[data-row-link]').first().focus();
  await askPalette();
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-row-link')))
    .toBe(true);
  await askPalette();
  await page.keyboard.press('Enter');
  await pageTitle(page, 'Nouvelle orientation').waitFor();
  await page.goBack();
  await pageTitle(page, 'Orientations').waitFor();
});
