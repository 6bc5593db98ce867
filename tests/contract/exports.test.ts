import { sql } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agent, backend, ELAN, PASSERELLES } from './setup';

// Exports: the list's filters choose the rows, French labels and dates, the columns on screen
// or all, pseudonymised on demand, audited, refused to mentors.

/** Lines of a CSV export, BOM checked and removed; cells split on `;` (the seed has no quoted `;`). */
function csvLines(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(1, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
}

const auditOf = async (action: string) =>
  (
    (await backend
      .database()
      .db.execute(
        sql`select actor_name, fields, details from audit where action = ${action} order by at`,
      )) as unknown as {
      rows: { actor_name: string; fields: string[]; details: Record<string, unknown> }[];
    }
  ).rows;

describe('GET /exports/{kind}', () => {
  it('writes the referrals a list shows, with its filters, in French, for French spreadsheets', async () => {
    const a = await agent(ELAN.coordinator);
    const filters = { status: ['TO_CONTACT', 'QUALIFIED'], channel: ['1J1S'] };
    const list = await a.get('/referrals', { query: { ...filters, pageSize: 1 } });
    const reply = await a.get('/exports/{kind}', { params: { kind: 'referrals' }, query: filters });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="orientations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = csvLines(reply.body);
    expect(header!.slice(0, 5)).toEqual([
      'Identifiant',
      'Reçue le',
      'Canal',
      'Référence de la plateforme',
      'Statut',
    ]);
    expect(rows).toHaveLength(list.body.total);
    expect(list.body.total).toBeGreaterThan(5);
    const at = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(['À contacter', 'Qualifiée']).toContain(row[at('Statut')]);
      expect(row[at('Canal')]).toBe('Plateforme 1jeune1solution');
      expect(row[at('Date de naissance')]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(row[at('Reçue le')]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    }
  });

  it('writes only the columns on screen when asked, the identifier always', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.get('/exports/{kind}', {
      params: { kind: 'mentors' },
      query: { columns: 'name,status' },
    });
    expect(csvLines(reply.body)[0]).toEqual([
      'Identifiant',
      'Prénom',
      'Nom',
      'Statut',
      'Courriel',
      'Téléphone',
    ]);
  });

  it('pseudonymises names and contacts with one stable code per person', async () => {
    const a = await agent(ELAN.coordinator);
    const query = { acceptedFrom: '2000-01-01', pseudonymise: 'true' };
    const plain = csvLines(
      (
        await a.get('/exports/{kind}', {
          params: { kind: 'mentorships' },
          query: { acceptedFrom: '2000-01-01' },
        })
      ).body,
    );
    const first = csvLines(
      (await a.get('/exports/{kind}', { params: { kind: 'mentorships' }, query })).body,
    );
    const second = csvLines(
      (await a.get('/exports/{kind}', { params: { kind: 'mentorships' }, query })).body,
    );
    expect(first).toEqual(second);
    expect(first).toHaveLength(plain.length);
    const header = first[0]!;
    const mentee = header.indexOf('Jeune : prénom');
    const mentorName = header.indexOf('Mentor : nom');
    for (const row of first.slice(1)) {
      expect(row[mentee]).toMatch(/^J-[0-9A-Z_-]{8}$/);
      expect(row[header.indexOf('Jeune : nom')]).toBe(row[mentee]);
      expect(row[mentorName]).toMatch(/^M-[0-9A-Z_-]{8}$/);
    }
    // No name of the plain file is left in the pseudonymised one.
    const names = new Set(plain.slice(1).map((row) => row[mentorName]));
    expect(first.slice(1).some((row) => row.some((cell) => names.has(cell)))).toBe(false);
    // One code per person: a code never stands for two names, and a mentor with several pairs
    // keeps theirs.
    const fullName = (row: string[]) => `${row[mentorName - 1]} ${row[mentorName]}`;
    const namesOf = new Map<string, Set<string>>();
    for (const [i, row] of first.slice(1).entries())
      namesOf.set(
        row[mentorName]!,
        (namesOf.get(row[mentorName]!) ?? new Set()).add(fullName(plain[i + 1]!)),
      );
    expect([...namesOf.values()].every((set) => set.size === 1)).toBe(true);
    expect(namesOf.size).toBeLessThan(first.length - 1);
  });

  it('writes an XLSX with typed cells: dates as dates, numbers as numbers', async () => {
    const a = await agent(ELAN.coordinator);
    const list = await a.get('/mentors', { query: { status: ['AVAILABLE'], pageSize: 1 } });
    const reply = await a.get('/exports/{kind}', {
      params: { kind: 'mentors' },
      query: { status: ['AVAILABLE'], format: 'xlsx' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Disposition')).toMatch(/mentors-.*\.xlsx"$/);
    const files = unzipSync(reply.bytes);
    expect(Object.keys(files)).toContain('xl/workbook.xml');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(list.body.total + 1);
    expect(sheet).toContain('<t xml:space="preserve">Disponible</t>');
    // "Places" (column P) holds numbers; "Inscrit·e le" (column U) dates with a time.
    expect(sheet).toMatch(/<c r="P2"><v>\d+<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="U2" s="2"><v>\d+\.?\d*<\/v><\/c>/);
  });

  it('writes the meetings of a period and the indicators', async () => {
    const a = await agent(ELAN.coordinator);
    const meetings = csvLines(
      (
        await a.get('/exports/{kind}', {
          params: { kind: 'meetings' },
          query: { from: '2000-01-01', to: '2100-01-01' },
        })
      ).body,
    );
    expect(meetings[0]).toEqual([
      'Identifiant',
      'Binôme',
      'Date',
      'Durée (min)',
      'Modalité',
      'Présence',
      'Thèmes',
      'Difficulté signalée',
    ]);
    expect(meetings.length).toBeGreaterThan(100);
    const indicators = csvLines(
      (await a.get('/exports/{kind}', { params: { kind: 'indicators' } })).body,
    );
    expect(indicators[0]).toEqual(['Indicateur', 'Détail', 'Valeur']);
    const figures = await a.get('/dashboard/indicators');
    expect(indicators).toContainEqual([
      'Orientations reçues',
      '',
      String(figures.body.referralsReceived),
    ]);
  });

  it('leaves an audit entry: who, what, which filters, how many rows', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.get('/exports/{kind}', {
      params: { kind: 'referrals' },
      query: { status: ['QUALIFIED'], columns: 'name', pseudonymise: 'true' },
    });
    const rows = csvLines(reply.body).length - 1;
    const [entry] = await auditOf('export.referrals');
    expect(entry).toMatchObject({
      fields: ['Identifiant', 'Prénom', 'Nom', 'Date de naissance', 'Courriel', 'Téléphone'].filter(
        (label) => csvLines(reply.body)[0]!.includes(label),
      ),
      details: {
        format: 'csv',
        filters: { status: ['QUALIFIED'] },
        pseudonymised: true,
        rows,
        complete: true,
      },
    });
    expect(entry!.actor_name).not.toBe('Système');
  });

  it('refuses mentors (403) and keeps each association to its own records', async () => {
    const mentor = await agent(ELAN.mentor);
    expect((await mentor.get('/exports/{kind}', { params: { kind: 'referrals' } })).status).toBe(
      403,
    );
    const other = await agent(PASSERELLES.coordinator);
    const theirs = csvLines(
      (await other.get('/exports/{kind}', { params: { kind: 'referrals' } })).body,
    );
    const ours = csvLines(
      (
        await (
          await agent(ELAN.coordinator)
        ).get('/exports/{kind}', { params: { kind: 'referrals' } })
      ).body,
    );
    const ourIds = new Set(ours.slice(1).map((row) => row[0]));
    expect(theirs.slice(1).some((row) => ourIds.has(row[0]))).toBe(false);
    expect(theirs.length).toBeGreaterThan(1);
  });

  it('refuses an unknown kind (404) and malformed options (400)', async () => {
    const a = await agent(ELAN.coordinator);
    expect((await a.get('/exports/{kind}', { params: { kind: 'passwords' } })).status).toBe(404);
    expect(
      (await a.get('/exports/{kind}', { params: { kind: 'referrals' }, query: { format: 'pdf' } }))
        .status,
    ).toBe(400);
    expect(
      (await a.get('/exports/{kind}', { params: { kind: 'referrals' }, query: { status: 'NOPE' } }))
        .status,
    ).toBe(400);
  });
});
