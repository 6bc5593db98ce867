// Structured logs, one JSON object a line. Never personal data: no names, emails, bodies or
// query strings (a search is a name); paths are logged as their route template.
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function jsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log =
    (level: string) =>
    (event: string, fields: LogFields = {}) =>
      write(JSON.stringify({ at: new Date().toISOString(), level, event, ...fields }));
  return { info: log('info'), error: log('error') };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
