import { SESSION_COOKIE } from '../../mocks/http';
import { mockDb } from './mock-db';

/** Starts a session for `email` in the mock backend, as if they had logged in earlier. */
export function signIn(email: string) {
  const { store, now } = mockDb();
  const user = store.all('users').find((u) => u.email === email);
  if (!user) throw new Error(`No demo account ${email}`);
  const token = `test-${user.id}`;
  store.put('sessions', {
    id: `ses_${user.id}`,
    token,
    userId: user.id,
    csrfToken: `csrf-${user.id}`,
    expiresAt: new Date(now().getTime() + 3_600_000).toISOString(),
  });
  document.cookie = `${SESSION_COOKIE}=${token}; Path=/`;
  return user;
}
