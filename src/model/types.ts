/**
 * What madoguchi accepts as an instant: a valid `Date`, epoch milliseconds, or an ISO 8601 /
 * RFC 3339 string that carries `Z` or a UTC offset (`2026-11-25T14:03:00+09:00`).
 *
 * @example
 * ```ts
 * desk.isOpen(new Date('2026-11-25T01:00:00Z')); //=> true (10:00 JST)
 * desk.isOpen(1795568400000);                    //=> true (the same instant)
 * desk.isOpen('2026-11-25T10:00:00+09:00');      //=> true
 * desk.isOpen('2026-11-25T10:00:00');            // throws AMBIGUOUS_INSTANT: no offset
 * ```
 */
export type InstantInput = Date | number | string;

/**
 * A name in Japanese and English.
 *
 * @example
 * ```ts
 * const name: LocalizedName = { ja: '通常窓口', en: 'Regular line' };
 * ```
 */
export interface LocalizedName {
  readonly ja: string;
  readonly en: string;
}

/**
 * A phone line as the edition in force defines it. Frozen and shared.
 *
 * @example
 * ```ts
 * desk.lines('2026-11-25T10:00:00+09:00')[1];
 * //=> { id: 'night', edition: 15, name: { ja: '夜間延長窓口', en: 'Evening line' }, tel: '0800-777-9984',
 * //     languages: ['ja'], hours: '18:00～20:00', weekdays: [1, 2, 3, 4, 5] }
 * ```
 */
export interface Line {
  readonly id: string;
  readonly edition: number;
  readonly name: LocalizedName;
  /** The number as the terms print it, e.g. `'0120-365-800'`. */
  readonly tel: string;
  /** The same number in E.164, for machines (`tel:` links, IVR transfers), e.g. `'+81120365800'`. */
  readonly e164: string;
  readonly fax?: string;
  readonly languages: readonly string[];
  /** The published hours, e.g. `'9:00～17:30'`. */
  readonly hours: string;
  /** ISO weekdays it opens on, 1 = Monday … 7 = Sunday (holidays excepted). */
  readonly weekdays: readonly number[];
}

/**
 * One window of one line on one day: `[opensAt, closesAt)`.
 *
 * @example
 * ```ts
 * desk.nextOpening('2026-11-25T17:30:00+09:00');
 * //=> { line: { id: 'night', … }, opensAt: 2026-11-25T09:00:00.000Z, closesAt: 2026-11-25T11:00:00.000Z }
 * ```
 */
export interface Opening {
  readonly line: Line;
  readonly opensAt: Date;
  readonly closesAt: Date;
}

/**
 * Why no line (or not the asked line) is open.
 *
 * @example
 * ```ts
 * desk.status('2026-11-21T10:00:00+09:00').closed?.reason; //=> 'weekend' (a Saturday)
 * ```
 */
export type ClosedReason = 'weekend' | 'national-holiday' | 'company-holiday' | 'override' | 'before-hours' | 'between-windows' | 'after-hours';

/**
 * A national holiday falling on a day; `provisional` when the Cabinet Office has not yet published that year.
 *
 * @example
 * ```ts
 * desk.day('2028-03-20').holiday; //=> { name: '春分の日', provisional: true }
 * ```
 */
export interface HolidayMark {
  readonly name: string;
  readonly provisional: boolean;
}

/**
 * A closed answer. `name` is the holiday's, company holiday's or override's name.
 *
 * @example
 * ```ts
 * desk.status('2026-11-23T10:00:00+09:00').closed;
 * //=> { reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } }
 * ```
 */
export interface Closed {
  readonly reason: ClosedReason;
  readonly name?: string;
  /** The English name, when the company holiday or override was given `name: { ja, en }`. */
  readonly nameEn?: string;
  readonly holiday?: HolidayMark;
}

/**
 * The answer for one instant. Read-only: every field is a getter, so compare two answers by their
 * `toJSON()` (a deep equality of the records themselves sees no own fields and finds any two equal),
 * and spread or clone `toJSON()` too.
 *
 * @example
 * ```ts
 * const s = desk.status('2026-11-25T17:45:00+09:00');
 * s.open;            //=> false
 * s.closed?.reason;  //=> 'between-windows'
 * s.next?.opensAt;   //=> 2026-11-25T09:00:00.000Z (18:00 JST, the night line)
 * s.jst;             //=> '2026-11-25T17:45:00.000+09:00'
 * ```
 */
export interface Status {
  readonly at: Date;
  /** `at` as JST wall-clock, e.g. `2026-11-25T14:03:00.000+09:00`. */
  readonly jst: string;
  readonly edition: number;
  readonly open: boolean;
  readonly line: Line | null;
  readonly closesAt: Date | null;
  /** The earliest window of any line opening strictly after `at`; `null` past the supported range. */
  readonly next: Opening | null;
  readonly closed: Closed | null;
  /** Languages of `line`, or of `next.line` when closed. */
  readonly languages: readonly string[];
  /** Lines that an override closes for the whole of this JST day (empty on most days). */
  readonly suspended: readonly Suspension[];
  /** A plain copy of every field (the Dates serialize as ISO strings in `JSON.stringify`). */
  toJSON(): Omit<Status, 'toJSON'>;
}

/**
 * A line closed for a whole day by an override, on a day it would otherwise open.
 *
 * @example
 * ```ts
 * const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: '年末' }] });
 * d.status('2026-12-28T10:00:00+09:00').suspended;
 * //=> [{ line: { id: 'night', … }, name: '年末' }]
 * ```
 */
export interface Suspension {
  readonly line: Line;
  readonly name?: string;
  readonly nameEn?: string;
}

/**
 * One JST calendar day.
 *
 * @example
 * ```ts
 * const d = desk.day('2026-09-22');
 * d.weekday;       //=> 2 (Tuesday)
 * d.closed?.name;  //=> '国民の休日'
 * d.windows;       //=> []
 * ```
 */
export interface DayInfo {
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly edition: number;
  /** Why the whole day is closed, or `null` when some line opens. */
  readonly closed: Closed | null;
  /** The national holiday on this day, if any, whatever else closes it. */
  readonly holiday: HolidayMark | null;
  readonly windows: readonly Opening[];
}
