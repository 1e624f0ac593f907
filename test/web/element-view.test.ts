import { expect, it, describe as suite } from 'vitest';
import { viewOf } from '../../src/element/view.js';
import { createDesk, desk, desknetsCloud, type Locale } from '../../src/index.js';

// What <madoguchi-contact> shows, without a DOM. Expected values from 第6条 (edition 15: 通常窓口
// 0120-365-800 9:00–17:30, 夜間延長窓口 0800-777-9984 18:00–20:00), E.164 for Japan (+81, the
// trunk 0 dropped) and the National Holidays Act; instants in JST.
const at = (wall: string) => `${wall}+09:00`;
const view = (wall: string, locale: Locale = 'ja', lineId?: string, d = desk) => viewOf(d, d.status(at(wall)), lineId, locale);

suite('the element view', () => {
  it.each([
    ['2026-11-25T10:00:00', undefined, 'open', '0120-365-800', 'tel:+81120365800'],
    ['2026-11-25T17:45:00', undefined, 'closed', '0800-777-9984', 'tel:+818007779984'],
    ['2026-11-25T18:30:00', undefined, 'open', '0800-777-9984', 'tel:+818007779984'],
    ['2026-11-25T20:30:00', undefined, 'closed', '0120-365-800', 'tel:+81120365800'],
    ['2026-11-25T10:00:00', 'night', 'closed', '0800-777-9984', 'tel:+818007779984'],
    ['2026-11-25T18:30:00', 'regular', 'closed', '0120-365-800', 'tel:+81120365800'],
  ])('at %s (line %s): %s, %s as %s', (wall, lineId, state, tel, href) => {
    expect(view(wall, 'ja', lineId)).toMatchObject({ state, tel, href });
  });

  it('says 本日, 明日 or the date of the next opening by the JST calendar', () => {
    expect(view('2026-11-25T17:45:00').when).toMatch(/本日.*18:00/);
    expect(view('2026-11-25T20:30:00').when).toMatch(/明日.*11月26日.*9:00/);
    expect(view('2026-11-28T12:00:00').when).toMatch(/^(?!.*明日).*11月30日.*9:00/); // Saturday → Monday
    expect(view('2026-11-25T20:30:00', 'en').when).toMatch(/tomorrow.*26.*9:00 JST/);
  });

  it('gives the reason of a closed day: the weekday, the holiday, the company holiday', () => {
    expect(view('2026-11-28T12:00:00').stateText).toContain('土曜日');
    expect(view('2026-11-23T12:00:00').stateText).toContain('勤労感謝の日');
    const company = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-11-25', name: '棚卸し' }] });
    expect(view('2026-11-25T12:00:00', 'ja', undefined, company).stateText).toContain('棚卸し');
    expect(view('2026-11-25T12:00:00').stateText).not.toMatch(/休業/);
  });

  it('marks a holiday of a year the Cabinet Office has not published as provisional, and only such', () => {
    expect(view('2028-03-20T12:00:00').provisional).toContain('春分の日');
    expect(view('2028-03-20T12:00:00', 'en').provisional).toMatch(/provisional/i);
    expect(view('2027-03-21T12:00:00').provisional).toBe(''); // 2027's equinox is published
  });

  it('says the language constraint, and English has no Japanese script for the terms as published', () => {
    expect(view('2026-11-25T10:00:00').languages).toContain('日本語');
    for (const wall of ['2026-11-25T10:00:00', '2026-11-25T17:45:00', '2026-11-23T12:00:00', '2026-11-28T12:00:00', '2028-03-20T12:00:00']) {
      expect(Object.values(view(wall, 'en')).join(' ')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

suite('the element view of one line suspended by an override', () => {
  const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: '仕事納め' }] });

  it('says the night line is suspended, with the override name, while the regular line is open', () => {
    const v = viewOf(d, d.status('2026-12-28T10:00:00+09:00'), 'night', 'ja');
    expect(v.state).toBe('closed');
    expect(v.stateText).toContain('仕事納め');
    expect(v.tel).toBe('0800-777-9984');
    expect(viewOf(d, d.status('2026-12-28T10:00:00+09:00'), 'regular', 'ja').state).toBe('open');
  });
});

suite('provisional holidays the next opening skips', () => {
  it('on Saturday 2028-03-18 the next opening (Tue 21 Mar) skips 春分の日 2028-03-20, which is provisional', () => {
    const v = view('2028-03-18T12:00:00');
    expect(v.when).toMatch(/3月21日/);
    expect(v.provisional).toContain('春分の日');
  });

  it('on Saturday 2027-03-20 the next opening skips 振替休日 (Mon 22 Mar) of a published year: nothing marked', () => {
    expect(view('2027-03-20T12:00:00').provisional).toBe('');
  });
});
