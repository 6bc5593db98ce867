import { expect, it } from 'vitest';
import { DESKTOP, expectAccessible, logIn, openPage, pageTitle } from './browser';

it('a coordinator finds an active pair in "Binômes" and closes it with its outcome, keyboard only for the form', async () => {
  const page = await openPage(DESKTOP);
  await page.goto('/');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Binômes' })
    .click();
  await pageTitle(page, 'Binômes').waitFor();
  await page.getByRole('table').waitFor();
  await expectAccessible(page);

  await page.getByRole('combobox', { name: 'Statut' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Actif', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => new URL(page.url()).search).toBe('?status=ACTIVE');
  const row = page.getByRole('row').nth(1);
  await row.getByText('Actif').waitFor();
  const link = row.getByRole('link').first();
  const name = (await link.textContent())!;
  await link.click();
  await pageTitle(page, new RegExp(name)).waitFor();
  await expectAccessible(page);

  const actions = page.getByRole('region', { name: 'Suivi du binôme' });
  await actions.getByRole('button', { name: 'Clôturer le binôme' }).click();
  const form = actions.getByRole('form', { name: 'Clôturer le binôme' });
  const reason = form.getByRole('combobox', { name: 'Motif de clôture' });
  await reason.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Objectifs atteints' }).waitFor();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => reason.inputValue()).toBe('Objectifs atteints');
  await page.keyboard.press('Tab');
  const exit = form.getByRole('combobox', { name: 'Situation de sortie du ou de la jeune' });
  await expect.poll(() => exit.evaluate((e) => e === document.activeElement)).toBe(true);
  // Each key waits for the list to show its effect: it opens asynchronously.
  const highlighted = page.locator('[data-combobox-selected]');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => highlighted.textContent()).toBe('Emploi');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => highlighted.textContent()).toBe('Alternance ou apprentissage');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => highlighted.textContent()).toBe('Formation');
  await page.keyboard.press('Enter');
  await expect.poll(() => exit.inputValue()).toBe('Formation');
  await form.getByRole('button', { name: 'Clôturer' }).press('Enter');

  await actions.getByText('Binôme clôturé.').waitFor();
  const people = page.getByRole('region', { name: 'Les personnes' });
  await people.getByText('Clôturé', { exact: true }).waitFor();
  await people.getByText('Objectifs atteints').waitFor();
  await people.getByText('Formation', { exact: true }).waitFor();
  await expectAccessible(page);

  // The young person's record names the pair and leads back to it.
  await people.getByRole('link', { name }).click();
  const pairs = page.getByRole('region', { name: 'Binômes' });
  await pairs
    .getByRole('link', { name: new RegExp(`^Binôme ${name.split(' ')[0]} et `) })
    .waitFor();
  await expectAccessible(page);
});
