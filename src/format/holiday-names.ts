import type { Locale } from './words.js';

// English names for every name japanese-holidays gives in 2020–2099, as the data of
// @holiday-jp/holiday_jp has them (test/format/holiday-names.test.ts compares), except スポーツの日:
// the 2020 amendment of the Act renamed 体育の日 ("Health and Sports Day", the name that data still
// carries) to スポーツの日, "Sports Day".
const ENGLISH: Readonly<Record<string, string>> = {
  元日: "New Year's Day",
  成人の日: 'Coming of Age Day',
  建国記念の日: 'National Foundation Day',
  天皇誕生日: "Emperor's Birthday",
  春分の日: 'Vernal Equinox Day',
  昭和の日: 'Showa Day',
  憲法記念日: 'Constitution Memorial Day',
  みどりの日: 'Greenery Day',
  こどもの日: "Children's Day",
  海の日: 'Marine Day',
  山の日: 'Mountain Day',
  敬老の日: 'Respect for the Aged Day',
  秋分の日: 'Autumnal Equinox Day',
  スポーツの日: 'Sports Day',
  文化の日: 'National Culture Day',
  勤労感謝の日: 'Labor Thanksgiving Day',
  振替休日: 'Holiday in lieu',
  国民の休日: "Citizen's Holiday",
};

/**
 * A national holiday's name in `locale`: the Japanese name as the calendar gives it, or its
 * English name. A name with no English entry (one added through `nationalHolidays.add`) is kept
 * as given rather than guessed.
 *
 * @example
 * ```ts
 * holidayName('勤労感謝の日', 'en'); //=> 'Labor Thanksgiving Day'
 * holidayName('勤労感謝の日', 'ja'); //=> '勤労感謝の日'
 * ```
 */
export function holidayName(name: string, locale: Locale): string {
  return locale === 'en' ? (Object.hasOwn(ENGLISH, name) ? (ENGLISH[name] as string) : name) : name;
}
