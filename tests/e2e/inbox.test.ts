import { expect, it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

it('a coordinator opens the overdue view, logs an unanswered call, qualifies the referral, and sees the view’s count drop', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();

  // The shared view sits under "Orientations" with its live count.
  const view = page.getByRole('link', { name: /^Vue À contacter > 7 j : \d+ orientations?$/ });
  const viewCount = async () =>
    Number((await view.getAttribute('aria-label'))!.match(/(\d+) orientation/)![1]);
  await view.waitFor();
  const before = await viewCount();
  expect(before).toBeGreaterThan(0);
  await view.click();
  await pageTitle(page, 'Orientations').waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('overdue')).toBe('true');
  await expect
    .poll(async () =>
      (await page.getByText(/^\d+ orientations?$/).textContent())?.replace(/\D/g, ''),
    )
    .toBe(String(before));
  await expectAccessible(page);

  // Keyboard: to the first row, down and back up, then open it.
  const first = page.locator('[data-row-link]').first();
  const name = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await pageTitle(page, name).waitFor();
  await expectAccessible(page);

  const contact = page.getByRole('region', { name: 'Consigner un contact' });
  await contact.getByRole('textbox', { name: /Note/ }).fill('Messagerie');
  await contact.getByRole('button', { name: 'Consigner' }).click();
  await page
    .getByRole('region', { name: 'Historique' })
    .getByText(/Appel, sans réponse — Messagerie/)
    .waitFor();

  const actions = page.getByRole('region', { name: 'Changer le statut' });
  await actions.getByRole('button', { name: 'Qualifiée', exact: true }).click();
  await actions.getByText('Statut changé en « Qualifiée ».').waitFor();
  // Sent once the five seconds to undo are over: the next statuses appear.
  await actions.getByRole('button', { name: 'En attente de binôme' }).waitFor({ timeout: 10_000 });

  await expect.poll(viewCount).toBe(before - 1);
  await view.click();
  await expect
    .poll(async () =>
      (await page.getByText(/^\d+ orientations?$/).textContent())?.replace(/\D/g, ''),
    )
    .toBe(String(before - 1));
});
