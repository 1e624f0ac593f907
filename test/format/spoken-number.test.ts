import { expect, describe as group, it } from 'vitest';
import { spokenNumber } from '../../src/format/spoken-number.js';

// How Japanese operators read a number back (the example: ゼロ イチ ニー ゼロ、サン ロク ゴー、
// ハチ ゼロ ゼロ): digit by digit, 2 and 5 lengthened (ニー, ゴー), 4/7/9 as ヨン/ナナ/キュウ, a pause
// (、) between the groups of the printed number. English reads the digits the same way.
group('spokenNumber', () => {
  it.each([
    ['0120-365-800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['0800-777-9984', 'ja', 'ゼロ ハチ ゼロ ゼロ、ナナ ナナ ナナ、キュウ キュウ ハチ ヨン'],
    ['045-640-5918', 'ja', 'ゼロ ヨン ゴー、ロク ヨン ゼロ、ゴー キュウ イチ ハチ'],
    ['03-1234-0001', 'ja', 'ゼロ サン、イチ ニー サン ヨン、ゼロ ゼロ ゼロ イチ'],
    ['0120-365-800', 'en', 'zero one two zero, three six five, eight zero zero'],
    ['0800-777-9984', 'en', 'zero eight zero zero, seven seven seven, nine nine eight four'],
    // Other common ways of printing the same number: the groups as printed, +81 read as the domestic 0.
    ['0120 365 800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['(0120) 365-800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['+81-120-365-800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['+81 120 365 800', 'en', 'zero one two zero, three six five, eight zero zero'],
    ['tel:+81-120-365-800', 'en', 'zero one two zero, three six five, eight zero zero'],
    ['０１２０－３６５－８００'.normalize('NFKC'), 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    // Without separators there are no groups to keep: one run of digits.
    ['0120365800', 'en', 'zero one two zero three six five eight zero zero'],
  ] as const)('reads %s in %s as %s', (tel, locale, spoken) => {
    expect(spokenNumber(tel, locale)).toBe(spoken);
  });

  it('leaves no digit, hyphen or bracket behind', () => {
    for (const tel of ['0120-365-800', '(03) 1234-0001', '+81-800-777-9984']) expect(spokenNumber(tel, 'ja')).not.toMatch(/[\d\-()+]/);
  });
});
