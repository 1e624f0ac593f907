import { writeFileSync } from 'node:fs';
import { MadoguchiError } from '../index.js';
import { parseInvocation } from './args.js';
import { COMMANDS } from './command-table.js';
import { helpText, VERSION } from './help.js';
import { earlyLang } from './lang.js';
import { paintFor } from './paint.js';
import { fileError, UsageError } from './usage-error.js';

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

/** Mistakes in how the CLI was called or fed: one line on stderr in the user's language, exit code 2, no stack trace. */
async function main(argv: readonly string[]): Promise<number> {
  const lang = earlyLang(argv, process.env);
  try {
    const invocation = parseInvocation(argv, process.env, COMMANDS);
    if (invocation.kind === 'help') write(helpText(lang), undefined);
    else if (invocation.kind === 'version') write(VERSION, undefined);
    else if (invocation.kind === 'raw') {
      const paint = paintFor({ isTTY: process.stdout.isTTY === true, env: process.env });
      const result = await invocation.command.run(invocation.argv, { now: Date.now, paint, env: process.env });
      if (typeof result === 'number') return result;
      write(result.text, result.file);
    } else {
      const json = invocation.args.values.json === true;
      const paint = paintFor({ isTTY: process.stdout.isTTY === true && !json, env: process.env });
      const output = await invocation.command.run(invocation.args, { now: Date.now, paint, env: process.env });
      write(output.text, output.file);
      for (const warning of output.warnings ?? []) process.stderr.write(`madoguchi: ${warning[lang]}\n`);
    }
    return 0;
  } catch (error) {
    let message: string;
    if (error instanceof UsageError) message = error.text[lang];
    else if (error instanceof MadoguchiError) message = error.message;
    else throw error;
    process.stderr.write(`madoguchi: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main(process.argv.slice(2));
