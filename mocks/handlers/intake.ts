import { http, HttpResponse } from 'msw';
import { PLATFORM_ACTOR, referralFromIntake } from '../../src/domain/intake';
import { fail } from '../../src/domain/problem';
import { IntakeReferral } from '../../src/domain/schemas';
import {
  audit,
  publicRecord,
  readBody,
  toProblemResponse,
  type MockDb,
  referralEvent,
} from '../http';
import { newId } from '../store';

/** The 1jeune1solution platform pushes referrals with its association's API key. */
export function intakeHandlers(db: MockDb, base: string) {
  const { store } = db;
  return [
    http.post(`${base}/intake/referrals`, async ({ request }) => {
      try {
        const key = request.headers.get('X-API-Key');
        const settings = key ? store.all('settings').find((s) => s.intakeKey === key) : undefined;
        if (!settings) return fail(401, 'Clé d’API absente ou invalide.');
        const body = await readBody(request, IntakeReferral);
        const associationId = settings.associationId;
        const existing = store
          .all('referrals')
          .find((r) => r.associationId === associationId && r.externalId === body.externalId);
        if (existing) return HttpResponse.json(publicRecord(existing));
        const now = db.now().toISOString();
        const referral = store.put('referrals', {
          ...referralFromIntake(body, newId('ref'), now),
          associationId,
        });
        referralEvent(db, null, associationId, referral.id, now, {
          kind: 'CREATED',
          actorName: PLATFORM_ACTOR,
        });
        audit(db, null, 'referral.intake', { type: 'referral', id: referral.id, associationId });
        return HttpResponse.json(publicRecord(referral), { status: 201 });
      } catch (error) {
        return toProblemResponse(error);
      }
    }),
  ];
}
