import { http, HttpResponse } from 'msw';
import { duplicateKeys, probableDuplicates } from '../../src/domain/duplicates';
import { PLATFORM_ACTOR, newReferral } from '../../src/domain/intake';
import { fail, parseOr } from '../../src/domain/problem';
import { DuplicateQuery, searchParamsToObject } from '../../src/domain/queries';
import { withReferralRules } from '../../src/domain/referral-rules';
import { IntakeReferral, ReferralInput } from '../../src/domain/schemas';
import {
  audit,
  authed,
  publicRecord,
  readBody,
  referralRules,
  toProblemResponse,
  type MockDb,
  referralEvent,
} from '../http';
import { newId } from '../store';

/**
 * New referrals: pushed by the 1jeune1solution platform with its association's API key, or
 * entered by a coordinator, who first sees the probable duplicates.
 */
export function intakeHandlers(db: MockDb, base: string) {
  const { store } = db;
  return [
    http.post(`${base}/intake/referrals`, async ({ request }) => {
      try {
        const key = request.headers.get('X-API-Key');
        const settings = key ? store.all('settings').find((s) => s.intakeKey === key) : undefined;
        if (!settings) return fail(401, 'Clé d’API absente ou invalide.');
        const { associationId } = settings;
        const rules = await referralRules(db, associationId);
        const body = await readBody(request, withReferralRules(IntakeReferral, rules));
        const existing = store
          .all('referrals')
          .find((r) => r.associationId === associationId && r.externalId === body.externalId);
        if (existing) return HttpResponse.json(publicRecord(existing));
        const now = db.now().toISOString();
        const referral = store.put('referrals', {
          ...newReferral(body, newId('ref'), now, null),
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

    http.post(
      `${base}/referrals`,
      authed(db, 'referrals.write', async ({ request, caller }) => {
        const associationId = caller.association.id;
        const rules = await referralRules(db, associationId);
        const body = await readBody(request, withReferralRules(ReferralInput, rules));
        const now = db.now().toISOString();
        const referral = store.put('referrals', {
          ...newReferral(body, newId('ref'), now, caller.user.id),
          associationId,
        });
        referralEvent(db, caller, associationId, referral.id, now, { kind: 'CREATED' });
        audit(db, caller, 'referral.create', { type: 'referral', id: referral.id, associationId });
        return HttpResponse.json(publicRecord(referral), { status: 201 });
      }),
    ),

    http.get(
      `${base}/referrals/duplicates`,
      authed(db, 'referrals.read', ({ url, caller }) => {
        const q = parseOr(DuplicateQuery, searchParamsToObject(url.searchParams), 400);
        const own = store.all('referrals').filter((r) => r.associationId === caller.association.id);
        return HttpResponse.json(
          probableDuplicates(duplicateKeys(q), own).map((r) => ({
            id: r.id,
            firstName: r.firstName,
            lastName: r.lastName,
            birthDate: r.birthDate,
            status: r.status,
            matchedOn: r.matchedOn,
          })),
        );
      }),
    ),
  ];
}
