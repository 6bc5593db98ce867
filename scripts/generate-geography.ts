// Derives the compact gazetteer both backends use from @etalab/decoupage-administratif (9 MB of
// JSON): current communes with their postal codes, department and EPCI, and each department's
// region; and the departments' names. Run again when the package is updated: `npm run geography:generate`.
// `--check` writes nothing and fails when either file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import communes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import epcis from '@etalab/decoupage-administratif/data/epci.json' with { type: 'json' };
import type { GeographyData } from '../src/domain/gazetteer';

const OUT = new URL('../src/domain/communes.gen.json', import.meta.url);
/** Small enough for the browser: the inbox filters by department. */
const DEPARTMENTS = new URL('../src/domain/departments.gen.json', import.meta.url);

const epciOf = new Map<string, string>();
for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code);

const data: GeographyData = {
  regions: Object.fromEntries(departements.map((d) => [d.code, d.region])),
  // Municipal arrondissements (Paris, Lyon, Marseille) are left out: their commune holds all
  // their postal codes, and "same commune" means the city.
  communes: communes
    .filter((c) => c.type === 'commune-actuelle' && c.codesPostaux?.length)
    .map((c) => [
      c.code,
      c.nom,
      c.departement!,
      epciOf.get(c.code) ?? '',
      c.codesPostaux!.join(' '),
    ]),
};
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [url, next] of [
  [OUT, JSON.stringify(data) + '\n'],
  [
    DEPARTMENTS,
    JSON.stringify(Object.fromEntries(departements.map((d) => [d.code, d.nom])), null, 1) + '\n',
  ],
] as const) {
  if ((await readFile(url, 'utf8').catch(() => '')) === next) continue;
  stale.push(url.pathname);
  if (!check) await writeFile(url, next);
}
if (check && stale.length) {
  console.error(`Stale geography: ${stale.join(', ')}. Run npm run geography:generate.`);
  process.exit(1);
}
console.log(`${data.communes.length} communes; ${stale.length} file(s) written.`);
