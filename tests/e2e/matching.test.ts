import { it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

it('a coordinator goes from a waiting referral to an accepted pair, comparing two suggestions first', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.goto('/orientations?status=AWAITING_MATCH&sort=lastName');
  const first = page.locator('[data-row-link]').first();
  const name = (await first.textContent())!;
  await first.click();
  await pageTitle(page, name).waitFor();

  const panel = page.getByRole('region', { name: 'Mentors suggérés' });
  const proposeButtons = panel.getByRole('button', { name: /^Proposer le binôme avec / });
  await proposeButtons.first().waitFor();
  const compare = panel.getByRole('checkbox', { name: /^Comparer / });
  await compare.nth(0).check();
  await compare.nth(1).check();
  await panel.getByRole('table', { name: 'Comparaison des mentors' }).waitFor();
  await expectAccessible(page);

  const mentor = (await proposeButtons.first().getAttribute('aria-label'))!.replace(
    'Proposer le binôme avec ',
    '',
  );
  await proposeButtons.first().click();
  const proposal = page.getByRole('region', { name: 'Binôme proposé' });
  await proposal.getByText(`Binôme proposé avec ${mentor}.`).waitFor();
  await proposal.getByRole('button', { name: 'Binôme accepté' }).click();
  await page.getByText('En binôme', { exact: true }).first().waitFor();
  // Said once the proposal's panel has gone.
  await page
    .getByRole('status')
    .getByText(new RegExp(`^Binôme accepté : .+ et ${mentor}\\.`))
    .waitFor();
  await expectAccessible(page);
});
