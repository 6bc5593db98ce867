import { NewerSchemaError } from '../db/database';

export interface StartConfig {
  port: number;
  host: string;
  dataDir: string;
  url?: string;
  /** Which demo data an empty database gets: 'demo', 'scale' or 'none'. */
  seed?: string;
}

/** Where a PostgreSQL URL points, without its password; null when it is no such URL. */
function serverOf(url: string) {
  if (!URL.canParse(url)) return null;
  const { protocol, hostname, port, pathname } = new URL(url);
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') return null;
  return `${hostname}:${port || 5432}${pathname}`;
}

/**
 * One line that says what is wrong and what to do, for the conditions a person starting Binôme
 * can meet and mend; null for anything else, which keeps its stack trace.
 */
export function explainStartError(error: unknown, config: StartConfig): string | null {
  // Drivers wrap the system error: look at the causes too.
  for (let e = error; e instanceof Error; e = e.cause) {
    const line = explainOne(e, config);
    if (line) return line;
  }
  return null;
}

function explainOne(error: Error, config: StartConfig): string | null {
  const { code, syscall, path } = error as Error & {
    code?: string;
    syscall?: string;
    path?: string;
  };
  if (config.url && !serverOf(config.url))
    return 'DATABASE_URL is not a PostgreSQL URL: write it postgres://user:password@host:5432/database.';
  const where = config.url ? `the database at ${serverOf(config.url)}` : config.dataDir;
  if (error instanceof NewerSchemaError)
    return `${where} was migrated by a newer version of Binôme: update this copy, or set ${config.url ? 'DATABASE_URL' : 'DATA_DIR'} to another database.`;
  if (syscall === 'listen' && code === 'EADDRINUSE')
    return `Port ${config.port} on ${config.host} is already in use: stop the program using it, or set PORT to another port.`;
  if (syscall === 'listen' && (code === 'EACCES' || code === 'EADDRNOTAVAIL'))
    return `Cannot listen on ${config.host}:${config.port} (${code}): set HOST and PORT to an address this machine has and a port above 1023.`;
  if (!config.url && path && ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'].includes(code ?? ''))
    return `Cannot use ${path} as the data folder (${code}): set DATA_DIR to a folder this user may write.`;
  if (config.url) {
    const server = serverOf(config.url);
    if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH')
      return `Cannot reach the PostgreSQL server at ${server} (${code}): check that it runs, and DATABASE_URL.`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return `Cannot find the host of DATABASE_URL (${server}): check DATABASE_URL.`;
    if (code === '28P01' || code === '28000')
      return `The PostgreSQL server at ${server} refused the user or password of DATABASE_URL.`;
    if (code === '3D000')
      return `The database of DATABASE_URL (${server}) does not exist: create it, or name another.`;
  }
  return null;
}
