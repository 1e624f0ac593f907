// words.ts's Locale, not imported: words.ts imports this module (no cycles), and its call checks the two agree.
type Locale = 'ja' | 'en';

// How Japanese operators read phone digits: ニー and ゴー lengthened so two and five are not lost,
// ヨン, ナナ and キュウ rather than シ, シチ and ク, which are mistaken for other digits.
const DIGITS: Readonly<Record<Locale, readonly string[]>> = {
  ja: ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュウ'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/**
 * The digit groups of a phone number as printed: `0120-365-800`, `0120 365 800`, `(0120) 365-800`,
 * `+81-120-365-800` (the country code read back as the domestic `0`). Without separators, one group.
 */
function digitGroups(tel: string): string[] {
  const groups = tel
    .trim()
    .replace(/^tel:/i, '')
    .split(/[\s\-‐－()（）.]+/)
    .filter((g) => g !== '');
  if (groups[0] === '+81') {
    groups.shift();
    groups[0] = `0${groups[0] ?? ''}`;
  } else if (groups[0]?.startsWith('+81')) {
    groups[0] = `0${groups[0].slice(3)}`;
  }
  return groups.map((g) => g.replace(/\D/g, '')).filter((g) => g !== '');
}

/**
 * A phone number as an operator reads it, for text-to-speech: digit by digit, each digit word
 * apart so a TTS front end's dictionary takes it as one word (written together, `キュウキュウハチヨン`
 * splits as キュウ/キュウハ/チヨン), the groups of the printed number kept and separated by a pause
 * (`、` / `, `). No digits, hyphens or brackets remain, so no reader can take it for a date or a range.
 *
 * @param tel - the number as printed (`'0120-365-800'`) or in E.164 with separators (`'+81-120-365-800'`)
 * @param locale - `'ja'` (ゼロ イチ ニー …) or `'en'` (zero one two …)
 * @example
 * ```ts
 * spokenNumber('0120-365-800', 'ja'); //=> 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'
 * spokenNumber('0800-777-9984', 'en'); //=> 'zero eight zero zero, seven seven seven, nine nine eight four'
 * // In SSML: `<s>お電話番号は、${spokenNumber(line.tel, 'ja')}番です。</s>`
 * ```
 */
export function spokenNumber(tel: string, locale: Locale): string {
  const words = DIGITS[locale];
  return digitGroups(tel)
    .map((group) => [...group].map((c) => words[Number(c)]).join(' '))
    .join(locale === 'ja' ? '、' : ', ');
}
