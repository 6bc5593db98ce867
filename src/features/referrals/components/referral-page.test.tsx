import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { server } from '../../../../tests/setup/dom';
import { records } from '../../../../tests/harness/records';
import { renderApp } from '../../../../tests/harness/render-app';
import { signIn } from '../../../../tests/harness/sign-in';
import { choose } from '../../../../tests/harness/select';
import { clockNow } from '../../../lib/clock';

const referralIn = async (status: string) =>
  (await records.all('referrals')).find(
    (r) => r.associationId === 'asso_elan' && r.status === status,
  )!;
/** The 5 seconds to undo pass when the test says so; everything else runs in real time. */
function undoTimers() {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

const actions = () => screen.getByRole('region', { name: 'Changer le statut' });

describe('referral page', () => {
  it('shows the person, their age and the consent flags of a minor under 15', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    // Thirteen years and a month before the app's clock.
    const born = clockNow();
    born.setUTCFullYear(born.getUTCFullYear() - 13, born.getUTCMonth() - 1);
    const birthDate = born.toISOString().slice(0, 10);
    await records.put('referrals', {
      ...referral,
      birthDate,
      legalGuardian: { name: 'Awa Diallo', email: null, phone: null, consentDate: null },
    });
    renderApp(`/orientations/${referral.id}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `${referral.firstName} ${referral.lastName}`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${birthDate.split('-').reverse().join('/')} (13 ans)`),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Moins de 15 ans sans consentement du représentant légal'),
    ).toBeInTheDocument();
    expect(screen.getByText('non recueilli')).toBeInTheDocument();
  });

  it('offers only the changes the lifecycle allows', async () => {
    await signIn('coordination@elan.test');
    renderApp(`/orientations/${(await referralIn('QUALIFIED')).id}`);
    await screen.findByRole('region', { name: 'Changer le statut' });
    const buttons = within(actions())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['En attente de binôme', 'Non éligible / réorientée', 'Désistement']);
  });

  it('shows a status change at once, sends nothing when undone, and sends it after 5 seconds', async () => {
    undoTimers();
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    const { user } = renderApp(`/orientations/${referral.id}`);
    await screen.findByRole('region', { name: 'Changer le statut' });

    await user.click(within(actions()).getByRole('button', { name: 'Qualifiée' }));
    expect(within(actions()).getByText('Statut changé en « Qualifiée ».')).toBeInTheDocument();
    await user.click(within(actions()).getByRole('button', { name: 'Annuler' }));
    expect(within(actions()).getByText('À contacter')).toBeInTheDocument();

    await user.click(within(actions()).getByRole('button', { name: 'Qualifiée' }));
    await vi.advanceTimersByTimeAsync(5000);
    await waitFor(async () =>
      expect(await records.get('referrals', referral.id)).toMatchObject({
        status: 'QUALIFIED',
        version: referral.version + 1,
      }),
    );
    // Only the second change went out.
    const changes = (await records.all('audit')).filter(
      (a) => a.entityId === referral.id && a.action === 'referral.transition',
    );
    expect(changes).toHaveLength(1);
    expect(
      await within(actions()).findByRole('button', { name: 'En attente de binôme' }),
    ).toBeInTheDocument();
  });

  it('says so when someone else changed the record meanwhile, and reloads it on request', async () => {
    undoTimers();
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    const { user } = renderApp(`/orientations/${referral.id}`);
    await screen.findByRole('region', { name: 'Changer le statut' });
    // Another coordinator qualifies the referral while this one is looking at it.
    await records.put('referrals', {
      ...referral,
      status: 'QUALIFIED',
      version: referral.version + 1,
    });

    await user.click(within(actions()).getByRole('button', { name: 'Injoignable' }));
    await vi.advanceTimersByTimeAsync(5000);
    const alert = await within(actions()).findByRole('alert');
    expect(alert).toHaveTextContent('modifié par quelqu’un d’autre');
    expect(alert).toHaveTextContent('Injoignable');
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));
    expect(await within(actions()).findByText('Qualifiée')).toBeInTheDocument();
    expect((await records.get('referrals', referral.id))!.status).toBe('QUALIFIED');
  });

  it('asks for the reason before marking a referral not eligible', async () => {
    await signIn('coordination@elan.test');
    const { user } = renderApp(`/orientations/${(await referralIn('TO_CONTACT')).id}`);
    await screen.findByRole('region', { name: 'Changer le statut' });
    await user.click(within(actions()).getByRole('button', { name: 'Non éligible / réorientée' }));
    const reason = within(actions()).getByRole('textbox', { name: /Motif/ });
    expect(reason).toHaveFocus();
    expect(within(actions()).getByRole('button', { name: 'Confirmer' })).toBeDisabled();
    await user.type(reason, 'Hors territoire');
    await user.click(within(actions()).getByRole('button', { name: 'Confirmer' }));
    expect(
      within(actions()).getByText('Statut changé en « Non éligible / réorientée ».'),
    ).toBeInTheDocument();
  });
});

describe('contacts and notes', () => {
  it('logs unanswered calls, then proposes to mark the person unreachable', async () => {
    await signIn('coordination@elan.test');
    const referral = (await records.all('referrals')).find(
      (r) => r.associationId === 'asso_elan' && r.status === 'TO_CONTACT' && !r.firstContactAt,
    )!;
    await records.put('referrals', { ...referral, contactAttempts: 2 });
    const { user } = renderApp(`/orientations/${referral.id}`);
    const form = await screen.findByRole('region', { name: 'Consigner un contact' });
    expect(screen.queryByText(/la marquer comme injoignable/)).not.toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Messagerie pleine');
    await user.click(within(form).getByRole('button', { name: 'Consigner' }));

    expect(
      await within(actions()).findByText(
        '3 tentatives sans jamais joindre la personne : la marquer comme injoignable ?',
      ),
    ).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Note/ })).toHaveValue('');
    const timeline = screen.getByRole('region', { name: 'Historique' });
    expect(
      await within(timeline).findByText(/Appel, sans réponse — Messagerie pleine/),
    ).toBeInTheDocument();
    await user.click(within(actions()).getByRole('button', { name: 'Marquer injoignable' }));
    expect(within(actions()).getByText('Statut changé en « Injoignable ».')).toBeInTheDocument();
  });

  it('keeps a note that failed to save, and saves it on retry', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('QUALIFIED');
    let failures = 1;
    server.use(
      http.post('/api/referrals/:id/notes', () => {
        if (failures-- > 0) return HttpResponse.error();
      }),
    );
    const { user } = renderApp(`/orientations/${referral.id}`);
    const note = await screen.findByRole('textbox', { name: 'Nouvelle note' });
    await user.type(note, 'Disponible le mercredi');
    await user.click(screen.getByRole('button', { name: 'Ajouter la note' }));

    const timeline = screen.getByRole('region', { name: 'Historique' });
    const alert = await within(timeline).findByRole('alert');
    expect(note).toHaveValue('Disponible le mercredi');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(timeline).findByText(/Disponible le mercredi/)).toBeInTheDocument();
    expect(note).toHaveValue('');
  });
});

describe('editing a referral', () => {
  const identity = () => screen.getByRole('region', { name: 'Identité et contact' });

  it('shows each invalid field’s message and sends nothing', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    const { user } = renderApp(`/orientations/${referral.id}`);
    await user.click(
      within(await screen.findByRole('region', { name: 'Identité et contact' })).getByRole(
        'button',
        { name: 'Modifier l’identité et le contact' },
      ),
    );
    const phone = within(identity()).getByRole('textbox', { name: 'Téléphone' });
    await user.clear(phone);
    await user.type(phone, '123');
    await user.clear(within(identity()).getByRole('textbox', { name: /Code postal/ }));
    await user.click(within(identity()).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(identity()).findByText('Numéro de téléphone invalide')).toBeInTheDocument();
    expect(within(identity()).getByText('Code postal invalide (5 chiffres)')).toBeInTheDocument();
    expect((await records.get('referrals', referral.id))!.version).toBe(referral.version);
  });

  it('keeps what was typed through a conflict, then applies it on the current version', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    const { user } = renderApp(`/orientations/${referral.id}`);
    await user.click(
      within(await screen.findByRole('region', { name: 'Identité et contact' })).getByRole(
        'button',
        { name: 'Modifier l’identité et le contact' },
      ),
    );
    const commune = within(identity()).getByRole('combobox', { name: /Commune/ });
    await user.clear(commune);
    await user.type(commune, 'Bron');
    // Meanwhile another coordinator corrects the phone number.
    await records.put('referrals', {
      ...referral,
      phone: '06 99 99 99 99',
      version: referral.version + 1,
    });
    await user.click(within(identity()).getByRole('button', { name: 'Enregistrer' }));

    const alert = await within(identity()).findByRole('alert');
    expect(alert).toHaveTextContent('Vos saisies sont conservées');
    expect(commune).toHaveValue('Bron');
    await user.click(within(alert).getByRole('button', { name: 'Appliquer mes modifications' }));
    await waitFor(async () =>
      expect(await records.get('referrals', referral.id)).toMatchObject({
        commune: 'Bron',
        phone: '06 99 99 99 99',
        version: referral.version + 2,
      }),
    );
    expect(
      await within(identity()).findByText('Bron (' + referral.postalCode + ')'),
    ).toBeInTheDocument();
  });

  it('never refills a commune the user cleared, even when the code’s communes arrive late', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('/api/geography/communes', async () => {
        await late;
        return HttpResponse.json([{ insee: '69266', name: 'Villeurbanne', department: '69' }]);
      }),
    );
    const { user } = renderApp(`/orientations/${referral.id}`);
    await user.click(
      within(await screen.findByRole('region', { name: 'Identité et contact' })).getByRole(
        'button',
        { name: 'Modifier l’identité et le contact' },
      ),
    );
    const commune = within(identity()).getByRole('combobox', { name: /Commune/ });
    await user.clear(commune);
    release();
    await user.type(commune, 'Bron');
    await waitFor(() => expect(commune).toHaveValue('Bron'));
  });

  it('keeps what was typed when the network fails, and saves it on retry', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    let failures = 1;
    server.use(
      http.patch('/api/referrals/:id', () => {
        if (failures-- > 0) return HttpResponse.error();
      }),
    );
    const { user } = renderApp(`/orientations/${referral.id}`);
    await user.click(
      within(await screen.findByRole('region', { name: 'Identité et contact' })).getByRole(
        'button',
        { name: 'Modifier l’identité et le contact' },
      ),
    );
    const first = within(identity()).getByRole('textbox', { name: /Prénom/ });
    await user.clear(first);
    await user.type(first, 'Maëlle');
    await user.click(within(identity()).getByRole('button', { name: 'Enregistrer' }));
    const alert = await within(identity()).findByRole('alert');
    expect(first).toHaveValue('Maëlle');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(async () =>
      expect((await records.get('referrals', referral.id))!.firstName).toBe('Maëlle'),
    );
  });
});

describe('an under-15 without a guardian’s consent', () => {
  const consents = () => screen.getByRole('region', { name: 'Consentements' });

  /** A qualified 13-year-old whose guardian has not consented yet. */
  async function under15() {
    const referral = await referralIn('QUALIFIED');
    const born = clockNow();
    born.setUTCFullYear(born.getUTCFullYear() - 13, born.getUTCMonth() - 1);
    const next = {
      ...referral,
      birthDate: born.toISOString().slice(0, 10),
      legalGuardian: null,
    };
    await records.put('referrals', next);
    return next;
  }

  it('says why it cannot wait for a mentor, records the consent, then lets it through', async () => {
    await signIn('coordination@elan.test');
    const referral = await under15();
    const { user } = renderApp(`/orientations/${referral.id}`);
    await screen.findByRole('region', { name: 'Changer le statut' });
    expect(
      within(actions()).queryByRole('button', { name: 'En attente de binôme' }),
    ).not.toBeInTheDocument();
    expect(within(actions()).getByText(/Moins de 15 ans : enregistrez d’abord/)).toBeVisible();

    await user.click(
      within(actions()).getByRole('button', { name: 'Enregistrer le consentement' }),
    );
    const form = within(consents()).getByRole('form', {
      name: 'Modifier le représentant légal et les consentements',
    });
    await user.type(within(form).getByLabelText('Nom du représentant légal'), 'Awa Diallo');
    await user.type(
      within(form).getByLabelText('Date du consentement du représentant légal'),
      clockNow().toISOString().slice(0, 10),
    );
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await within(actions()).findByRole('button', { name: 'En attente de binôme' }),
    ).toBeEnabled();
    expect(within(consents()).getByText('Awa Diallo')).toBeVisible();
    expect((await records.get('referrals', referral.id))!.legalGuardian).toMatchObject({
      name: 'Awa Diallo',
      consentDate: clockNow().toISOString().slice(0, 10),
    });
  });

  it('keeps the consent typed through a conflict, and refuses a guardian without a name', async () => {
    await signIn('coordination@elan.test');
    const referral = await under15();
    const { user } = renderApp(`/orientations/${referral.id}`);
    await user.click(
      within(await screen.findByRole('region', { name: 'Consentements' })).getByRole('button', {
        name: 'Modifier le représentant légal et les consentements',
      }),
    );
    const date = within(consents()).getByLabelText('Date du consentement du représentant légal');
    await user.type(date, '2026-01-15');
    await user.click(within(consents()).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(consents()).findByText('Indiquez le nom du représentant légal'),
    ).toBeVisible();

    await user.type(within(consents()).getByLabelText('Nom du représentant légal'), 'Awa Diallo');
    await records.put('referrals', {
      ...referral,
      phone: '06 11 22 33 44',
      version: referral.version + 1,
    });
    await user.click(within(consents()).getByRole('button', { name: 'Enregistrer' }));
    const alert = await within(consents()).findByRole('alert');
    expect(date).toHaveValue('2026-01-15');
    await user.click(within(alert).getByRole('button', { name: 'Appliquer mes modifications' }));
    await waitFor(async () =>
      expect(await records.get('referrals', referral.id)).toMatchObject({
        phone: '06 11 22 33 44',
        legalGuardian: { name: 'Awa Diallo', consentDate: '2026-01-15' },
        version: referral.version + 2,
      }),
    );
  });
});

describe('a referral that cannot be shown', () => {
  it('keeps the screen’s own title while it cannot load, and offers a retry', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    let failing = true;
    server.use(
      http.get('/api/referrals/:id', () => {
        if (failing) return HttpResponse.error();
      }),
    );
    const { user } = renderApp(`/orientations/${referral.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Orientation' })).toBeVisible();
    const retry = await screen.findByRole('button', { name: 'Réessayer' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Orientation' })).toBeVisible();
    failing = false;
    await user.click(retry);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `${referral.firstName} ${referral.lastName}`,
      }),
    ).toBeVisible();
  });

  it('says a referral of another association does not exist', async () => {
    await signIn('coordination@elan.test');
    const other = (await records.all('referrals')).find((r) => r.associationId !== 'asso_elan')!;
    renderApp(`/orientations/${other.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeVisible();
  });
});

describe('who follows a referral', () => {
  it('names the assignee and gives the referral to a colleague, saying so', async () => {
    await signIn('coordination@elan.test');
    const referral = await referralIn('TO_CONTACT');
    const team = (await records.all('users')).filter(
      (u) => u.associationId === 'asso_elan' && u.role !== 'mentor' && u.id !== referral.assigneeId,
    );
    const colleague = team[0]!;
    const { user } = renderApp(`/orientations/${referral.id}`);
    const picker = await screen.findByRole('combobox', { name: 'Attribuée à' });
    await choose(user, picker, `${colleague.firstName} ${colleague.lastName}`);
    expect(
      await screen.findByText(`Dossier attribué à ${colleague.firstName} ${colleague.lastName}.`),
    ).toBeVisible();
    await waitFor(async () =>
      expect((await records.get('referrals', referral.id))!.assigneeId).toBe(colleague.id),
    );
  });
});
