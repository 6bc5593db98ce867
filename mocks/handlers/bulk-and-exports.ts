import { http, HttpResponse } from 'msw';
import { BULK_MAX_ROWS, bulkOutcome } from '../../src/domain/bulk';
import { CSV_BOM, MEETING_EXPORT, csvLine } from '../../src/domain/csv';
import { ReferralListQuery, searchParamsToObject } from '../../src/domain/queries';
import { ReferralBulkAction } from '../../src/domain/schemas';
import { audit, authed, readBody, type MockDb, referralEvent } from '../http';

import { matchingReferrals } from './referrals';
import { fail, parseOr } from '../../src/domain/problem';

export function bulkAndExportHandlers(db: MockDb, base: string) {
  const { store } = db;

  return [
    http.post(
      `${base}/referrals/bulk`,
      authed(db, 'referrals.write', async ({ request, caller }) => {
        const body = await readBody(request, ReferralBulkAction);
        if (!body.ids === !body.query) {
          return fail(422, 'Donnez soit les dossiers choisis, soit les filtres.', {
            errors: [{ pointer: '/ids', message: 'Choisissez des dossiers ou des filtres' }],
          });
        }
        if (body.action === 'ASSIGN' && body.assigneeId) {
          const assignee = store.get('users', body.assigneeId);
          if (
            !assignee ||
            assignee.associationId !== caller.association.id ||
            assignee.role === 'mentor'
          ) {
            return fail(422, 'Ce chargé de mentorat n’existe pas.', {
              errors: [{ pointer: '/assigneeId', message: 'Choisissez un membre de l’équipe' }],
            });
          }
        }
        let rows;
        if (body.query !== undefined) {
          const q = parseOr(
            ReferralListQuery,
            searchParamsToObject(new URLSearchParams(body.query)),
            422,
          );
          rows = matchingReferrals(db, caller.association.id, q);
          if (body.expectedCount !== undefined && rows.length !== body.expectedCount) {
            return fail(
              409,
              `Le nombre de dossiers a changé : ${rows.length} au lieu de ${body.expectedCount}.`,
            );
          }
          if (rows.length > BULK_MAX_ROWS)
            return fail(422, `Au plus ${BULK_MAX_ROWS} dossiers à la fois.`);
        } else {
          rows = body
            .ids!.map((id) => store.get('referrals', id))
            .filter((r) => r?.associationId === caller.association.id);
        }
        const missing = body.ids ? body.ids.filter((id) => !rows.some((r) => r!.id === id)) : [];
        const at = db.now().toISOString();
        const failed = missing.map((id) => ({ id, title: id, reason: 'Introuvable' }));
        let succeeded = 0;
        for (const row of rows) {
          const referral = row!;
          const outcome = bulkOutcome(body, referral);
          if (!outcome.ok) {
            failed.push({
              id: referral.id,
              title: `${referral.firstName} ${referral.lastName}`,
              reason: outcome.reason,
            });
            continue;
          }
          store.put('referrals', {
            ...referral,
            ...outcome.changes,
            version: referral.version + 1,
            updatedAt: at,
          });
          referralEvent(db, caller, caller.association.id, referral.id, at, {
            kind: outcome.changes.status ? 'STATUS_CHANGED' : 'ASSIGNED',
            from: outcome.changes.status ? referral.status : referral.assigneeId,
            to: outcome.changes.status ?? outcome.changes.assigneeId ?? null,
            body: body.reason ?? null,
          });
          audit(
            db,
            caller,
            `referral.bulk.${body.action.toLowerCase()}`,
            { type: 'referral', id: referral.id, associationId: caller.association.id },
            Object.keys(outcome.changes),
          );
          succeeded += 1;
        }
        return HttpResponse.json({ succeeded, failed });
      }),
    ),

    http.get(
      `${base}/exports/:kind`,
      authed<{ kind: string }>(db, 'exports.run', ({ params, url, caller }) => {
        if (params.kind !== 'meetings' || (url.searchParams.get('format') ?? 'csv') !== 'csv') {
          return fail(501, 'Cet export arrive bientôt.');
        }
        const meetings = store
          .all('meetings')
          .filter((m) => m.associationId === caller.association.id)
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        const csv =
          CSV_BOM +
          csvLine(MEETING_EXPORT.header) +
          meetings.map((m) => csvLine(MEETING_EXPORT.row(m))).join('');
        audit(
          db,
          caller,
          'export.meetings',
          { type: 'export', id: null, associationId: caller.association.id },
          ['meetings'],
        );
        return new HttpResponse(csv, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${MEETING_EXPORT.filename}"`,
          },
        });
      }),
    ),
  ];
}
