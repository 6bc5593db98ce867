import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Who is asking, for the limits per address: the socket's peer; behind a reverse proxy the server
 * was told to trust (TRUST_PROXY=1), the address that proxy saw, the last of X-Forwarded-For.
 * Without that setting the header is ignored: any client can write it.
 */
export function clientAddress(trustProxy: boolean) {
  return (c: Context) => {
    const forwarded = trustProxy
      ? c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim()
      : undefined;
    return forwarded || (getConnInfo(c).remote.address ?? 'unknown');
  };
}
