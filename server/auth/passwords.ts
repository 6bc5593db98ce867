import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';

// Web-standard only: this module runs in Node and in the browser demo.

/** How the app hashes and checks passwords: injected, so Node uses its native scrypt. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

/** The parameters of a scrypt hash, and the raw scrypt that computes one. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
type Scrypt = (
  password: string,
  salt: Uint8Array,
  length: number,
  params: ScryptParams,
) => Promise<Uint8Array>;

const PARAMS: ScryptParams = { N: 16384, r: 8, p: 1 };

export const toBase64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const fromBase64url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** Compares in a time that does not depend on where the first difference is. */
function equalBytes(a: Uint8Array, b: Uint8Array) {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Hashes as `scrypt$N$r$p$salt$hash`, all in base64url: the parameters travel with the hash, and
 * any scrypt implementation reads what another wrote.
 */
export function scryptHasher(scrypt: Scrypt): PasswordHasher {
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const hash = await scrypt(password, salt, 32, PARAMS);
      return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, toBase64url(salt), toBase64url(hash)].join(
        '$',
      );
    },
    async verify(password, stored) {
      const [kind, N, r, p, salt, hash] = stored.split('$');
      if (kind !== 'scrypt' || !salt || !hash) return false;
      const expected = fromBase64url(hash);
      const actual = await scrypt(password, fromBase64url(salt), expected.length, {
        N: Number(N),
        r: Number(r),
        p: Number(p),
      });
      return equalBytes(actual, expected);
    },
  };
}

/** Scrypt in JavaScript, for the browser demo. */
export const portableScrypt = scryptHasher((password, salt, dkLen, params) =>
  scryptAsync(password, salt, { ...params, dkLen }),
);

/** Session tokens and API keys are stored hashed: a leaked table opens no session. */
export const sha256 = (value: string) => toBase64url(sha256Bytes(new TextEncoder().encode(value)));

export const randomToken = () => toBase64url(crypto.getRandomValues(new Uint8Array(32)));
