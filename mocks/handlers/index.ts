import { http } from 'msw';
import { inContract } from '../../src/api/operations.gen';
import { problem } from '../../src/domain/problem';
import { problemResponse, type MockDb } from '../http';
import { adminHandlers } from './admin';
import { authHandlers } from './auth';
import { geographyHandlers } from './geography';
import { intakeHandlers } from './intake';
import { bulkAndExportHandlers } from './bulk-and-exports';
import { pairingHandlers } from './pairing';
import { matchingHandlers } from './matching';
import { mentorHandlers } from './mentors';
import { mentorshipHandlers } from './mentorships';
import { referralEditHandlers, referralHandlers, referralNoteHandlers } from './referrals';
import { reportingHandlers } from './reporting';
import { savedViewHandlers } from './saved-views';
import { searchHandlers } from './search';

/**
 * Every handler of the mock backend, over one database. `base` is where the API lives: `/api` on
 * the page's own origin in a browser (or jsdom), an absolute URL in the Node contract suite.
 */
export function createHandlers(db: MockDb, base = '/api') {
  return [
    ...authHandlers(db, base),
    ...intakeHandlers(db, base),
    ...geographyHandlers(db, base),
    // Fixed paths before their /:id siblings.
    ...bulkAndExportHandlers(db, base),
    ...pairingHandlers(db, base),
    ...referralHandlers(db, base),
    ...referralNoteHandlers(db, base),
    ...referralEditHandlers(db, base),
    ...savedViewHandlers(db, base),
    ...searchHandlers(db, base),
    ...matchingHandlers(db, base),
    ...mentorHandlers(db, base),
    ...mentorshipHandlers(db, base),
    ...adminHandlers(db, base),
    ...reportingHandlers(db, base),
    // A path of the contract not built yet says so (501); anything else does not exist (404).
    http.all(`${base}/*`, ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^.*?\/api(?=\/)/, '');
      return inContract(request.method, path)
        ? problemResponse(problem(501, 'Cette fonction arrive bientôt.'))
        : problemResponse(problem(404, 'Cette adresse n’existe pas dans l’API.'));
    }),
  ];
}
