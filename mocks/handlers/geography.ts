import { http, HttpResponse } from 'msw';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { parseOr } from '../../src/domain/problem';
import { CommuneQuery } from '../../src/domain/schemas';
import { authed, type MockDb } from '../http';

export function geographyHandlers(db: MockDb, base: string) {
  return [
    http.get(
      `${base}/geography/communes`,
      authed(db, null, async ({ url }) => {
        const { postalCode } = parseOr(
          CommuneQuery,
          { postalCode: url.searchParams.get('postalCode') ?? '' },
          400,
        );
        const communes = (await loadGazetteer()).communesOf(postalCode);
        return HttpResponse.json(
          communes.map(({ insee, name, department }) => ({ insee, name, department })),
        );
      }),
    ),
  ];
}
