import { scrypt } from 'node:crypto';
import { scryptHasher } from '../auth/passwords';

/** Node's native scrypt: it runs on libuv's thread pool, off the event loop. */
export const nodeScrypt = scryptHasher(
  (password, salt, length, params) =>
    new Promise((resolve, reject) =>
      scrypt(password, salt, length, { ...params, maxmem: 64 * 1024 * 1024 }, (error, key) =>
        error ? reject(error) : resolve(new Uint8Array(key)),
      ),
    ),
);
