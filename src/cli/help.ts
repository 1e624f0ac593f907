// Inlined at build time by the bundler, so the built CLI never looks for package.json at runtime.
import { version } from '../../package.json';
import type { Lang } from './labels.js';
import { AT_FORMS } from './messages.js';

/**
 * The version of the package, from package.json.
 *
 * @example
 * ```ts
 * VERSION; //=> '0.1.0'
 * ```
 */
export const VERSION: string = version;

const USAGE = `  madoguchi [status] [--at <instant>] [--lang <tag>] [--json] [--company-holidays <file> [--strict]]
  madoguchi next [--line <id>] [--at <instant>] [--lang <tag>] [--json] [--company-holidays <file> [--strict]]
  madoguchi calendar [YYYY-MM] [--at <instant>] [--lang <tag>] [--json] [--company-holidays <file> [--strict]]
  madoguchi calendar --ics <YYYY-MM-DD>/<YYYY-MM-DD> [--out <file>] [--at <instant>] [--company-holidays <file> [--strict]]
  madoguchi holidays [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--lang <tag>] [--json] [--company-holidays <file> [--strict]]
  madoguchi serve [--port 8080] [--host 127.0.0.1] [--company-holidays <file|url>] [--refresh <seconds>] [--quiet] (see serve --help)
  madoguchi export connect --line <id> --year <YYYY> [--format cfn|api] [--company-holidays <file>]`;

const HELP: Readonly<Record<Lang, string>> = {
  en: `madoguchi ${version}: which line of the desknet's cloud customer center is open (第6条, UTC+9)

Usage:
${USAGE}

Commands:
  status     the line open now (name, TEL, FAX, until when), or why none is and the next opening
  next       the next opening, of any line or of --line (regular, night)
  calendar   a month, one row per day: each line's windows, or why the day is closed;
             with --ics, the open windows and closed days of a date range as iCalendar
  holidays   what the desk will close and why: national holidays (provisional ones marked),
             company closures with the event or entry they came from, events not imported
  serve      the answers over HTTP (/v1/status, /v1/route, /v1/days, /v1/calendar.ics, /healthz)
  export     export connect: a line's hours and every holiday as Amazon Connect hours of operation (JSON)

Options:
  --at <instant>              ask about this instant instead of now: ${AT_FORMS.en};
                              with --ics, the DTSTAMP of the events
  --lang <tag>                ja or en, or a locale tag of them (ja-JP, en-US); default: ja when
                              LC_ALL, LC_MESSAGES or LANG is Japanese, else en
  --json                      print the answer as JSON, instants in JST (+09:00)
  --line <id>                 only this line (next)
  --company-holidays <file>   company closures: an .ics file (all-day, multi-day and timed events,
                              TZID, RRULE/EXDATE/RDATE, overrides; cancelled ones and madoguchi's
                              own windows and holidays are not imported), or JSON as createDesk
                              takes its options ({ companyHolidays, overrides, nationalHolidays })
  --strict                    reject an .ics file with any event that would not be imported
  --ics <from>/<to>           write the range (both days included) as iCalendar
  --out <file>                write the iCalendar to a file instead of stdout
  --from, --to <YYYY-MM-DD>   the days holidays lists (default: a year from today, JST)
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 answered (open or closed), 2 usage error (one line on stderr).`,
  ja: `madoguchi ${version}: desknet's cloud カスタマーセンターのどの窓口が受付中か（第6条、日本時間）

使い方:
${USAGE}

コマンド:
  status     いま受付中の窓口（名称、TEL、FAX、終了時刻）、または休止の理由と次の受付
  next       次の受付（全窓口、または --line の窓口: regular、night）
  calendar   1 か月の各日の受付時間、または休業の理由。--ics を付けると期間の受付時間と
             休業日を iCalendar で書き出します
  holidays   休業日の一覧: 祝日・休日（暫定のものに印）、当社休業日とその元の予定、
             読み込まなかった予定とその理由
  serve      HTTP で答えるサーバー（/v1/status、/v1/route、/v1/days、/v1/calendar.ics、/healthz）
  export     export connect: 窓口の受付時間とすべての休業日を Amazon Connect の営業時間（JSON）で書き出します

オプション:
  --at <日時>                 いまの代わりにこの日時について答えます: ${AT_FORMS.ja}。
                              --ics では予定の DTSTAMP
  --lang <タグ>               ja か en、またはそのロケールタグ（ja-JP、en-US）。既定: LC_ALL、
                              LC_MESSAGES、LANG が日本語なら ja、それ以外は en
  --json                      JSON で出力（日時は日本時間 +09:00）
  --line <id>                 この窓口だけ（next）
  --company-holidays <file>   当社休業日: .ics ファイル（終日・複数日・時刻指定の予定、TZID、
                              RRULE/EXDATE/RDATE、変更された回。キャンセルされた予定と madoguchi
                              自身が書き出した受付時間・祝日は読み込みません）、または createDesk
                              のオプションと同じ形の JSON（{ companyHolidays, overrides, nationalHolidays }）
  --strict                    読み込めない予定が一つでもある .ics ファイルをエラーにします
  --ics <from>/<to>           期間（両端の日を含む）を iCalendar で書き出します
  --out <file>                iCalendar を標準出力ではなくファイルに書きます
  --from, --to <YYYY-MM-DD>   holidays の期間（既定: 今日から 1 年、日本時間）
  -h, --help                  この説明を表示
  -v, --version               バージョンを表示

終了コード: 0 回答した（受付中でも休止中でも）、2 使い方の誤り（標準エラーに 1 行）。`,
};

/**
 * What `madoguchi --help` prints, in the user's language.
 *
 * @example
 * ```ts
 * helpText('en').includes('madoguchi holidays [--from <YYYY-MM-DD>]'); //=> true
 * ```
 */
export function helpText(lang: Lang): string {
  return HELP[lang];
}
