import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records, storedSettings } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

describe('personal data', () => {
  it('reviews the files kept past the retention period and anonymises the chosen one', async () => {
    await storedSettings.set('asso_elan', { retentionYears: 1 });
    await signIn('admin@elan.test');
    const { user } = renderApp('/donnees-personnelles');
    const review = await screen.findByRole('region', { name: 'Revue de conservation' });
    const boxes = await within(review).findAllByRole('checkbox', { name: /^Sélectionner / });
    const name = boxes[0]!.getAttribute('aria-label')!.replace('Sélectionner ', '');
    const link = within(review).getByRole('link', { name });
    const id = link.getAttribute('href')!.split('/').pop()!;
    await user.click(boxes[0]!);
    await user.click(within(review).getByRole('button', { name: 'Anonymiser 1 dossier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anonymiser 1 dossier ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Anonymiser définitivement' }));
    expect(await screen.findByText('1 dossier anonymisé.')).toBeInTheDocument();
    const file = (await records.get('referrals', id)) ?? (await records.get('mentors', id));
    expect(file).toMatchObject({ firstName: 'Anonyme' });
    expect(file!.anonymisedAt).not.toBeNull();
    expect(within(review).queryByRole('link', { name })).toBeNull();
  });
});
