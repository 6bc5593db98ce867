import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, logIn, openPage, pageTitle } from './browser';

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
/** The figure a link says: "Orientations reçues : 305 ; …". */
const figureOf = (label: string | null) => digits(/: ([^;]+)/.exec(label ?? '')![1]!);

/** Picks an option of a Mantine select with the keyboard, then the mouse. */
async function pick(
  page: Page,
  label: string,
  option: (page: Page) => ReturnType<Page['getByRole']>,
) {
  await page.getByRole('combobox', { name: label }).focus();
  await page.keyboard.press('ArrowDown');
  await option(page).click();
}

/** Exports the list on screen in `format` and returns the saved file. */
async function exportList(page: Page, format: 'CSV pour Excel' | 'Classeur Excel (XLSX)') {
  await page.getByRole('button', { name: 'Exporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter les orientations' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('radio', { name: 'Toutes les colonnes' }).check();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Télécharger' }).click(),
  ]);
  await page.getByText(`Fichier enregistré : ${download.suggestedFilename()}.`).waitFor();
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

it('a coordinator picks a quarter, follows a figure to its list, and exports that list as CSV and XLSX with as many rows', async () => {
  const page = await openPage();
  await page.goto('/connexion');
  await logIn(page, 'coordination@elan.test');
  await pageTitle(page, 'Tableau de bord').waitFor();
  await page.getByRole('link', { name: /^Orientations reçues : / }).waitFor();
  await expectAccessible(page);

  // The previous quarter: complete whatever today is.
  await pick(page, 'Période', (p) => p.getByRole('option', { name: 'Trimestre', exact: true }));
  await pick(page, 'Trimestre', (p) => p.getByRole('option').nth(1));
  await expect
    .poll(() => new URL(page.url()).searchParams.get('from'))
    .toMatch(/-(01|04|07|10)-01$/);
  const from = new URL(page.url()).searchParams.get('from')!;
  const figure = page.getByRole('link', { name: /^Orientations reçues : / });
  await expect.poll(() => figure.getAttribute('href')).toContain(`receivedFrom=${from}`);
  const received = figureOf(await figure.getAttribute('aria-label'));
  expect(received).toBeGreaterThan(0);
  await expectAccessible(page);

  await figure.click();
  await pageTitle(page, 'Orientations').waitFor();
  await expect
    .poll(async () => digits(await page.getByText(/^\d+ orientations?$/).textContent()))
    .toBe(received);

  const csv = await exportList(page, 'CSV pour Excel');
  expect(csv.name).toMatch(/^orientations-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(received + 1);
  expect(lines[0]).toMatch(/^Identifiant;Reçue le;Canal;/);

  const xlsx = await exportList(page, 'Classeur Excel (XLSX)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']!);
  expect(sheet.match(/<row /g)).toHaveLength(received + 1);

  // Rapports et exports: the method, and the printable report of the same quarter.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Rapports et exports' })
    .click();
  await pageTitle(page, 'Rapports et exports').waitFor();
  await page.getByRole('heading', { name: 'Comment chaque chiffre est calculé' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ouvrir le rapport' }).click();
  await pageTitle(page, 'Rapport d’activité').waitFor();
  await page.getByRole('heading', { name: 'Chiffres clés' }).waitFor();
  await expectAccessible(page);
});
