import { writeFileSync } from 'node:fs';
import { MadoguchiError } from '../index.js';
import { parseInvocation } from './args.js';
import { execute } from './commands.js';
import { exportConnect } from './export-connect.js';
import { paintFor } from './paint.js';
import { fileError, UsageError } from './usage-error.js';

/** Mistakes in how the CLI was called or fed: one line on stderr, exit code 2, no stack trace. */
function isUserError(error: unknown): error is Error {
  if (error instanceof UsageError || error instanceof MadoguchiError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function firstLine(message: string): string {
  // parseArgs appends advice about '--' after the sentence that names the problem.
  return (message.split('\n')[0] ?? '').replace(/\. To specify a positional argument.*$/, '').trim();
}

function write(text: string, file: string | undefined): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (file === undefined) {
    process.stdout.write(body);
    return;
  }
  try {
    writeFileSync(file, body);
  } catch (error) {
    throw fileError('write', file, error);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    // `export connect` (Amazon Connect hours of operation) parses its own options.
    if (argv[0] === 'export') {
      write(await exportConnect(argv.slice(1)), undefined);
      return 0;
    }
    const invocation = parseInvocation(argv, process.env);
    const json = 'json' in invocation && invocation.json;
    const output = await execute(invocation, Date.now, paintFor({ isTTY: process.stdout.isTTY === true && !json, env: process.env }));
    write(output.text, output.file);
    return 0;
  } catch (error) {
    if (!isUserError(error)) throw error;
    process.stderr.write(`madoguchi: ${firstLine(error.message)}\n`);
    return 2;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main(process.argv.slice(2));
