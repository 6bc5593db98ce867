import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';

const proposed = async () =>
  (await records.all('referrals')).filter(
    (r) => r.associationId === 'asso_elan' && r.status === 'MATCH_PROPOSED',
  ).length;

async function plan() {
  await signIn('coordination@elan.test');
  const app = renderApp('/appariement');
  await app.user.click(await screen.findByRole('button', { name: 'Calculer une proposition' }));
  const pairs = await screen.findByRole('region', { name: 'Binômes proposés' });
  return { ...app, pairs };
}

describe('cohort matching', () => {
  it('publishes the pairs kept after review, and only those', async () => {
    const before = await proposed();
    const { user, pairs } = await plan();
    const keep = within(pairs).getAllByRole('checkbox');
    expect(keep.length).toBeGreaterThan(2);
    const summary = () => screen.getByText(/binômes? proposés?, score total/).textContent!;
    expect(summary()).toMatch(new RegExp(`^${keep.length} binômes proposés`));
    await user.click(keep[0]!);
    expect(keep[0]).not.toBeChecked();
    // The summary follows the review: one pair fewer, one young person more without a pair.
    expect(summary()).toMatch(new RegExp(`^${keep.length - 1} binômes proposés`));
    await user.click(screen.getByRole('button', { name: `Publier ${keep.length - 1} binômes` }));
    // Publishing asks first, with the count; nothing is sent before.
    expect(screen.getByRole('button', { name: 'Confirmer la publication' })).toHaveFocus();
    expect(
      screen.getByText(new RegExp(`^Publier ${keep.length - 1} propositions \\?`)),
    ).toBeVisible();
    expect(await proposed()).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Confirmer la publication' }));
    expect(await screen.findByText(/binômes proposés : appelez chaque jeune/)).toBeInTheDocument();
    expect(await proposed()).toBe(before + keep.length - 1);
  });

  it('refuses the whole publication when a colleague proposed one of the pairs meanwhile', async () => {
    const { user, pairs } = await plan();
    const count = within(pairs).getAllByRole('checkbox').length;
    // A colleague proposes the first young person of the plan to someone else.
    const first = within(pairs).getAllByRole('link')[0]!.getAttribute('href')!.split('/').pop()!;
    const referral = (await records.get('referrals', first))!;
    await records.put('referrals', { ...referral, status: 'MATCH_PROPOSED' });
    const before = await proposed();
    await user.click(screen.getByRole('button', { name: `Publier ${count} binômes` }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la publication' }));
    const alert = await screen.findByRole('alert', { name: 'Publication refusée' });
    expect(alert).toHaveTextContent('Rien n’a été publié');
    await waitFor(async () => expect(await proposed()).toBe(before));
  });

  it('swaps the mentors of two pairs, scores both again, and publishes them swapped', async () => {
    const { user, pairs } = await plan();
    const rows = within(pairs).getAllByRole('row').slice(1);
    const idOf = (row: HTMLElement, prefix: string) =>
      within(row)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')!)
        .find((href) => href.startsWith(prefix))!
        .split('/')
        .pop()!;
    const [a, b] = [rows[0]!, rows[1]!];
    const [referralA, mentorA, referralB, mentorB] = [
      idOf(a, '/orientations/'),
      idOf(a, '/mentors/'),
      idOf(b, '/orientations/'),
      idOf(b, '/mentors/'),
    ];
    const menteeB = within(b).getAllByRole('link')[0]!.textContent!;
    const select = within(a).getByRole('combobox', { name: /Échanger le mentor de/ });
    await user.click(select);
    await user.click(
      within(document.getElementById(select.getAttribute('aria-controls')!)!).getByText(
        new RegExp(`^${menteeB} \\(`),
      ),
    );
    await waitFor(() => expect(idOf(a, '/mentors/')).toBe(mentorB));
    expect(idOf(b, '/mentors/')).toBe(mentorA);

    const kept = within(pairs)
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked);
    await user.click(screen.getByRole('button', { name: `Publier ${kept.length} binômes` }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la publication' }));
    expect(await screen.findByText(/binômes proposés : appelez chaque jeune/)).toBeInTheDocument();
    const pairOf = async (referralId: string) =>
      (await records.all('mentorships')).find(
        (m) => m.referralId === referralId && m.status === 'PROPOSED',
      );
    // A swapped pair that broke a rule was dropped, and is not proposed.
    const keptA = kept.some((c) => a.contains(c));
    const keptB = kept.some((c) => b.contains(c));
    expect((await pairOf(referralA))?.mentorId).toBe(keptA ? mentorB : undefined);
    expect((await pairOf(referralB))?.mentorId).toBe(keptB ? mentorA : undefined);
  });
});
