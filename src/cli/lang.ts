import type { Lang } from './labels.js';

/**
 * The CLI's language for a `--lang` value: a locale tag whose language is Japanese or English
 * (`ja`, `ja-JP`, `en`, `en-US`, `EN-gb`…), or undefined for any other.
 *
 * @example
 * ```ts
 * langOfTag('ja-JP'); //=> 'ja'
 * langOfTag('fr'); //=> undefined
 * ```
 */
export function langOfTag(tag: string): Lang | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return undefined;
  }
  const language = canonical.split('-')[0];
  return language === 'ja' || language === 'en' ? language : undefined;
}

/**
 * The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (POSIX
 * precedence); Japanese when that locale is (`ja_JP.UTF-8`, `ja`), else English.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: 'ja_JP.UTF-8' }); //=> 'ja'
 * ```
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja(?:[_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}

/**
 * The language to speak in before the arguments are parsed, so that even a parsing error speaks
 * it: a valid `--lang` (or `--lang=`) wins, else the environment.
 *
 * @example
 * ```ts
 * earlyLang(['--lang', 'ja-JP', '--bogus'], {}); //=> 'ja'
 * ```
 */
export function earlyLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    const lang = value === undefined ? undefined : langOfTag(value);
    if (lang !== undefined) return lang;
  }
  return langFromEnv(env);
}
