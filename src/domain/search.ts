/** Lower case without accents: what free-text search compares, in both backends. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const digitsOf = (text: string | null | undefined) => (text ?? '').replace(/\D/g, '');

/** The text a referral is found by: both name orders, email and commune. */
export function referralSearchText(r: {
  firstName: string;
  lastName: string;
  email: string | null;
  commune: string;
}): string {
  return searchKey(
    `${r.firstName} ${r.lastName} ${r.lastName} ${r.firstName} ${r.email ?? ''} ${r.commune}`,
  );
}

/** A phone search needs at least 4 digits, so a short number never matches everything. */
export const PHONE_SEARCH_MIN_DIGITS = 4;

/** The command palette's query: at least two characters. */
export const PALETTE_MIN_CHARS = 2;
export const PALETTE_LIMITS = { referral: 10, mentor: 5, mentorship: 5 } as const;
