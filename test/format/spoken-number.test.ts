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
    // E.164 as Connect and Twilio send it: one run, the country code 81 read back as the domestic 0.
    ['+81120365800', 'ja', 'ゼロ イチ ニー ゼロ サン ロク ゴー ハチ ゼロ ゼロ'],
    ['+818007779984', 'en', 'zero eight zero zero seven seven seven nine nine eight four'],
    ['tel:+81120365800', 'en', 'zero one two zero three six five eight zero zero'],
    // As pasted from a form or a page: a leading blank or bracket before +81, a label before the number
    // (the terms print "TEL 0120-365-800"); only digits are read, the label is not.
    [' +81 120 365 800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    // A tel: link pasted with a blank before it reads as the same number (toE164 reads it so too).
    [' tel:+81-120-365-800', 'en', 'zero one two zero, three six five, eight zero zero'],
    ['(+81) 800-777-9984', 'en', 'zero eight zero zero, seven seven seven, nine nine eight four'],
    ['TEL 0120-365-800', 'ja', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['0800-777-9984 (toll-free)', 'en', 'zero eight zero zero, seven seven seven, nine nine eight four'],
  ] as const)('reads %s in %s as %s', (tel, locale, spoken) => {
    expect(spokenNumber(tel, locale)).toBe(spoken);
  });

  it.each(['', '-', 'tel:', '（）'])('reads %j, which has no digit, as nothing', (tel) => {
    expect(spokenNumber(tel, 'ja')).toBe('');
    expect(spokenNumber(tel, 'en')).toBe('');
  });

  it('leaves no digit, hyphen or bracket behind', () => {
    for (const tel of ['0120-365-800', '(03) 1234-0001', '+81-800-777-9984']) expect(spokenNumber(tel, 'ja')).not.toMatch(/[\d\-()+]/);
  });
});
