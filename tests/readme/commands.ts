import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

// The README's commands, run as a newcomer runs them: `npm …` in a folder of their own, with a
// plain shell environment (none of the test runner's variables).

export const root = path.resolve(import.meta.dirname, '../..');

/** The project's files as a clone has them, plus new ones not yet committed nor ignored. */
export const projectFiles = () =>
  execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);

/** A fresh folder holding the project's files as a clone would (no .data, no dist). */
export async function freshCopy(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'binome-fresh-'));
  for (const file of projectFiles()) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await cp(path.join(root, file), path.join(dir, file)).catch((error: { code?: string }) => {
      // A file deleted in the working tree but not yet in the index.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  // `npm install` is what .ci/run did before the tests: reuse its result.
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Command {
  child: ChildProcess;
  lines: string[];
  stderr: string[];
  exited: Promise<number | null>;
  /** Resolves with the first stdout line that matches, or rejects if the command exits first. */
  line(pattern: RegExp): Promise<string>;
  /** Ctrl+C in the terminal: SIGINT to the whole process group, then wait until all have exited. */
  stop(): Promise<void>;
}

export function run(cwd: string, args: string[], env: Record<string, string> = {}): Command {
  const child = spawn('npm', args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      LANG: 'C.UTF-8',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  const waiting = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of waiting) if (w.pattern.test(line)) w.resolve(line);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // npm may exit before the program it started: that one holds stdout until it has stopped.
  const closed = new Promise<void>((resolve) => child.stdout!.on('close', resolve));
  return {
    child,
    lines,
    stderr,
    exited,
    line(pattern) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const entry = { pattern, resolve };
        waiting.add(entry);
        void exited.then((code) =>
          reject(
            new Error(
              `npm ${args.join(' ')} exited with ${code} before printing ${pattern}:\n${[...lines, ...stderr].join('\n')}`,
            ),
          ),
        );
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGINT');
      await Promise.all([exited, closed]);
    },
  };
}

/** The URL the server logged when it started listening. */
export async function listeningUrl(command: Command): Promise<string> {
  const line = await command.line(/"event":"listening"/);
  return (JSON.parse(line) as { url: string }).url;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
