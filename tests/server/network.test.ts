import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../contract/http';
import { serverBackend } from '../contract/server-backends';

// What only a real socket shows: clients that send slowly, never finish, or send too much.
const kinds = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? ['postgresql' as const] : []),
] as const;

/** A raw connection to the server, its whole reply collected until the server closes it. */
function rawRequest(baseUrl: string, head: string, body = '') {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (reply += chunk));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(reply)));
  socket.on('error', () => {});
  socket.write(`${head}\r\n\r\n${body}`);
  return { socket, closed, reply: () => reply };
}

describe.each(kinds)('server on %s', (kind) => {
  const backend = serverBackend(kind);
  beforeAll(() => backend.start(), 60_000);
  beforeEach(() => backend.reset(), 60_000);
  afterAll(() => backend.stop());

  it('keeps answering everyone while clients send unfinished bodies to write endpoints', async () => {
    const mentor = new Agent(backend.baseUrl);
    await mentor.login('mentor@elan.test');
    const pair = (await mentor.get('/mentorships', { query: { pageSize: 1 } })).body.items[0];
    // More stalled writers than PostgreSQL's pool has connections (10).
    const stalled: Socket[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { socket } = rawRequest(
        backend.baseUrl,
        [
          `POST /api/mentorships/${pair.id}/meetings HTTP/1.1`,
          `Host: ${new URL(backend.baseUrl).host}`,
          'Content-Type: application/json',
          'Content-Length: 100',
          `Cookie: ${mentor.cookieHeader()}`,
          `X-CSRF-Token: ${mentor.csrfToken}`,
        ].join('\r\n'),
        '{"date":',
      );
      stalled.push(socket);
    }
    try {
      // The other association, and the same one, are served while those bodies never arrive.
      const other = new Agent(backend.baseUrl);
      await other.login('coordination@passerelles.test');
      expect((await other.get('/referrals', { query: { pageSize: 5 } })).status).toBe(200);
      const same = new Agent(backend.baseUrl);
      await same.login('coordination@elan.test');
      const meetings = await same.get('/mentorships/{id}/meetings', { params: { id: pair.id } });
      expect(meetings.status).toBe(200);
    } finally {
      for (const socket of stalled) socket.destroy();
    }
  });

  it('closes the connection after answering a request whose body it did not read', async () => {
    const host = `Host: ${new URL(backend.baseUrl).host}`;
    // Too large for the API: 413 before the body arrives.
    const tooLarge = rawRequest(
      backend.baseUrl,
      [
        'POST /api/auth/login HTTP/1.1',
        host,
        'Content-Type: application/json',
        'Content-Length: 20000000',
      ].join('\r\n'),
      '{"email":"',
    );
    const reply = await tooLarge.closed;
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toMatch(/\r\nconnection: close\r\n/i);
  });
});
