import type { Role } from '../../domain/enums';

export const LOGIN_PATH = '/connexion';

export function homePath(role: Role): string {
  return role === 'mentor' ? '/mes-binomes' : '/tableau-de-bord';
}

/** Only a path of this app is a place to return to after logging in (no open redirect). */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith(LOGIN_PATH))
    return null;
  return value;
}

export function loginPath(returnTo: string, expired = false): string {
  const params = new URLSearchParams();
  if (returnTo !== '/') params.set('retour', returnTo);
  if (expired) params.set('expiree', '');
  const query = params.toString();
  return query ? `${LOGIN_PATH}?${query}` : LOGIN_PATH;
}
