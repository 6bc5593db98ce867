import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks an option of a Mantine select or multi-select, in the list its combobox controls. */
export async function choose(user: UserEvent, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  const list = await waitFor(() =>
    document.getElementById(combobox.getAttribute('aria-controls')!)!,
  );
  await user.click(await within(list).findByText(option));
}
