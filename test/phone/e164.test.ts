import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { toE164 } from '../../src/index.js';

// Expectations from the numbering rules, not from the code:
// - ITU-T E.164: an international number is a country code (never starting with 0) and a national
//   significant number, at most 15 digits in all, written with a leading `+`.
// - Japan's numbering plan: country code 81; national numbers are dialed with the trunk prefix 0,
//   which is not part of the national significant number (0120-365-800 is +81 120 365 800); 010 is
//   the international prefix dialed from Japan; an E.123 international number may show the trunk
//   prefix in brackets, `+81 (0)120 …`, and it is not dialed.
// - RFC 3966: `tel:` URIs carry the global number with visual separators (`-`, `.`, `(`, `)`) and
//   parameters after `;`; a URI scheme is case-insensitive (RFC 3986 §3.1).
// - The terms, 第6条: 通常窓口 0120-365-800, 夜間延長窓口 0800-777-9984, FAX 045-640-5918.

group('toE164: the numbers of the terms', () => {
  it.each([
    ['0120-365-800', '+81120365800'],
    ['0800-777-9984', '+818007779984'],
    ['045-640-5918', '+81456405918'],
  ])('%s is %s', (national, e164) => {
    expect(toE164(national)).toBe(e164);
  });
});

group('toE164: the ways people and platforms write a number', () => {
  it.each([
    // National forms, with the separators people print.
    ['digits only', '0120365800', '+81120365800'],
    ['spaces', '0120 365 800', '+81120365800'],
    ['the area code in brackets', '(0120) 365-800', '+81120365800'],
    ['full-width brackets', '（0120）365-800', '+81120365800'],
    ['dots', '0120.365.800', '+81120365800'],
    ['surrounding blanks', ' 0800-777-9984 ', '+818007779984'],
    // International forms (E.164, E.123).
    ['E.164 itself', '+81120365800', '+81120365800'],
    ['E.123 spaces', '+81 120 365 800', '+81120365800'],
    ['hyphens', '+81-800-777-9984', '+818007779984'],
    ['the trunk prefix in brackets after the country code', '+81 (0)120 365 800', '+81120365800'],
    ['the trunk prefix written out after the country code', '+81-0456-40-5918', '+81456405918'],
    ["Japan's international prefix 010", '010 81 120 365 800', '+81120365800'],
    ['010 then the trunk prefix', '010-81-0800-777-9984', '+818007779984'],
    // A number of another country keeps its country code (NANP, +1; 555-01xx is reserved for fiction).
    ['a US number', '+1 212 555 0100', '+12125550100'],
    ['a US number dialed from Japan with 010', '010-1-212-555-0100', '+12125550100'],
    // RFC 3966 tel: URIs.
    ['a tel: URI', 'tel:+81-120-365-800', '+81120365800'],
    ['a tel: URI in capitals', 'TEL:+81120365800', '+81120365800'],
    ['a tel: URI with an extension', 'tel:+81120365800;ext=12', '+81120365800'],
    ['a tel: URI with a phone-context', 'tel:0120-365-800;phone-context=+81', '+81120365800'],
    ['a tel: URI with blanks around it, as copied from a page', '  tel:+81-800-777-9984\n', '+818007779984'],
    // What Japanese input methods type: full-width digits, plus and dashes.
    ['full-width digits and hyphens', '０１２０－３６５－８００', '+81120365800'],
    ['full-width plus', '＋８１　１２０　３６５　８００', '+81120365800'],
    ['katakana long vowel marks as dashes', '０８００ー７７７ー９９８４', '+818007779984'],
    ['a minus sign and a figure dash', '045−640‒5918', '+81456405918'],
  ])('reads %s: %j → %s', (_, written, e164) => {
    expect(toE164(written)).toBe(e164);
  });
});

group('toE164: what is not a phone number', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['words', 'call us'],
    ['an anonymous caller id', 'anonymous'],
    ['letters in a tel: URI', 'tel:+81-NEO-JAPAN'],
    ['a plus alone', '+'],
    ['a country code starting with 0', '+0120365800'],
    ['the trunk prefix alone', '0'],
    ['a national number starting 00 (no area code starts with 0)', '00120365800'],
    ['a short code without the trunk prefix (110)', '110'],
    ['more than 15 digits', '+1234567890123456'],
    ['a national number too long for E.164 once 81 is added', '0123456789012345'],
    ['a number with a letter inside', '0120-365-80O'],
    // RFC 3966: "tel:" is a scheme only at the start; elsewhere it is text around a number.
    ['"tel:" after the number', '0120-365-800 tel:'],
  ])('%s: %j is null', (_, written) => {
    expect(toE164(written)).toBeNull();
  });

  it('takes exactly 15 digits, the E.164 maximum', () => {
    expect(toE164('+123456789012345')).toBe('+123456789012345');
    expect(toE164('+1234567890123456')).toBeNull();
  });
});

// Japanese national significant numbers: 9 digits (fixed lines, 0120) or 10 (0800, mobiles), never
// starting with 0, nor with 10: 010 is the international prefix, so no national number begins 010.
const nsn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 9 }))
  .map(([first, rest]) => `${first}${rest.join('')}`)
  .filter((n) => !n.startsWith('10'));
/** Splits digits into groups joined by a separator, as a number is printed. */
const printed = (digits: string) =>
  fc.tuple(fc.uniqueArray(fc.integer({ min: 1, max: digits.length - 1 }), { maxLength: 3 }), fc.constantFrom('-', ' ', '.', '－', 'ー')).map(([cuts, sep]) => {
    const at = [0, ...[...cuts].sort((a, b) => a - b), digits.length];
    return at
      .slice(1)
      .map((end, i) => digits.slice(at[i], end))
      .join(sep);
  });
const FULL_WIDTH_OFFSET = 0xfee0; // '０' (U+FF10) − '0' (U+0030)
const fullWidth = (s: string) => s.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));

group('toE164: properties over Japanese numbers', () => {
  it('the national form (0 + NSN), however grouped, is +81 and the NSN', () => {
    fc.assert(
      fc.property(
        nsn.chain((n) => fc.tuple(fc.constant(n), printed(`0${n}`))),
        ([n, written]) => toE164(written) === `+81${n}`,
      ),
    );
  });

  it('the national form, the +81 form, the 010 81 form, the tel: URI and the full-width form agree', () => {
    fc.assert(
      fc.property(nsn, (n) => {
        const e164 = `+81${n}`;
        for (const written of [`0${n}`, `+81${n}`, `+81 (0)${n}`, `010 81 ${n}`, `tel:+81${n}`, fullWidth(`0${n}`), fullWidth(`+81${n}`)]) {
          expect(toE164(written), written).toBe(e164);
        }
      }),
    );
  });

  it('its answer is a fixed point: an E.164 number reads as itself', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e164 = toE164(s);
        if (e164 === null) return;
        // E.164: a country code not starting with 0, at most 15 digits in all.
        expect(e164).toMatch(/^\+[1-9]\d{0,14}$/);
        expect(toE164(e164)).toBe(e164);
      }),
    );
  });
});
