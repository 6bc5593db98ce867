import { http } from 'msw';
import { problem } from '../../src/domain/problem';
import { problemResponse, type MockDb } from '../http';
import { adminHandlers } from './admin';
import { authHandlers } from './auth';
import { mentorshipHandlers } from './mentorships';
import { referralHandlers } from './referrals';
import { reportingHandlers } from './reporting';

/**
 * Every handler of the mock backend, over one database. `base` is where the API lives: `/api` on
 * the page's own origin in a browser (or jsdom), an absolute URL in the Node contract suite.
 */
export function createHandlers(db: MockDb, base = '/api') {
  return [
    ...authHandlers(db, base),
    ...referralHandlers(db, base),
    ...mentorshipHandlers(db, base),
    ...adminHandlers(db, base),
    ...reportingHandlers(db, base),
    // Paths of the contract that later issues implement answer in the contract's shape.
    http.all(`${base}/*`, () => problemResponse(problem(501, 'Cette fonction arrive bientôt.'))),
  ];
}
