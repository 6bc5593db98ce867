/** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A temporary password to hand over once: 14 characters, about 80 bits. */
export function temporaryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}
