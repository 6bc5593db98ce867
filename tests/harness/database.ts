import { PGlite } from '@electric-sql/pglite';
import { readFile, writeFile } from 'node:fs/promises';
import { wrapPglite, type Database } from '../../server/db/database';
import { seedIfEmpty } from '../../server/db/seed';
import { nodeScrypt } from '../../server/node/scrypt';

// The server's database for tests that run the app in process: PGlite, migrated and seeded once
// (1.7 s for a new PGlite, 1.4 s for migrations and the demo seed, measured here), dumped, then
// opened afresh from the dump for each test (0.5 s), so every test starts from the seed and the
// app runs its transactions exactly as in production.

/** A migrated, seeded PGlite, written to `file` as a data-dir dump (the slow part, done once). */
export async function writeSeededDump(file: string, now?: Date) {
  const client = await PGlite.create();
  const database = wrapPglite(client);
  await database.migrate();
  await seedIfEmpty(database.db, nodeScrypt, { now });
  const dump = await client.dumpDataDir('none');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  await database.close();
}

// The dump (about 45 MB) is read from disk once per worker, not once per test.
const dumps = new Map<string, Promise<Blob>>();

/** A PGlite opened on a dump written by `writeSeededDump`. */
export async function openDump(file: string): Promise<Database> {
  if (!dumps.has(file))
    dumps.set(
      file,
      readFile(file).then((bytes) => new Blob([bytes])),
    );
  return wrapPglite(await PGlite.create({ loadDataDir: await dumps.get(file)! }));
}
