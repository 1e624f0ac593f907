import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { RouteDecision } from '../model/route.js';
import type { Closed, Line, Opening, Status, Suspension } from '../model/types.js';
import { ownKeys } from '../policy/shape.js';
import { readSubject } from './read-subject.js';
import { spokenNumber } from './spoken-number.js';
import { breakAt, closureName, gapKind, ownName, suspensionsOf, VOCABULARY } from './vocabulary.js';
import {
  dateTimeWords,
  dayDistance,
  jstMsOfDay,
  type Locale,
  languageWords,
  localeOf,
  type Style,
  timeWords,
  weekdayName,
  weekdayOf,
  zoneWords,
} from './words.js';

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
  /** `'text'` (default) for pages and chat; `'speech'` for text-to-speech, addressed to a caller. */
  readonly style?: Style;
}

interface Words {
  readonly locale: Locale;
  readonly style: Style;
}

const ja = (w: Words): boolean => w.locale === 'ja';
const spoken = (w: Words): boolean => w.style === 'speech';
const lineName = (line: Line, w: Words): string => (ja(w) ? line.name.ja : `the ${line.name.en}`);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `通常窓口（TEL 0120-365-800）` / `the Regular line (0120-365-800)` on screen; aloud the name alone, its number said apart. */
function lineWithTel(line: Line, w: Words): string {
  if (spoken(w)) return lineName(line, w);
  return ja(w) ? `${line.name.ja}（TEL ${line.tel}）` : `the ${line.name.en} (${line.tel})`;
}

/** Aloud, the one number to call, as its own sentence, digit by digit. */
function numberSentence(line: Line, w: Words): string {
  if (!spoken(w)) return '';
  return ja(w) ? `お電話番号は、${spokenNumber(line.tel, 'ja')}番です。` : ` The number is ${spokenNumber(line.tel, 'en')}.`;
}

const withZone = (words: string, w: Words): string => (ja(w) ? words : `${words} ${zoneWords('en', w.style)}`);
/** When a window closes; a close at midnight is the end of its own day. */
const until = (closesAt: Date, w: Words): string => withZone(timeWords(closesAt, w.locale, w.style, true), w);
const range = (from: Date, to: Date, w: Words): string => {
  const [a, b] = [timeWords(from, w.locale, w.style), timeWords(to, w.locale, w.style, true)];
  if (ja(w)) return spoken(w) ? `${a}から${b}まで` : `${a}${VOCABULARY.ja.range}${b}`;
  return `from ${a} to ${withZone(b, w)}`;
};

/** Action first: which line takes calls now, its number, then until when. */
function openSentence(line: Line, closesAt: Date, w: Words): string {
  return ja(w)
    ? `ただいま${lineWithTel(line, w)}で受け付けております。${numberSentence(line, w)}受付は${until(closesAt, w)}までです。`
    : spoken(w)
      ? `${capitalize(lineName(line, w))} is open now.${numberSentence(line, w)} It is open until ${until(closesAt, w)}.`
      : `${capitalize(lineWithTel(line, w))} is open now, until ${until(closesAt, w)}.`;
}

/** The rest of today: the night line after the regular one (aloud without its number), or the same line after its break. */
function laterToday(at: Date, line: Line, closesAt: Date, next: Opening | null, w: Words): string {
  if (next === null || dayDistance(at, next.opensAt) !== 0) return '';
  if (next.line.id === line.id) {
    const gap = gapKind(jstMsOfDay(closesAt), jstMsOfDay(next.opensAt));
    return ja(w)
      ? `${gap === null ? '' : `${VOCABULARY.ja[gap]}のあと、`}${range(next.opensAt, next.closesAt, w)}${spoken(w) ? '' : 'に'}再び承ります。`
      : ` It reopens${gap === null ? '' : ` after the ${VOCABULARY.en[gap]},`} ${range(next.opensAt, next.closesAt, w)}.`;
  }
  const other = spoken(w) ? lineName(next.line, w) : lineWithTel(next.line, w);
  return ja(w) ? `${range(next.opensAt, next.closesAt, w)}は、${other}で承ります。` : ` ${capitalize(other)} is open ${range(next.opensAt, next.closesAt, w)}.`;
}

/** Lines an override closes today, by name and reason: never silently left out. */
function suspendedSentence(suspensions: readonly Suspension[], except: Line | null, w: Words): string {
  const shown = suspensions.filter((s) => s.line.id !== except?.id);
  if (shown.length === 0) return '';
  // Lines closed for the same reason are said together.
  const byName = new Map<string, Suspension[]>();
  for (const s of shown) {
    const key = ownName(s, w.locale) ?? '';
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  return [...byName]
    .map(([name, group]) => {
      const names = group.map((s) => lineName(s.line, w));
      if (ja(w)) {
        const lines = names.join('と');
        return name === '' ? `本日は${lines}の受付を臨時に休止しております。` : `本日は${name}のため、${lines}の受付を休止しております。`;
      }
      const lines = capitalize(names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
      const verb = names.length === 1 ? 'is' : 'are';
      return name === '' ? ` ${lines} ${names.length === 1 ? 'has' : 'have'} a temporary closure today.` : ` ${lines} ${verb} closed today for ${name}.`;
    })
    .join('');
}

/** Why no line is open, in the vocabulary: 休業日 with its reason, 受付時間外, 昼休み, 本日の受付は終了, 休止. */
function reasonSentence(closed: Closed, at: Date, next: Opening | null, suspensions: readonly Suspension[], w: Words): string {
  const name = closureName(closed, w.locale);
  const closedDay = (cause: string | undefined): string =>
    ja(w)
      ? cause === undefined
        ? '本日は当社の休業日となっております。'
        : `本日は${cause}のため、休業日となっております。`
      : `We are closed today${cause === undefined ? '' : ` for ${cause}`}.`;
  switch (closed.reason) {
    case 'weekend':
      return ja(w) ? closedDay(weekdayName(weekdayOf(at), 'ja')) : `We are closed today, ${weekdayName(weekdayOf(at), 'en')}.`;
    case 'national-holiday':
      if (ja(w)) return closedDay(name ?? VOCABULARY.ja.nationalHoliday);
      if (name === undefined) return 'We are closed today for a national holiday.';
      // 振替休日 is the day a holiday on Sunday moves to (祝日法 第3条2項): a name alone would mislead.
      return closedDay(closed.name === '振替休日' ? 'a substitute holiday' : `${name}, a national holiday`);
    case 'company-holiday':
      // A timed company closure leaves a window later the same day: not a whole 休業日.
      if (next !== null && dayDistance(at, next.opensAt) === 0) {
        return ja(w)
          ? `ただいま${name === undefined ? '' : `${name}のため、`}休業しております。`
          : `We are closed at the moment for ${name === undefined ? 'a company holiday' : name}.`;
      }
      return ja(w) ? closedDay(name) : closedDay(name === undefined ? 'a company holiday' : `${name}, a company holiday`);
    case 'override': {
      if (suspensions.length > 0) return suspendedSentence(suspensions, null, w).trimStart();
      if (ja(w)) return name === undefined ? '本日は受付を臨時に休止しております。' : `本日は${name}のため、受付を休止しております。`;
      return name === undefined ? 'We have a temporary closure today.' : `We are closed today for ${name}.`;
    }
    case 'before-hours':
      return ja(w) ? `ただいま${VOCABULARY.ja.afterHours}です。` : 'We are not open yet.';
    case 'between-windows': {
      const gap = breakAt(at, next);
      if (gap !== null) return ja(w) ? `ただいま${VOCABULARY.ja[gap]}中です。` : `We are on a ${VOCABULARY.en[gap]}.`;
      return ja(w) ? `ただいま${VOCABULARY.ja.afterHours}です。` : `It is ${VOCABULARY.en.afterHours}.`;
    }
    case 'after-hours':
      return ja(w) ? `${VOCABULARY.ja.endedToday}いたしました。` : `We are ${VOCABULARY.en.endedToday}.`;
  }
}

/** 本日18:00 / 明日11月26日（木）9:00 / あす11月26日、木曜日の午前9時 / today at 18:00 JST / tomorrow, Thu 26 Nov, 9:00 JST. */
function whenWords(at: Date, opensAt: Date, w: Words): string {
  const days = dayDistance(at, opensAt);
  if (ja(w)) {
    if (days === 0) return `本日${timeWords(opensAt, 'ja', w.style)}`;
    // Announcements say あす; 明日 aloud is read アシタ.
    return `${days === 1 ? (spoken(w) ? 'あす' : '明日') : ''}${dateTimeWords(opensAt, 'ja', w.style)}`;
  }
  if (days === 0) return `today at ${withZone(timeWords(opensAt, 'en', w.style), w)}`;
  return `${days === 1 ? 'tomorrow,' : 'on'} ${dateTimeWords(opensAt, 'en', w.style)}`;
}

function nextSentence(at: Date, next: Opening | null, w: Words): string {
  if (next === null) return ja(w) ? '次の受付の予定はございません。' : ' No further opening is scheduled.';
  if (ja(w)) return `${whenWords(at, next.opensAt, w)}から、${lineWithTel(next.line, w)}で承ります。${numberSentence(next.line, w)}`;
  const verb = dayDistance(at, next.opensAt) === 0 ? 'opens' : 'reopens';
  return ` ${capitalize(lineWithTel(next.line, w))} ${verb} ${whenWords(at, next.opensAt, w)}.${numberSentence(next.line, w)}`;
}

/** Japanese visitors need no word on the language; others learn it is Japanese only. */
function languageSentence(languages: readonly string[], w: Words): string {
  if (ja(w) || languages.length === 0) return '';
  return ` Support is in ${languageWords(languages, 'en')} only.`;
}

function closedWords(at: Date, closed: Closed, next: Opening | null, languages: readonly string[], suspensions: readonly Suspension[], w: Words): string {
  const also = closed.reason === 'override' ? '' : suspendedSentence(suspensions, null, w);
  return `${reasonSentence(closed, at, next, suspensions, w)}${also}${nextSentence(at, next, w)}${languageSentence(languages, w)}`;
}

function openWords(at: Date, line: Line, closesAt: Date, next: Opening | null, suspensions: readonly Suspension[], w: Words): string {
  return `${openSentence(line, closesAt, w)}${laterToday(at, line, closesAt, next, w)}${suspendedSentence(suspensions, line, w)}`;
}

function describeStatus(s: Status, w: Words): string {
  const suspensions = suspensionsOf(s);
  if (s.line !== null && s.closesAt !== null) return `${openWords(s.at, s.line, s.closesAt, s.next, suspensions, w)}${languageSentence(s.languages, w)}`;
  return closedWords(s.at, s.closed as Closed, s.next, s.languages, suspensions, w);
}

/**
 * What a caller hears before being put through, in order: why the dialed line is not taking the
 * call (for a redirect), the language constraint (English), the recording notice (第6条2項), then
 * 「…におつなぎいたします。」 last, so the notice is heard before the transfer and nothing after it
 * delays the ring. No phone number: the system dials it.
 *
 * @param decision - a `connect` or `redirect` decision from `route`
 * @param locale - `'ja'` or `'en'`, or a tag of either
 * @throws `MadoguchiError` `INVALID_ARGUMENT` for another kind of decision, `INVALID_LANGUAGE` for another locale
 * @returns the utterances in order, each a sentence or two; `kind` says which is which, so an IVR
 *   can put SSML (`<s>`, `<break>`) around them
 * @example
 * ```ts
 * transferSpeech(route(desk, { at: '2026-11-25T19:00:00+09:00', lineId: 'regular' }), 'ja');
 * //=> [{ kind: 'dialed', text: 'お掛けの通常窓口は、ただいま受付時間外です。' },
 * //     { kind: 'notice', text: 'この通話は、…使用いたしません。' },
 * //     { kind: 'connecting', text: '夜間延長窓口におつなぎいたします。' }]
 * ```
 */
export function transferSpeech(
  decision: Extract<RouteDecision, { kind: 'connect' | 'redirect' }>,
  locale: Locale | `${Locale}-${string}`,
): readonly { readonly kind: 'dialed' | 'languages' | 'notice' | 'connecting'; readonly text: string }[] {
  const w: Words = { locale: localeOf(locale, 'transferSpeech'), style: 'speech' };
  const kind = (decision as { kind?: unknown } | null)?.kind;
  if (kind !== 'connect' && kind !== 'redirect') {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Cannot announce a transfer for ${describeValue(decision)}; expected a connect or redirect decision from route(desk, request).`,
      decision,
    );
  }
  const parts: { kind: 'dialed' | 'languages' | 'notice' | 'connecting'; text: string }[] = [];
  if (decision.kind === 'redirect') {
    const dialed = decision.dialed;
    parts.push({
      kind: 'dialed',
      text: ja(w)
        ? `お掛けの${dialed === null ? '窓口' : dialed.name.ja}は、ただいま${VOCABULARY.ja.afterHours}です。`
        : `${dialed === null ? 'The line you called' : capitalize(lineName(dialed, w))} is closed at the moment.`,
    });
  }
  const languages = languageSentence(decision.languages, w).trim();
  if (languages !== '') parts.push({ kind: 'languages', text: languages });
  const notice = decision.recordingNotice?.[w.locale];
  if (notice) parts.push({ kind: 'notice', text: notice });
  parts.push({
    kind: 'connecting',
    text: ja(w) ? `${decision.line.name.ja}におつなぎいたします。` : `Connecting you to ${lineName(decision.line, w)} now.`,
  });
  return parts;
}

function describeDecision(d: RouteDecision, w: Words): string {
  switch (d.kind) {
    case 'connect':
    case 'redirect': {
      if (spoken(w))
        return transferSpeech(d, w.locale)
          .map((p) => p.text)
          .join(ja(w) ? '' : ' ');
      // On a page or in a chat there is no call to put through: say which number to call, until
      // when, and (redirect) that the line asked for is not taking calls.
      const open = `${openSentence(d.line, d.closesAt, w)}${suspendedSentence(suspensionsOf(d), d.line, w)}`;
      const dialed =
        d.kind === 'redirect' && d.dialed !== null
          ? ja(w)
            ? `${d.dialed.name.ja}は、ただいま${VOCABULARY.ja.afterHours}です。`
            : ` ${capitalize(lineName(d.dialed, w))} is closed at the moment.`
          : '';
      return `${open}${dialed}${languageSentence(d.languages, w)}`;
    }
    case 'closed':
      return closedWords(d.at, d.closed, d.next, d.languages, suspensionsOf(d), w);
    case 'unsupported-language': {
      const sorry = ja(w)
        ? `申し訳ございません。対応言語は${languageWords(d.supported, 'ja')}のみです。`
        : `Sorry, we can help in ${languageWords(d.supported, 'en')} only.`;
      const rest = d.open !== null && d.closesAt !== null ? `${ja(w) ? '' : ' '}${openSentence(d.open, d.closesAt, w)}` : nextSentence(d.at, d.next, w);
      return `${sorry}${rest}`;
    }
  }
}

const isDecision = (x: Status | RouteDecision): x is RouteDecision => 'kind' in x;

/**
 * One natural sentence or short paragraph for a page, a chatbot reply or text-to-speech, in the
 * words of `VOCABULARY`: action first (whether to call now and which number, then until when, then
 * the rest), one politeness level (承ります / 受け付けております / いたしました), times in JST. Aloud
 * (`style: 'speech'`, addressed to a caller): at most one phone number, read digit by digit; no
 * brackets or symbols; あす for 明日; for a transfer the recording notice (第6条2項) before
 * 「…におつなぎいたします」 and no number. English never carries Japanese script: a company holiday
 * or override without an English name is "a company holiday" / "a temporary closure".
 *
 * @param x - a `Status` from `desk.status()` or a `RouteDecision` from `route`, or either as JSON
 *   (`JSON.parse` of what a backend posted: instants as ISO strings with an offset)
 * @param options - `locale` `'ja'` or `'en'` (or a tag of either, `'ja-JP'`); `style` `'text'` (default) or `'speech'`
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for another locale; `INVALID_ARGUMENT` for options that
 *   are not an object, another style, an unknown option key, or a subject with a missing or malformed
 *   field (the message names it)
 * @example
 * ```ts
 * describe(desk.status('2026-11-23T10:00:00+09:00'), { locale: 'ja' });
 * //=> '本日は勤労感謝の日のため、休業日となっております。明日11月24日（火）9:00から、通常窓口（TEL 0120-365-800）で承ります。'
 * describe(desk.status('2026-11-25T10:00:00+09:00'), { locale: 'en', style: 'speech' });
 * //=> 'The Regular line is open now. The number is zero one two zero, three six five, eight zero zero. It is open until 5:30 p.m. Japan time. …'
 * ```
 */
export function describe(x: Status | RouteDecision, options: DescribeOptions): string {
  const keys = ownKeys(options);
  if (keys === null) {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Invalid options: ${describeValue(options)}; expected { locale: "ja" | "en", style?: "text" | "speech" }.`,
      options,
    );
  }
  for (const key of keys) {
    if (key !== 'locale' && key !== 'style') {
      throw new MadoguchiError('INVALID_ARGUMENT', `Invalid options: unknown key ${describeValue(String(key))}; accepted keys are locale, style.`, options);
    }
  }
  const { style = 'text' } = options;
  const locale = localeOf(options.locale, 'describe');
  if (style !== 'text' && style !== 'speech') {
    throw new MadoguchiError('INVALID_ARGUMENT', `Invalid style: ${describeValue(style)}; expected "text" or "speech".`, style);
  }
  const w: Words = { locale, style };
  const subject = readSubject(x);
  return isDecision(subject) ? describeDecision(subject, w) : describeStatus(subject, w);
}
