import { expect, it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

it('an admin logs in, manages users with filters kept in the address, and logs out', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'admin@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Utilisateurs' }).click();
  await pageTitle(page, 'Utilisateurs').waitFor();
  await page.getByRole('cell', { name: 'coordination@elan.test' }).waitFor();
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('karim');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('karim');
  await expect.poll(() => page.getByRole('row').count()).toBe(2);
  expect(await page.getByRole('cell', { name: 'karim.haddad@elan.test' }).count()).toBe(1);

  // The filtered view survives a reload: it lives in the URL.
  await page.reload();
  await page.getByRole('cell', { name: 'karim.haddad@elan.test' }).waitFor();
  expect(await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).toBe('karim');

  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
});

it('an admin lengthens the first-contact delay: the overdue count drops at once, and the log says so', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'admin@passerelles.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  const view = page.getByRole('link', { name: /^Vue À contacter > 7 j : \d+ orientations?$/ });
  const viewCount = async () =>
    Number((await view.getAttribute('aria-label'))!.match(/(\d+) orientation/)![1]);
  await view.waitFor();
  const before = await viewCount();
  expect(before).toBeGreaterThan(0);

  const setDelay = async (days: string) => {
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await pageTitle(page, 'Paramètres').waitFor();
    const delay = page.getByRole('textbox', { name: /^Délai de premier contact/ });
    await delay.fill(days);
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByText('Paramètres enregistrés.').waitFor();
  };

  // A value out of range lands on its field; nothing is lost.
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await pageTitle(page, 'Paramètres').waitFor();
  await page.getByRole('textbox', { name: /^Délai de premier contact/ }).fill('90');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect
    .poll(() =>
      page.getByRole('textbox', { name: /^Délai de premier contact/ }).getAttribute('aria-invalid'),
    )
    .toBe('true');
  await expectAccessible(page);

  await setDelay('30');
  await expect.poll(viewCount).toBeLessThan(before);

  await page.getByRole('link', { name: 'Journal d’audit' }).click();
  await pageTitle(page, 'Journal d’audit').waitFor();
  const entry = page.getByRole('row').filter({ hasText: 'Paramètres modifiés' }).first();
  await expect.poll(() => entry.textContent()).toContain('firstContactDelayDays : 7 → 30');
  await expectAccessible(page);

  // Back as it was, for the journeys after this one.
  await setDelay('7');
  await expect.poll(viewCount).toBe(before);
});
