/**
 * A message in both languages the CLI speaks.
 *
 * @example
 * ```ts
 * const text: Text = { ja: '--out は --ics と一緒に指定します', en: '--out goes with --ics' };
 * ```
 */
export interface Text {
  readonly ja: string;
  readonly en: string;
}

/**
 * A mistake in how the command was called or fed: reported in one line in the user's language,
 * exit code 2. `message` is the English text.
 *
 * @example
 * ```ts
 * throw new UsageError({ ja: '--lang には ja か en を指定します', en: '--lang takes ja or en' });
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly text: Text;
  /** A `Text` in both languages; a plain string is shown as it is in either. */
  constructor(text: Text | string) {
    const both = typeof text === 'string' ? { ja: text, en: text } : text;
    super(both.en);
    this.text = both;
  }
}

const FILE_PROBLEMS: Readonly<Record<string, Text>> = {
  ENOENT: { ja: 'ファイルがありません', en: 'no such file or directory' },
  EACCES: { ja: '権限がありません', en: 'permission denied' },
  EISDIR: { ja: 'ディレクトリです', en: 'it is a directory' },
  ENOTDIR: { ja: '途中のパスがディレクトリではありません', en: 'a parent is not a directory' },
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
  const raw = (error as Error).message;
  const problem = (typeof code === 'string' ? FILE_PROBLEMS[code] : undefined) ?? { ja: raw, en: raw };
  return new UsageError({
    ja: `${path} を${verb === 'read' ? '読め' : '書け'}ません: ${problem.ja}`,
    en: `cannot ${verb} ${path}: ${problem.en}`,
  });
}
