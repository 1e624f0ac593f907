import { type ChildProcess, spawn } from 'node:child_process';
import { CLI, ROOT } from '../cli/cli-build.js';

/**
 * `madoguchi serve` as a child process of the built CLI, on an ephemeral loopback port.
 */
export interface ServeProcess {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** Every stderr line so far. */
  readonly lines: string[];
  /** Sends `signal` (default SIGTERM) and resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `madoguchi serve --port 0 …args` and waits for its "listening" line (or its exit). */
export function startServe(args: readonly string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        lines.push(line);
        const url = line.startsWith('{') ? (JSON.parse(line) as { event?: string; url?: string }) : {};
        if (url.event === 'listening' && url.url !== undefined) {
          resolve({
            child,
            origin: url.url,
            lines,
            stop: (signal = 'SIGTERM') => {
              if (child.exitCode === null) child.kill(signal);
              return exited;
            },
          });
        }
      }
    });
    void exited.then((code) =>
      reject(Object.assign(new Error(`serve exited with ${code} before listening: ${lines.join('\n')}${buffer}`), { code, stderr: lines.join('\n') + buffer })),
    );
  });
}

/** Runs `madoguchi serve …args` expecting it to fail at start: its exit code and stderr. */
export function serveFailure(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return startServe(args).then(
    async (p) => {
      await p.stop();
      throw new Error(`serve ${args.join(' ')} started, expected it to fail`);
    },
    (error: { code: number | null; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}
