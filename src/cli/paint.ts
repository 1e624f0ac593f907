/**
 * Terminal colours for the three kinds of text the CLI prints.
 *
 * @example
 * ```ts
 * const p: Paint = paintFor({ isTTY: true, env: {} });
 * p.closed('休業'); //=> '\u001b[31m休業\u001b[0m'
 * ```
 */
export interface Paint {
  open(text: string): string;
  closed(text: string): string;
  dim(text: string): string;
}

/**
 * Colours only for a person at a terminal: stdout is a TTY and `NO_COLOR` is unset or empty
 * (https://no-color.org). Pipes, files and `--json` get plain text.
 *
 * @example
 * ```ts
 * paintFor({ isTTY: false, env: {} }).open('9:00'); //=> '9:00'
 * ```
 */
export function paintFor(target: { isTTY: boolean; env: Readonly<Record<string, string | undefined>> }): Paint {
  const on = target.isTTY && (target.env.NO_COLOR ?? '') === '';
  const sgr = (code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { open: sgr('32'), closed: sgr('31'), dim: sgr('2') };
}
