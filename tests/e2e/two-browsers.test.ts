import { expect, it } from 'vitest';
import { expectAccessible, expectBrowserConsole, logIn, openPage, pageTitle } from './browser';

// Two people at once, on one server: the demo keeps its database in each page, so these run
// against the real server only (vite.config.ts).

it('an admin deactivates a coordinator at work: the coordinator’s next action leads to the login screen', async () => {
  const coordinator = await openPage();
  await coordinator.goto('/connexion');
  await logIn(coordinator, 'claire.dumas@elan.test');
  await pageTitle(coordinator, 'Tableau de bord').waitFor();

  const admin = await openPage();
  await admin.goto('/connexion');
  await logIn(admin, 'admin@elan.test');
  await pageTitle(admin, 'Tableau de bord').waitFor();
  await admin.getByRole('link', { name: 'Utilisateurs' }).click();
  await pageTitle(admin, 'Utilisateurs').waitFor();
  const actions = admin.getByRole('button', { name: 'Actions pour Claire Dumas' });
  await actions.click();
  await admin.getByRole('menuitem', { name: 'Désactiver' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Désactiver le compte de Claire Dumas ?' });
  await dialog.waitFor();
  await expectAccessible(admin);
  await dialog.getByRole('button', { name: 'Désactiver' }).click();
  await admin.getByText('Claire Dumas : compte désactivé.').waitFor();
  await expect
    .poll(() => admin.getByRole('row').filter({ hasText: 'claire.dumas@elan.test' }).textContent())
    .toContain('Désactivé');
  await expectAccessible(admin);

  // The coordinator's browser is still open on the dashboard: its next request is refused.
  expectBrowserConsole(/401/);
  await coordinator.getByRole('link', { name: 'Orientations', exact: true }).click();
  await coordinator.getByRole('button', { name: 'Se connecter' }).waitFor();
  await coordinator.getByText(/Votre session a pris fin/).waitFor();
  await expectAccessible(coordinator);
  await logIn(coordinator, 'claire.dumas@elan.test');
  await coordinator.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();

  // Reactivated, the account works again (and the next journeys find it as it was).
  await actions.click();
  await admin.getByRole('menuitem', { name: 'Réactiver' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Réactiver' }).click();
  await admin.getByText('Claire Dumas : compte réactivé.').waitFor();
  await logIn(coordinator, 'claire.dumas@elan.test');
  await pageTitle(coordinator, 'Orientations').waitFor();
});
