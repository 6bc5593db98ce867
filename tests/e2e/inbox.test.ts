import { expect, it } from 'vitest';
import { PHONE, expectAccessible, logIn, openPage, pageTitle } from './browser';

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

  // Keyboard: to the first row to contact (the seed follows today's date, so the view's first
  // row may be one not yet moved to "À contacter"), down and back up, then open it.
  const first = page
    .getByRole('row')
    .filter({ hasText: 'À contacter' })
    .first()
    .locator('[data-row-link]');
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
  await actions.getByRole('button', { name: 'En attente de binôme' }).waitFor();

  await expect.poll(viewCount).toBe(before - 1);
  await view.click();
  await expect
    .poll(async () =>
      (await page.getByText(/^\d+ orientations?$/).textContent())?.replace(/\D/g, ''),
    )
    .toBe(String(before - 1));
});

it('a coordinator enters a referral received by phone, on a phone-sized screen, then is warned when entering it twice', async () => {
  const page = await openPage(PHONE);
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.goto('/orientations');
  await page.getByRole('link', { name: 'Nouvelle orientation' }).click();
  await pageTitle(page, 'Nouvelle orientation').waitFor();

  const form = page.getByRole('form', { name: 'Nouvelle orientation' });
  const fillIdentity = async () => {
    await form.getByRole('textbox', { name: /^Prénom/ }).fill('Lina');
    await form.getByRole('textbox', { name: /^Nom/ }).fill('Marchetti');
    await form.getByLabel(/^Né·e le/).fill('2006-09-30');
    await form.getByRole('textbox', { name: /^E-mail$/ }).fill('lina.marchetti@exemple.fr');
  };
  // Where it came from and the situation are chosen, never defaulted.
  const pick = async (name: RegExp, option: string) => {
    await form.getByRole('combobox', { name }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await pick(/^Canal/, 'Mission locale');
  await fillIdentity();
  await pick(/^Situation/, 'Lycéen·ne');
  await form.getByRole('textbox', { name: /^Code postal/ }).fill('69200');
  await expect
    .poll(() => form.getByRole('combobox', { name: /^Commune/ }).inputValue())
    .toBe('Vénissieux');
  // Keyboard: a need and the consent are ticked with the space bar.
  await form.getByRole('checkbox', { name: 'Préparation à l’emploi' }).focus();
  await page.keyboard.press('Space');
  await form.getByRole('checkbox', { name: /accepte le traitement/ }).focus();
  await page.keyboard.press('Space');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Enregistrer l’orientation' }).click();
  await pageTitle(page, 'Lina Marchetti').waitFor();
  const created = new URL(page.url()).pathname;

  await page.goto('/orientations/nouvelle');
  await pageTitle(page, 'Nouvelle orientation').waitFor();
  await fillIdentity();
  const warning = page.getByRole('status', { name: /Doublon probable/ });
  await warning.waitFor();
  expect(await warning.getByRole('link', { name: /Lina Marchetti/ }).getAttribute('href')).toBe(
    created,
  );
  await expect
    .poll(() => warning.textContent())
    .toMatch(/même nom et date de naissance, même e-mail/);
  await expectAccessible(page);
});
