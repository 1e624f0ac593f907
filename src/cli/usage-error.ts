/**
 * A mistake in how the command was called or fed: reported in one line, exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('--lang takes ja or en, not "fr"');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory',
};

/**
 * A `UsageError` for a file the CLI could not read or write, in words rather than errno codes.
 *
 * @example
 * ```ts
 * fileError('read', 'holidays.json', Object.assign(new Error('…'), { code: 'ENOENT' })).message;
 * //=> 'cannot read holidays.json: no such file or directory'
 * ```
 */
export function fileError(verb: 'read' | 'write', path: string, error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const problem = (typeof code === 'string' ? FILE_PROBLEMS[code] : undefined) ?? (error as Error).message;
  return new UsageError(`cannot ${verb} ${path}: ${problem}`);
}
