import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
  viewport: { width: 1400, height: 900 },
});
const page = ctx.pages()[0];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    console.log('console', m.type(), m.text().slice(0, 300));
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:5173/connexion?retour=%2Forientations%3Fstatus%3DTO_CONTACT');
await page.getByLabel('Adresse e-mail').fill('coordination@elan.test');
await page.getByLabel(/^Mot de passe/).fill('binome-demo');
await page.getByRole('button', { name: 'Se connecter' }).click();
await page.getByRole('heading', { name: 'Orientations', level: 1 }).waitFor();
await page
  .getByRole('link')
  .filter({ hasText: /\w+ \w+/ })
  .first()
  .waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/inbox.png' });
console.log('url', page.url());
await page.locator('[data-row-link]').first().click();
await page.getByRole('heading', { name: 'Historique' }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/referral.png', fullPage: true });
await ctx.close();
