import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidate, youngPerson } from './bodies';
import type { Agent, Reply } from './http';
import { contractOperations, resolveRef } from './openapi';
import { ELAN, ELAN_INTAKE_KEY, PASSERELLES, agent, backend } from './setup';

// Every operation of the contract, called by each role and by the other association, with
// random and malformed bodies, parameters and content types. Whatever arrives: no server error,
// an answer the contract declares (the agent checks each one), and a refused request changes
// nothing.

type Json = Record<string, unknown>;
type Operation = { method: string; template: string; spec: Json };

const operations: Operation[] = [...contractOperations];
// Logging out ends the session the other operations use: last.
operations.sort(
  (a, b) => Number(a.template === '/auth/logout') - Number(b.template === '/auth/logout'),
);

/** What a mentor may do (src/domain/permissions.ts, written out as a specification). */
const MENTOR_MAY = new Set(['session', 'mentorships.read', 'meetings.log', 'profile.mentor']);

const deref = (node: unknown): Json => {
  const n = node as Json;
  return (n?.$ref ? deref(resolveRef(n.$ref as string)) : n) ?? {};
};

/** A plausible value of a JSON schema: the right shape and types, not always valid values. */
function sampleOf(schema: unknown, depth = 0): unknown {
  const s = deref(schema);
  if (depth > 6) return null;
  if (s.enum) return (s.enum as unknown[])[0];
  if (s.const !== undefined) return s.const;
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (variants)
    return sampleOf(variants.find((v) => deref(v).type !== 'null') ?? variants[0], depth + 1);
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, sampleOf(value, depth + 1)]),
      );
    }
    case 'array':
      return [sampleOf(s.items, depth + 1)];
    case 'integer':
    case 'number':
      return (s.minimum as number | undefined) ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'date') return '2026-11-20';
      if (s.format === 'date-time') return '2026-11-20T10:00:00Z';
      if (s.format === 'email') return 'fuzz@exemple.fr';
      return 'Fuzz';
    default:
      return null;
  }
}

/** Wrong values for a field: other types, sizes and characters. */
const WRONG = [
  null,
  -1,
  1e308,
  '',
  'x'.repeat(10_000),
  'Nul\u0000Byte',
  '\u200B',
  [],
  {},
  true,
  '2026-02-30',
  '<script>alert(1)</script>',
  "'; drop table referrals; --",
];

const seeded = <T>(arbitrary: fc.Arbitrary<T>, seed: number, numRuns: number) =>
  fc.sample(arbitrary, { seed, numRuns });

/** Bodies for an operation: the plausible one, each field made wrong in turn, random JSON. */
function bodiesFor(op: Operation, seed: number): { raw: string; type?: string }[] {
  const content = (deref(op.spec.requestBody).content ?? {}) as Record<string, Json>;
  const plausible =
    op.template === '/intake/referrals'
      ? youngPerson('1J1S-FUZZ')
      : op.template === '/mentors'
        ? candidate()
        : sampleOf(content['application/json']?.schema);
  const json = (value: unknown) => ({ raw: JSON.stringify(value) ?? 'null' });
  const fields = plausible && typeof plausible === 'object' ? Object.keys(plausible) : [];
  const mutated = seeded(
    fc.tuple(fc.constantFrom(...(fields.length ? fields : ['x'])), fc.constantFrom(...WRONG)),
    seed,
    4,
  ).map(([field, wrong]) => json({ ...(plausible as Json), [field]: wrong }));
  return [
    json(plausible),
    ...mutated,
    ...seeded(fc.jsonValue({ maxDepth: 3 }), seed, 2).map(json),
    { raw: '{"a":' },
    { raw: '['.repeat(5000) + ']'.repeat(5000) },
    { raw: JSON.stringify(plausible), type: 'text/plain' },
    { raw: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
  ];
}

/** Query strings for an operation: each declared parameter given odd values. */
function queriesFor(op: Operation, seed: number): Record<string, string>[] {
  const names = ((op.spec.parameters ?? []) as unknown[])
    .map(deref)
    .filter((p) => p.in === 'query')
    .map((p) => p.name as string);
  if (!names.length) return [{}];
  const odd = fc.oneof(
    fc.constantFrom('', '-1', '0', '1e309', 'abc', '2026-13-45', '\u0000', 'x'.repeat(300), '[]'),
    fc.string({ maxLength: 20 }),
  );
  return [{}, ...seeded(fc.dictionary(fc.constantFrom(...names), odd, { minKeys: 1 }), seed, 3)];
}

/** A record of Élan for each kind of path id, and ids that name nothing. */
async function elanIds() {
  const staff = await agent(ELAN.admin);
  const first = async (path: string, query: Json = {}) =>
    ((await staff.get(path, { query: { pageSize: 1, ...query } as never })).body.items ?? [])[0]
      ?.id as string;
  const pair = await first('/mentorships', { status: 'ACTIVE' });
  const meetings = await staff.get('/mentorships/{id}/meetings', { params: { id: pair } });
  const views = await staff.get('/saved-views');
  return {
    referrals: await first('/referrals'),
    mentors: await first('/mentors'),
    mentorships: pair,
    meetings: meetings.body.items[0].id as string,
    'saved-views': (views.body as { id: string }[])[0]?.id ?? 'view_none',
    users: await first('/users'),
  } as Record<string, string>;
}

/** Everything the API can change, hashed; what changes with any visit (sessions, audit) left out. */
async function fingerprint() {
  const result = (await backend.database().db.execute(sql`
    select md5(coalesce(string_agg(h, '' order by h), '')) as hash from (
      select md5(t::text) h from referrals t union all
      select md5(t::text) from mentors t union all
      select md5(t::text) from mentorships t union all
      select md5(t::text) from meetings t union all
      select md5(t::text) from interviews t union all
      select md5(t::text) from timeline t union all
      select md5(t::text) from saved_views t union all
      select md5(t::text) from settings t union all
      select md5(t::text) from associations t union all
      select md5(row(u.id, u.version, u.email, u.first_name, u.last_name, u.role, u.active,
        u.mentor_id, u.password_hash)::text) from users u
    ) rows`)) as unknown as { rows: { hash: string }[] };
  return result.rows[0]!.hash;
}

type Caller = { name: string; agent: Agent };

/** One operation, by every caller, with every odd input; checks each answer and the database. */
async function fuzz(op: Operation, seed: number, callers: Caller[], ids: Record<string, string>) {
  const needs = op.spec['x-permission'] as string | undefined;
  const resource = op.template.split('/')[1]!;
  const pathIds = op.template.includes('{id}')
    ? [ids[resource] ?? 'x', 'x'.repeat(65), 'nope_0000', 'a b;c']
    : [undefined];
  const bodies = op.method === 'GET' || op.method === 'DELETE' ? [undefined] : bodiesFor(op, seed);
  const queries = queriesFor(op, seed);
  const before = await fingerprint();
  let succeeded = false;

  for (const { name, agent: caller } of callers) {
    // Ids that name nothing, once; a real record of Élan for every caller.
    for (const id of name === 'admin' ? pathIds : pathIds.slice(0, 1)) {
      for (const [i, body] of bodies.entries()) {
        const query = queries[i % queries.length]!;
        const headers: Record<string, string> = {
          'If-Match': '"1"',
          ...(op.template === '/intake/referrals' && i % 2 ? { 'X-API-Key': ELAN_INTAKE_KEY } : {}),
          ...(body?.type ? { 'Content-Type': body.type } : {}),
        };
        const reply: Reply = await caller.send(op.method, op.template, {
          params: { id: id ?? '', kind: ['meetings', 'referrals', 'nope'][i % 3]! },
          query,
          headers,
          ...(body ? { rawBody: body.raw } : {}),
        });
        const what = `${name} ${op.method} ${op.template} ${id ?? ''} ${body?.raw.slice(0, 80) ?? ''} ${JSON.stringify(query).slice(0, 80)} → ${reply.status}`;
        // 501 is an operation not built yet, said on purpose; any other 5xx is a failure.
        expect(reply.status < 500 || reply.status === 501, what).toBe(true);
        if (reply.status < 300) succeeded = true;
        if (name === 'anonymous' && needs) expect(reply.status, what).toBe(401);
        if (name === 'mentor' && needs && !MENTOR_MAY.has(needs))
          expect(reply.status, what).toBe(403);
        if (name === 'other association' && id !== undefined && id === ids[resource])
          expect(reply.status, what).toBeGreaterThanOrEqual(400);
      }
    }
  }
  // A write that accepted a plausible body may change things; nothing else may.
  if (!succeeded || op.method === 'GET')
    expect(await fingerprint(), `${op.method} ${op.template} changed data`).toBe(before);
}

// One test per tag of the contract: each starts from the seed with fresh sessions.
const byTag = new Map<string, { op: Operation; seed: number }[]>();
for (const [seed, op] of operations.entries()) {
  const tag = (op.spec.tags as string[])[0]!;
  byTag.set(tag, [...(byTag.get(tag) ?? []), { op, seed }]);
}

describe('fuzz: every operation, every role, odd input', () => {
  it.each([...byTag])(
    '%s operations',
    async (_tag, group) => {
      const ids = await elanIds();
      const callers: Caller[] = [
        { name: 'anonymous', agent: await agent() },
        { name: 'admin', agent: await agent(ELAN.admin) },
        { name: 'coordinator', agent: await agent(ELAN.coordinator) },
        { name: 'mentor', agent: await agent(ELAN.mentor) },
        { name: 'other association', agent: await agent(PASSERELLES.coordinator) },
      ];
      for (const { op, seed } of group) await fuzz(op, seed, callers, ids);
      // Hundreds of requests a test: a slow machine takes its time.
    },
    600_000,
  );
});
