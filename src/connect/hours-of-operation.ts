import { type DayInfo, type Desk, day as dayOf, type Line, lines, MadoguchiError } from '../index.js';
import { argumentError } from './argument-error.js';
import { checkDesk, checkOptions } from './checks.js';
import { crossesEdition, invertedRange, lineIdNotString, noSuchLineInEdition, notADate, notAnObject, overQuota, unreadableHours } from './messages.js';

/**
 * Amazon Connect: "You can create up to 50 overrides per hours of operation. This quota is not adjustable."
 *
 * @example
 * ```ts
 * connectHoursOfOperation(desk, range).api.overrides.length <= CONNECT_OVERRIDE_QUOTA; //=> true, or it throws INVALID_RANGE
 * ```
 */
export const CONNECT_OVERRIDE_QUOTA = 50;

const DAYS = ['', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type ConnectDay = Exclude<(typeof DAYS)[number], ''>;
const MS_PER_DAY = 86_400_000;

/**
 * A wall-clock time as Connect writes it; midnight at the end of a day is `{ Hours: 0, Minutes: 0 }` ("12:00AM").
 *
 * @example
 * ```ts
 * const closes: TimeSlice = { Hours: 17, Minutes: 30 };
 * ```
 */
export interface TimeSlice {
  readonly Hours: number;
  readonly Minutes: number;
}

/**
 * One weekday's window, as both `CreateHoursOfOperation` and CloudFormation's `Config` take it.
 *
 * @example
 * ```ts
 * const monday: DayConfig = { Day: 'MONDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } };
 * ```
 */
export interface DayConfig {
  readonly Day: ConnectDay;
  readonly StartTime: TimeSlice;
  readonly EndTime: TimeSlice;
}

/**
 * One `CreateHoursOfOperationOverride` input, without the instance and hours of operation ids (known once created).
 *
 * @example
 * ```ts
 * for (const o of api.overrides) await client.send(new CreateHoursOfOperationOverrideCommand({ ...o, InstanceId, HoursOfOperationId }));
 * ```
 */
export interface OverrideInput {
  readonly Name: string;
  readonly Description: string;
  readonly Config: DayConfig[];
  readonly EffectiveFrom: string;
  readonly EffectiveTill: string;
  /** `CLOSED` for a closed span (every configured day of it closed all day, 0:00–0:00); `STANDARD` for a day with other hours. */
  readonly OverrideType: 'CLOSED' | 'STANDARD';
}

/**
 * One entry of CloudFormation's `HoursOfOperationOverrides`.
 *
 * @example
 * ```ts
 * const o: CfnOverride = { OverrideName: '2027-05-03/2027-05-05 憲法記念日・みどりの日・こどもの日', OverrideDescription: '…',
 *   OverrideConfig: [{ Day: 'MONDAY', StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } }, …],
 *   EffectiveFrom: '2027-05-03', EffectiveTill: '2027-05-05', OverrideType: 'CLOSED' };
 * ```
 */
export interface CfnOverride {
  readonly OverrideName: string;
  readonly OverrideDescription: string;
  readonly OverrideConfig: DayConfig[];
  readonly EffectiveFrom: string;
  readonly EffectiveTill: string;
  readonly OverrideType: 'CLOSED' | 'STANDARD';
}

/**
 * What `connectHoursOfOperation` returns: the same schedule as a CloudFormation resource and as
 * Connect API inputs, with the dates it covers and when to generate the next one.
 *
 * @example
 * ```ts
 * const out: ConnectHoursExport = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' });
 * out.api.overrides.length; //=> 14 (the weekday holidays of 2027)
 * ```
 */
export interface ConnectHoursExport {
  readonly lineId: string;
  readonly edition: number;
  /** The JST dates the overrides cover, both included. Outside them the weekly `Config` alone applies, holidays unknown. */
  readonly covers: { readonly from: string; readonly to: string };
  /** Generate and deploy the next range before this date (the day after `covers.to`). */
  readonly regenerateBy: string;
  /** National holidays in the range that are computed, not yet published by the Cabinet Office: regenerate once they are. */
  readonly provisional: readonly string[];
  readonly cloudFormation: {
    readonly Type: 'AWS::Connect::HoursOfOperation';
    readonly Properties: {
      readonly InstanceArn: string | { readonly Ref: string };
      readonly Name: string;
      readonly Description: string;
      readonly TimeZone: 'Asia/Tokyo';
      readonly Config: DayConfig[];
      readonly HoursOfOperationOverrides: CfnOverride[];
    };
  };
  readonly api: {
    /** `CreateHoursOfOperation` input without `InstanceId`. */
    readonly hoursOfOperation: { readonly Name: string; readonly Description: string; readonly TimeZone: 'Asia/Tokyo'; readonly Config: DayConfig[] };
    /** One `CreateHoursOfOperationOverride` input per closed span (consecutive closed days merged) or day with other hours. */
    readonly overrides: OverrideInput[];
  };
}

/**
 * Options of `connectHoursOfOperation`.
 *
 * @example
 * ```ts
 * const range: ConnectHoursOptions = { lineId: 'night', from: '2027-01-01', to: '2027-12-31', instanceArn: 'arn:aws:connect:ap-northeast-1:123456789012:instance/…' };
 * ```
 */
export interface ConnectHoursOptions {
  readonly lineId: string;
  /** First JST date, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last JST date, `YYYY-MM-DD`, included. */
  readonly to: string;
  /** The Connect instance; default `{ Ref: 'ConnectInstanceArn' }`, a template parameter. */
  readonly instanceArn?: string;
  /** The hours of operation's name; default from the line and the range. */
  readonly name?: string;
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly names: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const dateOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const slice = (minutes: number): TimeSlice => ({ Hours: Math.floor(minutes / 60) % 24, Minutes: minutes % 60 });
/** Connect's names and descriptions take no control or format characters (`^[\P{C}\r\n\t]{1,127}$`): a calendar's name may carry some. */
const clip = (text: string, max: number): string => {
  const chars = [...text.replace(/\p{C}/gu, '')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};

/** `9:00～12:00, 13:00～17:30` → minutes of the day; the one place the published hours are read back. */
function baseWindows(line: Line): readonly (readonly [number, number])[] {
  const parts = line.hours.split(/,\s*/);
  return parts.map((part) => {
    const m = /^(\d{1,2}):(\d{2})～(\d{1,2}):(\d{2})$/.exec(part);
    if (m === null) throw new MadoguchiError('INVALID_POLICY', unreadableHours(line.hours, line.id), line);
    return [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] as const;
  });
}

/** The line's windows on a day, in minutes from that JST midnight. */
function dayWindows(day: DayInfo, lineId: string): (readonly [number, number])[] {
  const midnight = Date.parse(`${day.date}T00:00:00+09:00`);
  return day.windows
    .filter((w) => w.line.id === lineId)
    .map((w) => [(w.opensAt.getTime() - midnight) / 60_000, (w.closesAt.getTime() - midnight) / 60_000] as const);
}

const same = (a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean =>
  a.length === b.length && a.every((w, i) => w[0] === b[i]?.[0] && w[1] === b[i]?.[1]);

function config(weekday: number, windows: readonly (readonly [number, number])[]): DayConfig[] {
  const Day = DAYS[weekday] as ConnectDay;
  return windows.map(([start, end]) => ({ Day, StartTime: slice(start), EndTime: slice(end) }));
}

function checkArguments(desk: Desk, options: ConnectHoursOptions): void {
  checkDesk(desk, 'connectHoursOfOperation');
  if (options === undefined) throw argumentError(notAnObject('connectHoursOfOperation', 'a desk and { lineId, from, to }'), options);
  checkOptions(options, 'connectHoursOfOperation', ['lineId', 'from', 'to', 'instanceArn', 'name'], '{ lineId, from, to, instanceArn?, name? }');
  if (typeof options.lineId !== 'string') throw argumentError(lineIdNotString(options.lineId), options.lineId);
  for (const key of ['from', 'to'] as const) {
    if (typeof options[key] !== 'string' || !DATE.test(options[key])) throw argumentError(notADate(key, options[key]), options[key]);
  }
  if (options.to < options.from) throw new MadoguchiError('INVALID_RANGE', invertedRange(options.from, options.to), options);
}

/**
 * Amazon Connect hours of operation for one line over a range of JST dates: the weekly `Config`
 * of the edition in force (a lunch gap as two windows), and every national holiday, company
 * holiday and override that changes the line's day as `HoursOfOperationOverrides` — consecutive
 * closed days merged into one `CLOSED` override (days the weekly `Config` already closes, such
 * as weekends, bridge two closures), a day with other hours as a `STANDARD` override.
 *
 * @param desk - the desk whose answers the hours must reproduce (with your company holidays)
 * @param options - `lineId`, `from` and `to` (JST dates, both included), optional `instanceArn` and `name`
 * @returns the CloudFormation resource, the API inputs, the dates covered and when to regenerate
 * @throws `MadoguchiError` `INVALID_RANGE` when the range crosses an edition change or needs more
 *   than the 50 overrides Connect allows (the message says how to split it); `UNKNOWN_LINE`;
 *   `INVALID_DATE`; `INVALID_ARGUMENT` for options of the wrong shape
 * @example
 * ```ts
 * const { cloudFormation, api } = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' });
 * cloudFormation.Properties.Config[0]; //=> { Day: 'MONDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } }
 * api.overrides[0]; //=> { Name: '2027-01-01 元日', EffectiveFrom: '2027-01-01', EffectiveTill: '2027-01-01', OverrideType: 'CLOSED', … }
 * ```
 */
export function connectHoursOfOperation(desk: Desk, options: ConnectHoursOptions): ConnectHoursExport {
  checkArguments(desk, options);
  const first = dayNumber(options.from);
  const last = dayNumber(options.to);
  const start = dayOf(desk, options.from);
  dayOf(desk, options.to); // an impossible or out-of-range last day fails before the walk
  const line = lines(desk, `${options.from}T00:00:00+09:00`).find((l) => l.id === options.lineId);
  if (line === undefined) {
    const ids = lines(desk, `${options.from}T00:00:00+09:00`).map((l) => l.id);
    throw new MadoguchiError('UNKNOWN_LINE', noSuchLineInEdition(start.edition, options.lineId, ids), options.lineId);
  }
  const base = baseWindows(line);
  const baseOf = (weekday: number) => (line.weekdays.includes(weekday) ? base : []);
  const spans: Span[] = [];
  const standard: OverrideInput[] = [];
  const provisional: string[] = [];
  let open: Span | null = null;
  for (let n = first; n <= last; n++) {
    const day = dayOf(desk, dateOf(n));
    if (day.edition !== start.edition) {
      throw new MadoguchiError('INVALID_RANGE', crossesEdition(options.from, options.to, start.edition, day.edition, day.date, dateOf(n - 1)), options);
    }
    if (day.holiday?.provisional) provisional.push(day.date);
    const actual = dayWindows(day, line.id);
    const expected = baseOf(day.weekday);
    if (same(actual, expected)) {
      // A day the weekly Config closes anyway (a weekend) may join two closures; an open one ends the span.
      if (expected.length > 0) open = null;
      continue;
    }
    // An override closing this line alone leaves the day open for others: its name is in the day's suspensions.
    const suspension = day.closed === null ? desk.status(`${day.date}T00:00:00+09:00`).suspended.find((x) => x.line.id === line.id) : undefined;
    const name = day.closed?.name ?? day.holiday?.name ?? suspension?.name ?? '休業';
    if (actual.length === 0) {
      if (open === null) {
        open = { from: n, to: n, names: [] };
        spans.push(open);
      }
      open = { ...open, to: n, names: open.names.includes(name) ? open.names : [...open.names, name] };
      spans[spans.length - 1] = open;
      continue;
    }
    open = null;
    const hours = actual.map(([a, b]) => `${clock(a)}–${clock(b)}`).join(', ');
    // A timed closure names itself in the status of an instant it closes: the first usual minute now closed.
    const lost = expected
      .flatMap(([s, e]) => [s, ...actual.map(([, b]) => b).filter((b) => b >= s && b < e)])
      .find((m) => !actual.some(([a, b]) => a <= m && m < b));
    const closure = name === '休業' && lost !== undefined ? desk.status(Date.parse(`${day.date}T00:00:00+09:00`) + lost * 60_000).closed?.name : undefined;
    standard.push({
      Name: clip(`${day.date} ${closure ?? (name === '休業' ? '営業時間変更' : name)}`, 127),
      Description: clip(`${line.name.ja}: ${day.date} only ${hours} JST (madoguchi)`, 250),
      Config: config(day.weekday, actual),
      EffectiveFrom: day.date,
      EffectiveTill: day.date,
      OverrideType: 'STANDARD',
    });
  }
  const closed = spans.map((span): OverrideInput => {
    const from = dateOf(span.from);
    const to = dateOf(span.to);
    const weekdays = new Set<number>();
    for (let n = span.from; n <= span.to && weekdays.size < 7; n++) weekdays.add(((n + 3) % 7) + 1); // day 0, 1970-01-01, was a Thursday
    const range = from === to ? from : `${from}/${to}`;
    return {
      Name: clip(`${range} ${span.names.join('・')}`, 127),
      Description: clip(`${line.name.ja} closed all day ${range}: ${span.names.join(', ')} (madoguchi)`, 250),
      // 0:00 to 0:00 is the whole day, as Connect writes a 24-hour day ("12:00AM to 12:00AM").
      Config: [...weekdays].sort((a, b) => a - b).map((w) => ({ Day: DAYS[w] as ConnectDay, StartTime: slice(0), EndTime: slice(0) })),
      EffectiveFrom: from,
      EffectiveTill: to,
      OverrideType: 'CLOSED',
    };
  });
  const overrides = [...closed, ...standard].sort((a, b) => (a.EffectiveFrom < b.EffectiveFrom ? -1 : 1));
  if (overrides.length > CONNECT_OVERRIDE_QUOTA) {
    throw new MadoguchiError('INVALID_RANGE', overQuota(options.from, options.to, overrides.length, line.id, CONNECT_OVERRIDE_QUOTA), options);
  }
  const weekly = [1, 2, 3, 4, 5, 6, 7].flatMap((w) => config(w, baseOf(w)));
  const Name = clip(options.name ?? `${line.name.ja} (${line.id}) ${options.from}/${options.to}`, 127);
  const Description = clip(
    `${line.name.ja} ${line.hours} JST, edition ${start.edition}; holidays ${options.from}..${options.to} (madoguchi: regenerate before ${dateOf(last + 1)})`,
    250,
  );
  return {
    lineId: line.id,
    edition: start.edition,
    covers: { from: options.from, to: options.to },
    regenerateBy: dateOf(last + 1),
    provisional,
    cloudFormation: {
      Type: 'AWS::Connect::HoursOfOperation',
      Properties: {
        InstanceArn: options.instanceArn ?? { Ref: 'ConnectInstanceArn' },
        Name,
        Description,
        TimeZone: 'Asia/Tokyo',
        Config: weekly,
        HoursOfOperationOverrides: overrides.map((o) => ({
          OverrideName: o.Name,
          OverrideDescription: o.Description,
          OverrideConfig: o.Config,
          EffectiveFrom: o.EffectiveFrom,
          EffectiveTill: o.EffectiveTill,
          OverrideType: o.OverrideType,
        })),
      },
    },
    api: { hoursOfOperation: { Name, Description, TimeZone: 'Asia/Tokyo', Config: weekly }, overrides },
  };
}
