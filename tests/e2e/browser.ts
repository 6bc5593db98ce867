import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

// Usually one browser per test; two when a journey needs two people at once.
let contexts: BrowserContext[] = [];
let profiles: string[] = [];
let consoleErrors: string[] = [];
let expected: RegExp[] = [];

/** A fresh browser profile (no cookies, no demo changes); a second call opens another browser. */
export async function openPage(viewport = DESKTOP): Promise<Page> {
  const profile = await mkdtemp(path.join(tmpdir(), 'binome-chromium-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    baseURL: inject('baseUrl'),
  });
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return page;
}

/** Browser console output this test expects, e.g. the 401 of a wrong password. */
export function expectBrowserConsole(pattern: RegExp) {
  expected.push(pattern);
}

beforeEach(() => {
  consoleErrors = [];
  expected = [];
});

afterEach(async () => {
  for (const context of contexts) await context.close();
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
  contexts = [];
  profiles = [];
  const unexpected = consoleErrors.filter(
    (line) => !expected.some((pattern) => pattern.test(line)),
  );
  expect(unexpected, 'browser console errors').toEqual([]);
});

const schemeOf = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.mantineColorScheme);

/**
 * axe on the current screen, WCAG 2.1 A and AA rules, in the light and the dark scheme (the system
 * preference the app follows unless the user chose one in the menu): no violation allowed.
 */
export async function expectAccessible(page: Page) {
  const chosen = await page.evaluate(() => localStorage.getItem('mantine-color-scheme-value'));
  const schemes = chosen === 'light' || chosen === 'dark' ? [chosen] : ['light', 'dark'];
  for (const scheme of schemes as ('light' | 'dark')[]) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => schemeOf(page)).toBe(scheme);
    // Colours that transition (a segmented control's label) are read once they have settled.
    await page.evaluate(() =>
      Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
    );
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `axe violations on ${page.url()} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export async function logIn(page: Page, email: string, password = 'binome-demo') {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export const pageTitle = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });
