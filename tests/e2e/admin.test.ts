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
