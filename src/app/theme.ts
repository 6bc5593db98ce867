import { DEFAULT_THEME, Menu, Modal, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { t } from '../lib/i18n';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on primary buttons above 4.5:1 (WCAG AA).
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  components: {
    // Mantine's close button has no name of its own: every dialog's gets one.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t.common.close } } }),
    // Its hidden focus placeholder is a child a menu may not have (axe: aria-required-children);
    // without it the focus trap has nowhere to start: the arrow keys move through the items.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false, trapFocus: false } }),
  },
});

/**
 * Mantine's default dimmed grey, its error red, placeholders, and light-variant texts (badges,
 * alerts) on their tinted backgrounds fall below 4.5:1 (shade 9 still gives about 3.9:1): darken
 * them in the light scheme, lighten them in the dark one.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9) 65%, black)`,
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
  },
});
