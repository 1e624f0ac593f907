import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { RouteDecision } from '../model/route.js';
import type { Closed, Line, Opening, Status } from '../model/types.js';
import { ownKeys } from '../policy/shape.js';
import { holidayName } from './holiday-names.js';
import { readSubject } from './read-subject.js';
import { dateWords, dayDistance, type Locale, languageWords, localeOf, phoneWords, type Style, timeWords, weekdayName, weekdayOf } from './words.js';

/**
 * How `describe` should speak.
 *
 * @example
 * ```ts
 * describe(desk.status(), { locale: 'en', style: 'text' });
 * ```
 */
export interface DescribeOptions {
  /** `'ja'` or `'en'`, or a BCP 47 tag of either language (`'ja-JP'`, `'en-US'`; any case, as `navigator.language` gives it). */
  readonly locale: Locale | `${Locale}-${string}`;
  /** `'text'` (default) for pages and chat; `'speech'` spells times and numbers for text-to-speech. */
  readonly style?: Style;
}

interface Words {
  readonly locale: Locale;
  readonly style: Style;
}

const lineName = (line: Line, w: Words): string => line.name[w.locale];

/** `通常窓口（TEL 0120-365-800）` / `the Regular line (0120-365-800)`; aloud, the number follows as its own sentence. */
function lineWithTel(line: Line, w: Words): string {
  if (w.style === 'speech') return w.locale === 'ja' ? lineName(line, w) : `the ${lineName(line, w)}`;
  return w.locale === 'ja' ? `${lineName(line, w)}（TEL ${line.tel}）` : `the ${lineName(line, w)} (${line.tel})`;
}

function telSentence(line: Line, w: Words): string {
  if (w.style === 'text') return '';
  return w.locale === 'ja' ? `電話番号は、${phoneWords(line.tel, 'ja', 'speech')}です。` : ` The number is ${phoneWords(line.tel, 'en', 'speech')}.`;
}

const zone = (w: Words): string => (w.locale === 'en' ? (w.style === 'text' ? ' JST' : ' Japan time') : '');
const time = (at: Date, w: Words): string => `${timeWords(at, w.locale, w.style)}${zone(w)}`;
/** When a window closes: as `time`, but a close at midnight is 24:00 of its day. */
const until = (closesAt: Date, w: Words): string => `${timeWords(closesAt, w.locale, w.style, true)}${zone(w)}`;

function openSentence(line: Line, closesAt: Date, w: Words): string {
  return w.locale === 'ja'
    ? `ただいま${lineWithTel(line, w)}で受け付けています。${telSentence(line, w)}受付は${until(closesAt, w)}までです。`
    : `${capitalize(lineWithTel(line, w))} is open until ${until(closesAt, w)}.${telSentence(line, w)}`;
}

/** The rest of today: the night line after the regular one, or the same line after a break (edition 14's 12:00–13:00). */
function laterToday(at: Date, line: Line, next: Opening | null, w: Words): string {
  if (next === null || dayDistance(at, next.opensAt) !== 0) return '';
  if (next.line.id === line.id) {
    return w.locale === 'ja'
      ? `${time(next.opensAt, w)}から${until(next.closesAt, w)}まで再び受け付けます。`
      : ` It opens again from ${timeWords(next.opensAt, 'en', w.style)} to ${until(next.closesAt, w)}.`;
  }
  return w.locale === 'ja'
    ? `${lineWithTel(next.line, w)}は${time(next.opensAt, w)}から${until(next.closesAt, w)}まで受け付けます。${telSentence(next.line, w)}`
    : ` ${capitalize(lineWithTel(next.line, w))} is open from ${timeWords(next.opensAt, 'en', w.style)} to ${until(next.closesAt, w)}.${telSentence(next.line, w)}`;
}

/** A holiday's name beside its kind: in brackets on screen, run into the sentence aloud. */
function aside(name: string | undefined, w: Words): string {
  if (name === undefined) return '';
  if (w.style === 'text') return w.locale === 'ja' ? `（${name}）` : ` (${name})`;
  return w.locale === 'ja' ? `の${name}` : `, ${name}`;
}

function reasonSentence(closed: Closed, at: Date, w: Words): string {
  const ja = w.locale === 'ja';
  const name = closed.name;
  switch (closed.reason) {
    case 'weekend':
      return ja ? `本日は${weekdayName(weekdayOf(at), 'ja')}のため、受付はお休みです。` : `We are closed today (${weekdayName(weekdayOf(at), 'en')}).`;
    case 'national-holiday':
      // 振替休日 and 国民の休日 are 休日 under the Act, not 国民の祝日: they are named on their own.
      return ja
        ? name === '振替休日' || name === '国民の休日'
          ? `本日は${name}のため、受付はお休みです。`
          : `本日は祝日${aside(name, w)}のため、受付はお休みです。`
        : `We are closed today for a national holiday${aside(name === undefined ? name : holidayName(name, 'en'), w)}.`;
    case 'company-holiday':
      return ja ? `本日は当社休業日${aside(name, w)}のため、受付はお休みです。` : `We are closed today for a company holiday${aside(name, w)}.`;
    case 'override':
      return ja
        ? `${name ? `${name}のため、` : '臨時の変更により、'}ただいま受付を休止しています。`
        : `We are closed at the moment${name ? aside(name, w) : ' for a change of hours'}.`;
    case 'before-hours':
      return ja ? 'ただいま受付開始前です。' : 'We are not open yet.';
    case 'between-windows':
      return ja ? 'ただいま受付時間外です。' : 'We are closed at the moment.';
    case 'after-hours':
      return ja ? '本日の受付は終了しました。' : 'We are closed for today.';
  }
}

function whenWords(at: Date, opensAt: Date, w: Words): string {
  const days = dayDistance(at, opensAt);
  if (w.locale === 'ja') {
    if (days === 0) return `本日${time(opensAt, w)}`;
    return `${days === 1 ? '明日、' : ''}${dateWords(opensAt, 'ja', w.style)} ${time(opensAt, w)}`;
  }
  if (days === 0) return `today at ${time(opensAt, w)}`;
  return `${days === 1 ? 'tomorrow, ' : ''}${dateWords(opensAt, 'en', w.style)}, at ${time(opensAt, w)}`;
}

function nextSentence(at: Date, next: Opening | null, w: Words): string {
  if (next === null) return w.locale === 'ja' ? '次の受付予定はありません。' : ' No further opening is scheduled.';
  return w.locale === 'ja'
    ? `次の受付は、${whenWords(at, next.opensAt, w)}から、${lineWithTel(next.line, w)}です。${telSentence(next.line, w)}`
    : ` The next opening is ${whenWords(at, next.opensAt, w)}, on ${lineWithTel(next.line, w)}.${telSentence(next.line, w)}`;
}

/** Japanese visitors need no word on the language; others learn it is Japanese only. */
function languageSentence(languages: readonly string[], w: Words): string {
  if (w.locale === 'ja' || languages.length === 0) return '';
  return ` Support is in ${languageWords(languages, 'en')} only.`;
}

function closedWords(at: Date, closed: Closed, next: Opening | null, languages: readonly string[], w: Words): string {
  return `${reasonSentence(closed, at, w)}${nextSentence(at, next, w)}${languageSentence(languages, w)}`;
}

function describeStatus(s: Status, w: Words): string {
  if (s.line !== null && s.closesAt !== null) {
    return `${openSentence(s.line, s.closesAt, w)}${laterToday(s.at, s.line, s.next, w)}${languageSentence(s.languages, w)}`;
  }
  return closedWords(s.at, s.closed as Closed, s.next, s.languages, w);
}

function describeDecision(d: RouteDecision, w: Words): string {
  const ja = w.locale === 'ja';
  const notice = (n: { ja: string; en: string } | null): string => (n === null ? '' : ja ? n.ja : ` ${n.en}`);
  switch (d.kind) {
    case 'connect':
      return ja
        ? `${lineWithTel(d.line, w)}におつなぎします。受付は${until(d.closesAt, w)}までです。${notice(d.recordingNotice)}`
        : `Connecting you to ${lineWithTel(d.line, w)}, open until ${until(d.closesAt, w)}.${languageSentence(d.languages, w)}${notice(d.recordingNotice)}`;
    case 'redirect': {
      const dialed =
        d.dialed === null ? (ja ? 'お掛けの窓口' : 'The line you called') : ja ? `お掛けの${lineName(d.dialed, w)}` : `The ${lineName(d.dialed, w)}`;
      return ja
        ? `${dialed}は、ただいま受付時間外です。${lineWithTel(d.line, w)}で${until(d.closesAt, w)}まで受け付けています。${telSentence(d.line, w)}`
        : `${dialed} is closed at the moment. Please call ${lineWithTel(d.line, w)}, open until ${until(d.closesAt, w)}.${telSentence(d.line, w)}${languageSentence(d.languages, w)}`;
    }
    case 'closed':
      return closedWords(d.at, d.closed, d.next, d.languages, w);
    case 'unsupported-language': {
      const sorry = ja
        ? `申し訳ございません。対応言語は${languageWords(d.supported, 'ja')}のみです。`
        : `Sorry, we can help in ${languageWords(d.supported, 'en')} only.`;
      const rest =
        d.open !== null && d.closesAt !== null
          ? ja
            ? openSentence(d.open, d.closesAt, w)
            : ` ${openSentence(d.open, d.closesAt, w)}`
          : nextSentence(d.at, d.next, w);
      return `${sorry}${rest}`;
    }
  }
}

const isDecision = (x: Status | RouteDecision): x is RouteDecision => 'kind' in x;

/**
 * One natural sentence or short paragraph for a page, a chatbot reply or text-to-speech. Times are
 * JST; no global locale state is read.
 *
 * @param x - a `Status` from `desk.status()` or a `RouteDecision` from `desk.route()`, or either as
 *   JSON (`JSON.parse` of what a backend posted: instants as ISO strings with an offset)
 * @param options - `locale` `'ja'` or `'en'` (or a tag of either, `'ja-JP'`); `style` `'text'` (default) or `'speech'`
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for another locale; `INVALID_POLICY` for another style,
 *   an unknown option key, or a subject with a missing or malformed field (the message names it)
 * @example
 * ```ts
 * describe(desk.status('2026-11-23T10:00:00+09:00'), { locale: 'ja' });
 * //=> '本日は祝日（勤労感謝の日）のため、受付はお休みです。次の受付は、明日、11月24日(火) 9:00から、通常窓口（TEL 0120-365-800）です。'
 * describe(desk.status('2026-11-25T10:00:00+09:00'), { locale: 'en', style: 'speech' });
 * //=> 'The Regular line is open until 5:30 p.m. Japan time. The number is zero one two zero, three six five, eight zero zero. …'
 * ```
 */
export function describe(x: Status | RouteDecision, options: DescribeOptions): string {
  const keys = ownKeys(options);
  if (keys === null) {
    throw new MadoguchiError(
      'INVALID_LANGUAGE',
      `Invalid options: ${describeValue(options)}; expected { locale: "ja" | "en", style?: "text" | "speech" }.`,
      options,
    );
  }
  for (const key of keys) {
    if (key !== 'locale' && key !== 'style') {
      throw new MadoguchiError('INVALID_POLICY', `Invalid options: unknown key ${describeValue(String(key))}; accepted keys are locale, style.`, options);
    }
  }
  const { style = 'text' } = options;
  const locale = localeOf(options.locale, 'describe');
  if (style !== 'text' && style !== 'speech') {
    throw new MadoguchiError('INVALID_POLICY', `Invalid style: ${describeValue(style)}; expected "text" or "speech".`, style);
  }
  const w: Words = { locale, style };
  const subject = readSubject(x);
  return isDecision(subject) ? describeDecision(subject, w) : describeStatus(subject, w);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
