import { expect, it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

it('a coordinator filters overdue referrals, qualifies one from its page, and sees the count drop', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();

  await page.getByRole('link', { name: 'Orientations' }).click();
  await pageTitle(page, 'Orientations').waitFor();
  await page.getByRole('checkbox', { name: 'Premier contact en retard' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('overdue')).toBe('true');
  const count = page.getByText(/^\d+ orientations?$/);
  const shown = async () => Number((await count.textContent())?.replace(/\D/g, ''));
  // The previous page stays on screen until the filtered one arrives (Élan has 400 in all).
  await expect.poll(shown).toBeLessThan(400);
  const before = await shown();
  expect(before).toBeGreaterThan(0);
  await expect.poll(() => page.getByRole('row').count()).toBe(Math.min(before, 50) + 1);
  await expectAccessible(page);

  // Keyboard: to the first row, down one, back up, open it.
  const first = page.locator('[data-row-link]').first();
  const name = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await pageTitle(page, name).waitFor();
  await expectAccessible(page);

  const actions = page.getByRole('region', { name: 'Changer le statut' });
  await actions.getByRole('button', { name: 'Qualifiée', exact: true }).click();
  await actions.getByText('Statut changé en « Qualifiée ».').waitFor();
  // Sent once the five seconds to undo are over: the next statuses appear.
  await actions.getByRole('button', { name: 'En attente de binôme' }).waitFor({ timeout: 10_000 });

  await page.getByRole('link', { name: 'Retour aux orientations' }).click();
  await page.goBack();
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('overdue')).toBe('true');
  await expect.poll(shown).toBe(before - 1);
});
