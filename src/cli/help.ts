// Inlined at build time by the bundler, so the built CLI never looks for package.json at runtime.
import { version } from '../../package.json';

/**
 * The version of the package, from package.json.
 *
 * @example
 * ```ts
 * VERSION; //=> '0.1.0'
 * ```
 */
export const VERSION: string = version;

/**
 * What `madoguchi --help` prints.
 *
 * @example
 * ```ts
 * HELP.includes('madoguchi next [--line regular|night]'); //=> true
 * ```
 */
export const HELP = `madoguchi ${version}: which line of the desknet's cloud customer center is open (第6条, UTC+9)

Usage:
  madoguchi [status] [--at <instant>] [--lang ja|en] [--json]
  madoguchi next [--line regular|night] [--at <instant>] [--lang ja|en] [--json]
  madoguchi calendar [YYYY-MM] [--at <instant>] [--lang ja|en] [--json]
  madoguchi calendar --ics <YYYY-MM-DD>/<YYYY-MM-DD> [--out <file>]

Commands:
  status     the line open now (name, TEL, FAX, until when), or why none is and the next opening
  next       the next opening, of any line or of --line
  calendar   a month, one row per day: each line's windows, or why the day is closed;
             with --ics, the open windows and closed days of a date range as iCalendar

Options:
  --at <instant>              ask about this instant (ISO 8601 with Z or an offset) instead of now;
                              with --ics, the DTSTAMP of the events
  --lang ja|en                language of the output (default: ja when the locale is Japanese)
  --json                      print the answer as JSON, instants in JST (+09:00)
  --line <id>                 only this line (next)
  --company-holidays <file>   company holidays and overrides: JSON as createDesk takes its options
                              ({ companyHolidays, overrides, nationalHolidays }), or an .ics file
                              whose all-day events are company holidays named by their SUMMARY
  --ics <from>/<to>           write the range (both days included) as iCalendar
  --out <file>                write the iCalendar to a file instead of stdout
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 answered (open or closed), 2 usage error.`;
