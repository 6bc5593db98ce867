import { sha256 } from './auth/passwords';

/** A stable code per person, the same in every export of the association: J-… or M-…. */
export const pseudonym = (associationId: string, prefix: 'J' | 'M', id: string) =>
  `${prefix}-${sha256(`${associationId}:${id}`).slice(0, 8).toUpperCase()}`;
