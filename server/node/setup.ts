import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  FIRST_RUN_FIELDS,
  NotEmptyError,
  createFirstAssociation,
  type FirstRun,
} from '../db/first-run';
import type { Database } from '../db/database';
import { openDatabase } from './open-database';
import { nodeScrypt } from './scrypt';
import { explainStartError } from './start-errors';

// `npm run setup`: the association and its first admin, in an empty database (DATABASE_URL, or
// PGlite in DATA_DIR). Each answer comes from the environment (automation) or is asked for.
const QUESTIONS: Record<keyof FirstRun, { variable: string; label: string }> = {
  association: { variable: 'BINOME_ASSOCIATION', label: 'Nom de l’association' },
  email: { variable: 'BINOME_ADMIN_EMAIL', label: 'E-mail de l’administrateur' },
  firstName: { variable: 'BINOME_ADMIN_FIRST_NAME', label: 'Prénom' },
  lastName: { variable: 'BINOME_ADMIN_LAST_NAME', label: 'Nom' },
  password: { variable: 'BINOME_ADMIN_PASSWORD', label: 'Mot de passe (12 caractères au moins)' },
};

const root = path.resolve(import.meta.dirname, '../..');
const config = {
  url: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(root, process.env.DATA_DIR || '.data/pglite'),
};

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** A line typed without echo: a password must not stay on the screen. */
async function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  process.stdin.setRawMode(true);
  let typed = '';
  try {
    for await (const chunk of process.stdin) {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return typed;
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    }
    return typed;
  } finally {
    process.stdin.setRawMode(false);
    process.stdin.pause();
    process.stdout.write('\n');
  }
}

async function answers(): Promise<FirstRun> {
  const out: Partial<Record<keyof FirstRun, unknown>> = {};
  const interactive = process.stdin.isTTY;
  for (const [key, { variable, label }] of Object.entries(QUESTIONS) as [
    keyof FirstRun,
    (typeof QUESTIONS)[keyof FirstRun],
  ][]) {
    const schema = FIRST_RUN_FIELDS[key];
    const given = process.env[variable];
    if (given !== undefined || !interactive) {
      if (given === undefined)
        stop(`Set ${variable} (${label}), or run npm run setup in a terminal.`);
      const parsed = schema.safeParse(given);
      if (!parsed.success) stop(`${variable}: ${parsed.error.issues[0]!.message}`);
      out[key] = parsed.data;
      continue;
    }
    for (;;) {
      let typed: string;
      if (key === 'password') typed = await askHidden(`${label} : `);
      else {
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        typed = await rl.question(`${label} : `);
        rl.close();
      }
      const parsed = schema.safeParse(typed);
      if (parsed.success) {
        out[key] = parsed.data;
        break;
      }
      process.stdout.write(`  ${parsed.error.issues[0]!.message}\n`);
    }
  }
  return out as FirstRun;
}

const input = await answers();
let database: Database;
try {
  database = await openDatabase(config);
  await database.migrate();
} catch (error) {
  const line = explainStartError(error, { ...config, port: 0, host: '' });
  if (!line) throw error;
  stop(`Binôme cannot set up: ${line}`);
}
try {
  const { intakeKey } = await createFirstAssociation(database.db, nodeScrypt, input, new Date());
  process.stdout.write(
    [
      `« ${input.association} » est créée ; ${input.email} peut se connecter.`,
      `Clé d’API pour 1jeune1solution (affichée une seule fois) : ${intakeKey}`,
      '',
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof NotEmptyError) stop(error.message);
  throw error;
} finally {
  await database.close();
}
