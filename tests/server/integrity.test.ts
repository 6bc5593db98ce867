import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../contract/http';
import { serverBackend } from '../contract/server-backends';

// What only a real database can show: concurrent requests and failures inside a transaction.
const kinds = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? ['postgresql' as const] : []),
] as const;

describe.each(kinds)('server on %s', (kind) => {
  const backend = serverBackend(kind);
  beforeAll(() => backend.start(), 60_000);
  beforeEach(() => backend.reset(), 60_000);
  afterAll(() => backend.stop());

  /** Rows of a raw query, on either driver. */
  const queryRows = async <T>(query: ReturnType<typeof sql>) =>
    ((await backend.database().db.execute(query)) as unknown as { rows: T[] }).rows;

  const coordinator = async () => {
    const a = new Agent(backend.baseUrl);
    await a.login('coordination@elan.test');
    return a;
  };

  it('lets one of two concurrent updates of a record win; the other gets 409 and nothing is lost', async () => {
    const [a, b] = await Promise.all([coordinator(), coordinator()]);
    const referral = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } }))
      .body.items[0];
    const send = (agent: Agent, to: string, reason?: string) =>
      agent.post('/referrals/{id}/transitions', {
        params: { id: referral.id },
        headers: { 'If-Match': `"${referral.version}"` },
        body: { to, ...(reason ? { reason } : {}) },
      });
    const replies = await Promise.all([
      send(a, 'QUALIFIED'),
      send(b, 'NOT_ELIGIBLE', 'Hors territoire'),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies.find((r) => r.status === 200)!;
    const loser = replies.find((r) => r.status === 409)!;
    // The loser is told what the record is now, to reapply on top of it.
    expect(loser.body.current).toMatchObject({
      version: referral.version + 1,
      status: winner.body.status,
    });
    const now = await a.get('/referrals/{id}', { params: { id: referral.id } });
    expect(now.body).toMatchObject({ status: winner.body.status, version: referral.version + 1 });
    const events = (
      await a.get('/referrals/{id}/timeline', { params: { id: referral.id } })
    ).body.filter(
      (e: { kind: string; at: string }) =>
        e.kind === 'STATUS_CHANGED' && e.at >= referral.receivedAt,
    );
    expect(
      events.filter((e: { to: string }) => e.to === 'QUALIFIED' || e.to === 'NOT_ELIGIBLE'),
    ).toHaveLength(1);
  });

  it('books a mentor’s last free place once when two proposals race for it', async () => {
    const [a, b] = await Promise.all([coordinator(), coordinator()]);
    // A mentor with exactly one free place, able to take any adult waiting.
    const [mentor] = await queryRows<{ id: string; capacity: number }>(sql`
      update mentors set capacity = active_pairs + 1, status = 'AVAILABLE',
        modalities = '{REMOTE,PUBLIC_PLACE}', honorability_check = '{"type":"B3","date":"2026-01-01","result":"VALID"}'::jsonb
      where id = (select id from mentors where association_id = 'asso_elan' and status in ('AVAILABLE', 'FULL') order by id limit 1)
      returning id, capacity`);
    const waiting = (
      await a.get('/referrals', {
        query: { status: 'AWAITING_MATCH', ageBand: ['18_20', '21_25'], pageSize: 2 },
      })
    ).body.items;
    expect(waiting).toHaveLength(2);
    const replies = await Promise.all(
      waiting.map((r: { id: string }, i: number) =>
        (i ? b : a).post('/mentorships', { body: { referralId: r.id, mentorId: mentor!.id } }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    const [after] = await queryRows<{ active_pairs: number; status: string }>(
      sql`select active_pairs, status from mentors where id = ${mentor!.id}`,
    );
    expect(after).toEqual({ active_pairs: mentor!.capacity, status: 'FULL' });
    const loser = waiting[replies.findIndex((r) => r.status === 409)];
    expect((await a.get('/referrals/{id}', { params: { id: loser.id } })).body.status).toBe(
      'AWAITING_MATCH',
    );
  });

  it('leaves nothing half-applied when the database fails in the middle of a bulk action', async () => {
    const a = await coordinator();
    const rows = (
      await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 3, sort: 'lastName' } })
    ).body.items;
    const ids = rows.map((r: { id: string }) => r.id).sort();
    const db = backend.database().db;
    // The database itself refuses the second row's update, after the first one went through.
    await db.execute(
      sql.raw(`create function fail_on_second() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure'; end $$`),
    );
    await db.execute(
      sql.raw(`create trigger fail_on_second before update on referrals
      for each row when (old.id = '${ids[1]}') execute function fail_on_second()`),
    );
    const reply = await a.post('/referrals/bulk', {
      body: { action: 'TRANSITION', to: 'QUALIFIED', ids },
    });
    expect(reply.status).toBe(500);
    expect(reply.headers.get('Content-Type')).toContain('application/problem+json');
    for (const row of rows) {
      expect((await a.get('/referrals/{id}', { params: { id: row.id } })).body).toMatchObject({
        status: 'TO_CONTACT',
        version: row.version,
      });
    }
    const [audit] = await queryRows<{ n: number }>(
      sql`select count(*)::int as n from audit where action like 'referral.bulk.%'`,
    );
    expect(audit!.n).toBe(0);
  });
});
