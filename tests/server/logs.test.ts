import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../../server/log';
import { Agent } from '../contract/http';
import { serverBackend } from '../contract/server-backends';

// The README promises logs without personal data: a failing query must not quote its parameters.
const kinds = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? ['postgresql' as const] : []),
] as const;

describe.each(kinds)('server on %s', (kind) => {
  const lines: string[] = [];
  const backend = serverBackend(
    kind,
    jsonLogger((line) => lines.push(line)),
  );
  beforeAll(() => backend.start(), 60_000);
  afterAll(() => backend.stop());

  it('logs a database failure by its code and route, never with what was sent', async () => {
    // Any failure of the database will do: here, the timeline refuses every new row.
    await backend
      .database()
      .db.execute(sql`alter table timeline add constraint no_new_rows check (false) not valid`);
    const a = new Agent(backend.baseUrl);
    await a.login('coordination@elan.test');
    const referral = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0];
    const secret = 'Suivie par le juge des enfants, Amandine Rousseau-Delacroix';
    const reply = await a.post('/referrals/{id}/notes', {
      params: { id: referral.id },
      body: { body: secret },
    });
    expect(reply.status).toBe(500);

    const failure = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'unhandled');
    expect(failure).toMatchObject({ route: '/api/referrals/:id/notes', sqlstate: '23514' });
    const logs = lines.join('\n');
    for (const personal of [secret, 'Rousseau', referral.id, referral.lastName])
      expect(logs).not.toContain(personal);
  });
});
