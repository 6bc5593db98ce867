import { describe, expect, it } from 'vitest';
import { portableScrypt, sha256 } from '../../server/auth/passwords';
import { nodeScrypt } from '../../server/node/scrypt';

// The server hashes with Node's native scrypt, the browser demo with a JavaScript one: either
// must read what the other wrote.
describe('password hashes', () => {
  it('verify across both scrypt implementations, and refuse a wrong password', async () => {
    const native = await nodeScrypt.hash('binome-demo');
    const portable = await portableScrypt.hash('binome-demo');
    expect(native).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await portableScrypt.verify('binome-demo', native)).toBe(true);
    expect(await nodeScrypt.verify('binome-demo', portable)).toBe(true);
    expect(await nodeScrypt.verify('binome-demo!', portable)).toBe(false);
    expect(await portableScrypt.verify('binome-demo', 'not a hash')).toBe(false);
    // Each hash its own salt.
    expect(await nodeScrypt.hash('binome-demo')).not.toBe(native);
  });

  it('hash tokens with SHA-256 in base64url', () => {
    expect(sha256('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});
