import type { Text } from './usage-error.js';

// Every usage message of the CLI, in both languages, built in one place. Values are quoted as typed.

const list = (items: readonly string[], lang: 'ja' | 'en'): string =>
  lang === 'ja' ? items.join('、') : items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The forms `--at` takes, as the parser reads them.
 *
 * @example
 * ```ts
 * AT_FORMS.en.includes('2026-11-25T10:00+09:00'); //=> true
 * ```
 */
export const AT_FORMS: Text = {
  ja: 'YYYY-MM-DDTHH:MM[:SS[.sss]] に Z か +09:00 のようなオフセットを付けた日時（例: 2026-11-25T10:00+09:00、2026-11-25T01:00Z）',
  en: 'YYYY-MM-DDTHH:MM[:SS[.sss]] with Z or an offset such as +09:00 (e.g. 2026-11-25T10:00+09:00 or 2026-11-25T01:00Z)',
};

/**
 * The CLI's usage messages.
 *
 * @example
 * ```ts
 * messages.givenTwice('--at').en; //=> '--at is given twice; give it once'
 * ```
 */
export const messages = {
  unknownCommand: (name: string, names: readonly string[]): Text => ({
    ja: `「${name}」というコマンドはありません。コマンドは ${list(names, 'ja')} です（--help を参照）`,
    en: `unknown command "${name}"; the commands are ${list(names, 'en')} (see --help)`,
  }),
  npmSwallowed: (value: string, script: string): Text => ({
    ja: `「${value}」はコマンドではありません。npm ${script} --at … と書くと npm が --at などを自分のオプションとして取り除きます。npm ${script} -- --at … のように -- の後に書いてください`,
    en: `"${value}" is no command: npm ${script} --at … lets npm take --at (and --lang, --json…) as its own options and pass on only their values; write npm ${script} -- --at …`,
  }),
  unexpectedArgument: (arg: string, command: string): Text => ({
    ja: `${command} の後の「${arg}」は余分な引数です`,
    en: `unexpected argument "${arg}" after ${command}`,
  }),
  optionNotTaken: (command: string, option: string, accepted: readonly string[]): Text => ({
    ja: `${command} は ${option} を受け付けません（受け付けるオプション: ${list(accepted, 'ja') || 'なし'}）`,
    en: `${command} does not take ${option} (it takes ${list(accepted, 'en') || 'no options'})`,
  }),
  givenTwice: (option: string): Text => ({ ja: `${option} が 2 回指定されています。1 回だけ指定してください`, en: `${option} is given twice; give it once` }),
  unknownOption: (option: string): Text => ({
    ja: `「${option}」というオプションはありません（--help を参照）`,
    en: `unknown option '${option}' (see --help)`,
  }),
  missingValue: (option: string): Text => ({ ja: `${option} には値が必要です`, en: `${option} needs a value` }),
  takesNoValue: (option: string): Text => ({ ja: `${option} は値を取りません`, en: `${option} takes no value` }),
  badLang: (value: string): Text => ({
    ja: `--lang には ja か en、またはそのロケールタグ（ja-JP、en-US など）を指定します。「${value}」は使えません`,
    en: `--lang takes ja or en, or a locale tag of them such as ja-JP or en-US, not "${value}"`,
  }),
  badMonth: (value: string): Text => ({
    ja: `calendar には月を YYYY-MM で指定します。「${value}」は使えません`,
    en: `calendar takes a month YYYY-MM, not "${value}"`,
  }),
  badIcsRange: (value: string): Text => ({
    ja: `--ics には期間を YYYY-MM-DD/YYYY-MM-DD（両端の日を含む）で指定します。「${value}」は使えません`,
    en: `--ics takes a date range YYYY-MM-DD/YYYY-MM-DD (both days included), not "${value}"`,
  }),
  outWithoutIcs: (): Text => ({ ja: '--out は --ics と一緒に指定します', en: '--out goes with --ics' }),
  icsWith: (other: string): Text => ({
    ja: `--ics は iCalendar を書き出すので ${other} とは一緒に使えません`,
    en: `--ics writes iCalendar, which ${other} does not apply to; drop ${other}`,
  }),
  strictWithout: (): Text => ({
    ja: '--strict は --company-holidays の .ics ファイルと一緒に指定します',
    en: '--strict goes with --company-holidays and an .ics file',
  }),
  strictWithJson: (path: string): Text => ({
    ja: `--strict は .ics ファイルに使います（${path} は JSON です）`,
    en: `--strict applies to an .ics file, and ${path} is JSON`,
  }),
  badInstant: (option: string, value: string, problem: Text): Text => ({
    ja: `${option} の「${value}」は日時として読めません（${problem.ja}）。${AT_FORMS.ja} を指定してください`,
    en: `${option} "${value}" is not an instant (${problem.en}); write ${AT_FORMS.en}`,
  }),
  beforeTerms: (option: string, value: string, jst: Text, first: string): Text => ({
    ja: `${option} の「${value}」（日本時間 ${jst.ja}）は、madoguchi が知る最初の規約（${first} 施行）より前です`,
    en: `${option} "${value}" (${jst.en} JST) is before the first edition of the terms madoguchi knows, in force from ${first}`,
  }),
  afterRange: (option: string, value: string, jst: Text): Text => ({
    ja: `${option} の「${value}」（日本時間 ${jst.ja}）は範囲外です。madoguchi が答えるのは 2099-12-31（日本時間）までです`,
    en: `${option} "${value}" (${jst.en} JST) is out of range; madoguchi answers through 2099-12-31 JST`,
  }),
  badDate: (option: string, value: string): Text => ({
    ja: `${option} には実在する日付を YYYY-MM-DD で指定します。「${value}」は使えません`,
    en: `${option} takes a real date YYYY-MM-DD, not "${value}"`,
  }),
  dateOutOfRange: (option: string, value: string, first: string): Text => ({
    ja: `${option} の「${value}」は範囲外です。${first} から 2099-12-31 までを指定してください`,
    en: `${option} "${value}" is out of range; give a day from ${first} through 2099-12-31`,
  }),
  reversed: (from: string, to: string): Text => ({ ja: `--to（${to}）が --from（${from}）より前です`, en: `--to (${to}) is before --from (${from})` }),
  icsReversed: (from: string, to: string): Text => ({
    ja: `--ics ${from}/${to}: 終わりの日（${to}）が始めの日（${from}）より前です`,
    en: `--ics ${from}/${to}: to (${to}) is before from (${from})`,
  }),
  unknownLine: (value: string, ids: readonly string[]): Text => ({
    ja: `--line の「${value}」という窓口はありません。窓口は ${list(ids, 'ja')} です`,
    en: `--line "${value}" is no line; the lines are ${list(ids, 'en')}`,
  }),
  fileContent: (path: string, detail: string): Text => ({ ja: `${path} の内容が正しくありません: ${detail}`, en: `${path}: ${detail}` }),
  neitherIcalNorJson: (path: string, detail: string): Text => ({
    ja: `${path} は iCalendar でも正しい JSON でもありません: ${detail}`,
    en: `${path} is neither iCalendar nor valid JSON: ${detail}`,
  }),
  jsonShape: (path: string, keys: readonly string[]): Text => ({
    ja: `${path}: ${list(keys, 'ja')} を持つ JSON オブジェクトか、当社休業日の配列を書いてください`,
    en: `${path}: expected a JSON object with ${keys.join(', ')} or an array of company holidays`,
  }),
  unknownKey: (path: string, key: string, keys: readonly string[]): Text => ({
    ja: `${path}: 「${key}」というキーはありません。キーは ${list(keys, 'ja')} です`,
    en: `${path}: unknown key "${key}"; the keys are ${keys.join(', ')}`,
  }),
  noEvents: (path: string): Text => ({
    ja: `警告: ${path} には予定（VEVENT）が一つもありません。当社休業日なしで答えます`,
    en: `warning: ${path} holds no events (VEVENT); answering without company closures`,
  }),
  notImported: (path: string, count: number, first: string): Text => ({
    ja: `警告: ${path} の予定 ${count} 件を読み込めませんでした（${first}）。一覧は madoguchi holidays --company-holidays ${path}、エラーにするには --strict`,
    en: `warning: ${path}: ${count} event${count === 1 ? '' : 's'} not understood and not imported (${first}); see madoguchi holidays --company-holidays ${path}, or use --strict to reject the file`,
  }),
} as const;
