import { describe, expect, it } from 'vitest';
import {
  createDesk,
  type DeskOptions,
  day,
  desknetsCloud,
  type EditionInput,
  type LineInput,
  lines as linesOf,
  type PolicyInput,
  route,
} from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// The checks of definePolicy (through createDesk), the windows, the overrides option and the
// compiled lines (first written against survivors of `npm run mutation`).
// Each desk is compiled inside the test that uses it, so the mutation run counts the test as
// covering the compiler.
//
// Expected values come from 第6条 of the terms: ed.15 (from 2023-02-06) 通常窓口 9:00～17:30 and
// 夜間延長窓口 18:00～20:00; ed.14 (2020-07-01 .. 2023-02-05) 9:00～12:00 及び 13:00～17:30;
// 土日祝日及び当社休業日を除く; UTC+9; 第6条2項 (calls are recorded). From design.md: windows are
// half-open and lie within one JST day; structural problems throw INVALID_POLICY, and the message
// names where (the path), the offending value and what is accepted. Weekdays read off a calendar:
// 2020-07-01 Wed, 2023-02-03 Fri, 2023-02-05 Sun, 2023-02-06 Mon, 2026-11-25 Wed, 2026-11-28 Sat,
// 2026-11-30 Mon, 2026-12-01 Tue, 2026-12-28 Mon, 2099-12-31 Thu.

type Change = Record<string, unknown>;

const [ed14, ed15] = desknetsCloud.editions as readonly [EditionInput, EditionInput];
const [regular, night] = ed15.lines as readonly [LineInput, LineInput];

/** The preset, its edition 15 or that edition's night line (at `NIGHT`) changed. */
const withPolicy = (change: Change): unknown => ({ ...desknetsCloud, ...change });
const withEd15 = (change: Change): unknown => withPolicy({ editions: [ed14, { ...ed15, ...change }] });
const withNight = (change: Change): unknown => withEd15({ lines: [regular, { ...night, ...change }] });
const ED15 = 'policy.editions[1]';
const NIGHT = `${ED15}.lines[1]`;

/** A one-edition policy of one line, open on weekdays 9:00–17:30 unless changed. */
const oneLine = (change: Change = {}, edition: Change = {}): unknown => ({
  id: 'test-desk',
  name: { ja: 'テスト窓口', en: 'Test desk' },
  editions: [
    {
      edition: 1,
      effective: '2020-07-01',
      lines: [
        {
          id: 'main',
          name: { ja: '窓口', en: 'Desk' },
          tel: '0120-000-000',
          languages: ['ja'],
          weekdays: [1, 2, 3, 4, 5],
          windows: [['9:00', '17:30']],
          ...change,
        },
      ],
      ...edition,
    },
  ],
});

const compile = (policy: unknown, options?: unknown) => createDesk(policy as PolicyInput, options as DeskOptions);
const jst = (local: string): string => `${local}+09:00`;
const ms = (local: string): number => Date.parse(jst(local));

/** Expects INVALID_POLICY at `path`, the message containing every one of `mentions`. */
function expectPolicyError(fn: () => unknown, path: string, mentions: readonly string[]): void {
  const error = expectMadoguchiError(fn, 'INVALID_POLICY');
  expect(error.message).toContain(`Invalid policy at ${path}: `);
  for (const m of mentions) expect(error.message).toContain(m);
}

describe('the compiled lines carry what the policy says', () => {
  it('gives edition 15 its two lines as 第6条1項 lists them', () => {
    const d = compile(JSON.parse(JSON.stringify(desknetsCloud)));
    const lines = linesOf(d, jst('2026-11-25T10:00'));
    expect(lines).toEqual([
      {
        id: 'regular',
        edition: 15,
        name: { ja: '通常窓口', en: regular.name.en },
        tel: '0120-365-800',
        e164: '+81120365800', // 0120 with the leading 0 dropped after +81 (ITU-T E.164)
        fax: '045-640-5918',
        languages: ['ja'],
        hours: '9:00～17:30',
        weekdays: [1, 2, 3, 4, 5],
      },
      {
        id: 'night',
        edition: 15,
        name: { ja: '夜間延長窓口', en: night.name.en },
        tel: '0800-777-9984',
        e164: '+818007779984',
        languages: ['ja'],
        hours: '18:00～20:00',
        weekdays: [1, 2, 3, 4, 5],
      },
    ]);
    // The terms list no FAX for 夜間延長窓口: the key is absent, not undefined.
    expect(Object.hasOwn(lines[1] as object, 'fax')).toBe(false);
    expect(Object.isFrozen(lines[0])).toBe(true);
    expect(Object.isFrozen(lines[0]?.languages)).toBe(true);
  });

  it('writes edition 14 hours as the terms print them, two windows in order', () => {
    const d = compile(desknetsCloud);
    const [line] = linesOf(d, jst('2022-11-16T10:00'));
    expect(line?.edition).toBe(14);
    expect(line?.hours).toBe('9:00～12:00, 13:00～17:30');
  });

  it('passes a line through unchanged: id, name, tel, fax, every language, weekdays', () => {
    const d = compile(oneLine({ fax: '03-0000-0000', languages: ['ja', 'en'], weekdays: [7, 6, 1] }));
    expect(linesOf(d, jst('2026-11-25T10:00'))).toEqual([
      {
        id: 'main',
        edition: 1,
        name: { ja: '窓口', en: 'Desk' },
        tel: '0120-000-000',
        e164: '+81120000000',
        fax: '03-0000-0000',
        languages: ['ja', 'en'],
        hours: '9:00～17:30',
        weekdays: [1, 6, 7],
      },
    ]);
  });

  it.each([
    // [weekdays, a day the line opens, a day it does not]
    [[1], '2026-11-30', '2026-12-01'],
    [[6, 7], '2026-11-28', '2026-11-25'],
    [[7], '2026-11-29', '2026-11-28'],
    [[2], '2026-12-01', '2026-11-30'],
  ])('a line with weekdays %j opens on %s at 10:00 and not on %s', (weekdays, openDay, closedDay) => {
    const d = compile(oneLine({ weekdays }));
    expect(d.isOpen(jst(`${openDay}T10:00`))).toBe(true);
    expect(d.isOpen(jst(`${closedDay}T10:00`))).toBe(false);
    expect(day(d, openDay).windows.map((w) => w.opensAt.getTime())).toEqual([ms(`${openDay}T09:00`)]);
    expect(day(d, closedDay).windows).toEqual([]);
  });

  it('serves every language a line lists', () => {
    const d = compile(oneLine({ languages: ['ja', 'en'] }));
    const decision = route(d, { at: jst('2026-11-25T10:00'), language: 'en' });
    expect(decision.kind).toBe('connect');
  });

  it('hands the recording notice of 第6条2項 to a connect decision, and null when a policy has none', () => {
    const withNotice = compile(JSON.parse(JSON.stringify(desknetsCloud)));
    const connect = route(withNotice, { at: jst('2026-11-25T10:00') });
    expect(connect.kind).toBe('connect');
    expect(connect.kind === 'connect' && connect.recordingNotice).toEqual(desknetsCloud.editions[1]?.recordingNotice);
    expect(connect.kind === 'connect' && connect.recordingNotice?.ja).toContain('録音');

    const silent = compile(oneLine());
    const plain = route(silent, { at: jst('2026-11-25T10:00') });
    expect(plain.kind).toBe('connect');
    expect(plain.kind === 'connect' && plain.recordingNotice).toBeNull();
  });

  it('knows the line ids of every edition, and no others', () => {
    const d = compile(JSON.parse(JSON.stringify(desknetsCloud)));
    expect(d.isOpen(jst('2026-11-25T19:00'), 'night')).toBe(true);
    expect(d.isOpen(jst('2026-11-25T19:00'), 'regular')).toBe(false);
    expectMadoguchiError(() => d.isOpen(jst('2026-11-25T19:00'), 'evening'), 'UNKNOWN_LINE');
  });
});

describe('editions take effect in date order, whatever order they are listed in', () => {
  it.each([
    ['14, 15', [ed14, ed15]],
    ['15, 14', [ed15, ed14]],
  ])('listed as %s', (_, editions) => {
    const d = compile(withPolicy({ editions }));
    // ed.14 to 2023-02-05: a lunch break 12:00–13:00; ed.15 from 2023-02-06: 9:00–17:30 straight.
    expect(d.status(jst('2023-02-03T12:30')).edition).toBe(14);
    expect(d.status(jst('2023-02-03T12:30')).closed?.reason).toBe('between-windows');
    expect(d.status(jst('2023-02-05T23:59:59.999')).edition).toBe(14);
    expect(d.status(jst('2023-02-06T00:00')).edition).toBe(15);
    expect(d.status(jst('2023-02-06T12:30')).line?.id).toBe('regular');
    expect(d.isOpen(jst('2023-02-06T19:00'), 'night')).toBe(true);
    expect(d.isOpen(jst('2020-07-01T12:30'))).toBe(false);
    expect(d.isOpen(jst('2020-07-01T13:00'))).toBe(true);
  });

  it('orders three editions listed out of order', () => {
    const e = (edition: number, effective: string, open: string): Change => ({
      edition,
      effective,
      lines: [{ id: 'main', name: { ja: '窓口', en: 'Desk' }, tel: '0120-000-000', languages: ['ja'], weekdays: [1, 2, 3, 4, 5], windows: [[open, '17:00']] }],
    });
    const d = compile({
      id: 'p',
      name: { ja: 'p', en: 'p' },
      editions: [e(2, '2022-01-01', '10:00'), e(3, '2024-01-01', '11:00'), e(1, '2020-07-01', '9:00')],
    });
    expect(d.status(jst('2021-06-01T09:30')).edition).toBe(1);
    expect(d.isOpen(jst('2021-06-01T09:30'))).toBe(true);
    expect(d.status(jst('2023-06-01T10:30')).edition).toBe(2);
    expect(d.isOpen(jst('2023-06-01T09:30'))).toBe(false);
    expect(d.status(jst('2026-11-25T10:30')).edition).toBe(3);
    expect(d.isOpen(jst('2026-11-25T10:30'))).toBe(false);
    expect(d.isOpen(jst('2026-11-25T11:00'))).toBe(true);
  });
});

describe('line ids are lowercase letters, digits and "-", starting with a letter', () => {
  it.each(['regular', 'a', 'night-2', 'x9', 'tel-0120'])('accepts %j', (id) => {
    const d = compile(oneLine({ id }));
    expect(d.isOpen(jst('2026-11-25T10:00'), id)).toBe(true);
  });

  it.each(['Regular', '9line', '-night', 'night_2', 'night 2', 'nigh!', '!night', 'ナイト'])('rejects %j naming it and the accepted form', (id) => {
    expectPolicyError(() => compile(withNight({ id })), `${NIGHT}.id`, [JSON.stringify(id), 'lowercase letters, digits and "-"']);
  });
});

describe('line fields are checked one by one, each error naming its path', () => {
  it.each([
    ['an empty id', { id: '' }, `${NIGHT}.id`, ['expected a non-empty string, got ""']],
    ['a numeric id', { id: 7 }, `${NIGHT}.id`, ['expected a non-empty string, got 7']],
    ['an empty tel', { tel: '' }, `${NIGHT}.tel`, ['expected a non-empty string, got ""']],
    ['a blank tel', { tel: '   ' }, `${NIGHT}.tel`, ['expected a non-empty string, got "   "']],
    ['a numeric tel', { tel: 120 }, `${NIGHT}.tel`, ['expected a non-empty string, got 120']],
    ['an empty fax', { fax: '' }, `${NIGHT}.fax`, ['expected a non-empty string']],
    ['a fax that is null', { fax: null }, `${NIGHT}.fax`, ['got null']],
    ['a name without en', { name: { ja: '夜間延長窓口' } }, `${NIGHT}.name.en`, ['expected a non-empty string, got undefined']],
    ['a blank ja name', { name: { ja: ' ', en: 'Evening line' } }, `${NIGHT}.name.ja`, ['expected a non-empty string']],
    ['a name as an array', { name: [] }, `${NIGHT}.name`, ['expected an object with keys ja, en, got an array of 0']],
    ['a name as a string', { name: '夜間延長窓口' }, `${NIGHT}.name`, ['expected an object with keys ja, en, got "夜間延長窓口"']],
    ['a name with a third language', { name: { ja: '夜間', en: 'Evening', zh: '夜间' } }, `${NIGHT}.name`, ['unknown key "zh"; accepted keys are ja, en']],
    ['no languages', { languages: [] }, `${NIGHT}.languages`, ['expected at least one language tag such as "ja"']],
    ['languages as a string', { languages: 'ja' }, `${NIGHT}.languages`, ['expected an array, got "ja"']],
    ['a malformed second language', { languages: ['ja', 'en_US'] }, `${NIGHT}.languages[1]`, ['"en_US" is not a BCP 47 language tag']],
    ['a language in Japanese', { languages: ['日本語'] }, `${NIGHT}.languages[0]`, ['"日本語" is not a BCP 47 language tag']],
    ['an empty language', { languages: [''] }, `${NIGHT}.languages[0]`, ['"" is not a BCP 47 language tag']],
    ['a numeric language', { languages: [1] }, `${NIGHT}.languages[0]`, ['1 is not a BCP 47 language tag']],
    ['weekdays as a string', { weekdays: '1-5' }, `${NIGHT}.weekdays`, ['expected an array, got "1-5"']],
    ['a misspelled key', { window: [['18:00', '20:00']] }, NIGHT, ['unknown key "window"', 'id, name, tel, fax, languages, weekdays, windows']],
    ['a tel that is no phone number', { tel: 'TEL' }, `${NIGHT}.tel`, ['"TEL" is not a phone number', '"0120-365-800"']],
    [
      'a closedOn naming what is no closure (weekends close by weekdays)',
      { closedOn: ['national-holiday', 'weekend'] },
      `${NIGHT}.closedOn[1]`,
      ['expected "national-holiday" or "company-holiday", got "weekend"'],
    ],
    [
      'a closedOn listing one closure twice',
      { closedOn: ['company-holiday', 'company-holiday'] },
      `${NIGHT}.closedOn[1]`,
      ['"company-holiday" is listed twice'],
    ],
  ])('%s', (_, change, path, mentions) => {
    expectPolicyError(() => compile(withNight(change)), path, mentions);
  });

  it('accepts a line without fax, as the night line of 第6条1項(2) is', () => {
    const { fax: _, ...noFax } = regular;
    const d = compile(withEd15({ lines: [noFax, night] }));
    expect(Object.hasOwn(linesOf(d, jst('2026-11-25T10:00'))[0] as object, 'fax')).toBe(false);
  });

  it.each([
    [0, '0'],
    [8, '8'],
    [-1, '-1'],
    [1.5, '1.5'],
    ['1', '"1"'],
    [null, 'null'],
  ])('rejects the weekday %j (ISO weekdays run from 1, Monday, to 7, Sunday)', (day, shown) => {
    expectPolicyError(() => compile(withNight({ weekdays: [1, day] })), `${NIGHT}.weekdays[1]`, [
      `${shown} is not an ISO weekday`,
      'expected 1 (Monday) to 7 (Sunday)',
    ]);
  });

  it('rejects a weekday listed twice', () => {
    expectPolicyError(() => compile(withNight({ weekdays: [1, 2, 1] })), `${NIGHT}.weekdays[2]`, ['weekday 1 is listed twice']);
  });

  it('accepts weekdays 1 and 7, the ends of the ISO week', () => {
    const d = compile(oneLine({ weekdays: [1, 7] }));
    expect(d.isOpen(jst('2026-11-29T10:00'))).toBe(true);
    expect(d.isOpen(jst('2026-11-30T10:00'))).toBe(true);
  });
});

describe('edition fields name their path', () => {
  it.each([
    ['a recording notice without en', { recordingNotice: { ja: '録音します' } }, `${ED15}.recordingNotice.en`],
    ['a maintenance source that is a number', { maintenance: { daily: [['1:00', '6:00']], source: 18 } }, `${ED15}.maintenance.source`],
  ])('%s', (_, change, path) => {
    expectPolicyError(() => compile(withEd15(change)), path, ['expected a non-empty string']);
  });
});

describe('windows: two wall-clock times within one JST day, apart from each other', () => {
  it.each([
    ['no windows', [], `${NIGHT}.windows`, ['expected at least one window such as ["9:00", "17:30"]']],
    ['windows as a string', '18:00-20:00', `${NIGHT}.windows`, ['expected an array, got "18:00-20:00"']],
    ['a window as a string', [['18:00', '19:00'], '19:30-20:00'], `${NIGHT}.windows[1]`, ['expected a window ["H:MM", "H:MM"], got "19:30-20:00"']],
    ['a window as a two-letter string', ['18'], `${NIGHT}.windows[0]`, ['expected a window ["H:MM", "H:MM"], got "18"']],
    ['a window of one time', [['18:00']], `${NIGHT}.windows[0]`, ['expected a window ["H:MM", "H:MM"], got an array of 1']],
    ['a window of three times', [['18:00', '19:00', '20:00']], `${NIGHT}.windows[0]`, ['expected a window ["H:MM", "H:MM"], got an array of 3']],
    ['a malformed opening', [['6pm', '20:00']], `${NIGHT}.windows[0]`, ['expected wall-clock times "H:MM" from 0:00 to 24:00, got "6pm", "20:00"']],
    ['a malformed closing', [['18:00', '8pm']], `${NIGHT}.windows[0]`, ['expected wall-clock times "H:MM" from 0:00 to 24:00, got "18:00", "8pm"']],
    ['an empty window', [['18:00', '18:00']], `${NIGHT}.windows[0]`, ['the window closes at 18:00, not after it opens at 18:00']],
    ['an inverted window', [['20:00', '18:00']], `${NIGHT}.windows[0]`, ['the window closes at 18:00, not after it opens at 20:00', 'within one JST day']],
    [
      'touching windows, listed late first',
      [
        ['19:00', '20:00'],
        ['18:00', '19:00'],
      ],
      `${NIGHT}.windows`,
      ['window 19:00–20:00 touches 18:00–19:00', 'must be apart'],
    ],
    [
      'overlapping windows',
      [
        ['18:00', '19:30'],
        ['19:00', '20:00'],
      ],
      `${NIGHT}.windows`,
      ['window 19:00–20:00 overlaps 18:00–19:30'],
    ],
    [
      'a window inside another',
      [
        ['18:00', '20:00'],
        ['18:30', '19:00'],
      ],
      `${NIGHT}.windows`,
      ['window 18:30–19:00 overlaps 18:00–20:00'],
    ],
    [
      'windows from 0:00 and to 24:00',
      [
        ['0:00', '2:00'],
        ['18:00', '24:00'],
      ],
      `${NIGHT}.windows`,
      ['open across midnight', 'close within each JST day'],
    ],
    [
      'windows to 24:00 and from 0:00, listed late first',
      [
        ['18:00', '24:00'],
        ['0:00', '2:00'],
      ],
      `${NIGHT}.windows`,
      ['open across midnight'],
    ],
    ['one window all day', [['0:00', '24:00']], `${NIGHT}.windows`, ['open across midnight']],
  ])('rejects %s', (_, windows, path, mentions) => {
    expectPolicyError(() => compile(withNight({ windows })), path, mentions);
  });

  it('accepts the windows of ed.14 listed afternoon first, and prints them in order', () => {
    const d = compile(
      oneLine({
        windows: [
          ['13:00', '17:30'],
          ['9:00', '12:00'],
        ],
      }),
    );
    expect(linesOf(d, jst('2026-11-25T10:00'))[0]?.hours).toBe('9:00～12:00, 13:00～17:30');
    expect(d.status(jst('2026-11-25T12:00')).closed?.reason).toBe('between-windows');
    expect(d.status(jst('2026-11-25T11:59:59.999')).closesAt?.getTime()).toBe(ms('2026-11-25T12:00'));
    expect(day(d, '2026-11-25').windows.map((w) => [w.opensAt.getTime(), w.closesAt.getTime()])).toEqual([
      [ms('2026-11-25T09:00'), ms('2026-11-25T12:00')],
      [ms('2026-11-25T13:00'), ms('2026-11-25T17:30')],
    ]);
  });

  it('accepts windows one minute apart', () => {
    const d = compile(
      oneLine({
        windows: [
          ['9:00', '11:59'],
          ['12:00', '17:30'],
        ],
      }),
    );
    expect(d.isOpen(jst('2026-11-25T11:59'))).toBe(false);
    expect(d.isOpen(jst('2026-11-25T12:00'))).toBe(true);
  });

  it.each([
    [
      [
        ['0:00', '2:00'],
        ['20:00', '23:00'],
      ],
      ['01:00', '22:00'],
    ],
    [[['0:00', '9:00']], ['00:00', '08:59']],
    [[['18:00', '24:00']], ['18:00', '23:59']],
  ])('accepts %j: it opens from 0:00 or to 24:00, not both', (windows, openAt) => {
    const d = compile(oneLine({ windows }));
    for (const t of openAt) expect(d.isOpen(jst(`2026-11-25T${t}`))).toBe(true);
  });
});

describe('the policy and its editions', () => {
  it.each([
    ['an empty id', withPolicy({ id: '' }), 'policy.id', ['expected a non-empty string, got ""']],
    ['a name without ja', withPolicy({ name: { en: 'x' } }), 'policy.name.ja', ['got undefined']],
    ['a recording notice without en', withPolicy({ recordingNotice: { ja: '録音します' } }), 'policy.recordingNotice.en', ['expected a non-empty string']],
    ['a recording notice as a string', withPolicy({ recordingNotice: '録音します' }), 'policy.recordingNotice', ['expected an object with keys ja, en']],
    ['no editions', withPolicy({ editions: [] }), 'policy.editions', ['expected at least one edition']],
    ['editions as an object', withPolicy({ editions: { 15: ed15 } }), 'policy.editions', ['expected an array, got an object']],
    ['an unknown key', withPolicy({ lines: [] }), 'policy', ['unknown key "lines"; accepted keys are id, name, editions, recordingNotice']],
    [
      'an edition as a string',
      withPolicy({ editions: [ed14, '15'] }),
      ED15,
      ['expected an object with keys edition, effective, source, lines, recordingNotice, maintenance, got "15"'],
    ],
    [
      'an unknown edition key',
      withEd15({ effectiveFrom: '2023-02-06' }),
      ED15,
      ['unknown key "effectiveFrom"; accepted keys are edition, effective, source, lines'],
    ],
    ['edition 0', withEd15({ edition: 0 }), `${ED15}.edition`, ['expected a positive whole number, got 0']],
    ['edition -15', withEd15({ edition: -15 }), `${ED15}.edition`, ['expected a positive whole number, got -15']],
    ['edition 15.5', withEd15({ edition: 15.5 }), `${ED15}.edition`, ['expected a positive whole number, got 15.5']],
    ['edition "15"', withEd15({ edition: '15' }), `${ED15}.edition`, ['expected a positive whole number, got "15"']],
    ['an empty source', withEd15({ source: '' }), `${ED15}.source`, ['expected a non-empty string']],
    ['no lines', withEd15({ lines: [] }), `${ED15}.lines`, ['expected at least one line']],
    ['lines as an object', withEd15({ lines: regular }), `${ED15}.lines`, ['expected an array, got an object']],
    [
      'a line as null',
      withEd15({ lines: [regular, null] }),
      `${ED15}.lines[1]`,
      ['expected an object with keys id, name, tel, fax, languages, weekdays, windows, closedOn, got null'],
    ],
    ['two lines with one id', withEd15({ lines: [regular, { ...night, id: 'regular' }] }), `${ED15}.lines`, ['duplicate line id "regular"']],
    ['a policy that is a function', () => desknetsCloud, 'policy', ['expected an object with keys id, name, editions, recordingNotice, until, got a function']],
    ['a policy that is an array', [desknetsCloud], 'policy', ['expected an object with keys id, name, editions, recordingNotice, until, got an array of 1']],
    ['a policy that is null', null, 'policy', ['got null']],
  ])('rejects %s', (_, policy, path, mentions) => {
    expectPolicyError(() => compile(policy), path, mentions);
  });

  it.each([
    ['2023-02-30', 'is not a day of the calendar'],
    ['2023-2-6', 'expected a calendar date "YYYY-MM-DD"'],
    ['2023/02/06', 'expected a calendar date "YYYY-MM-DD"'],
  ])('rejects the effective date %j as a malformed policy, naming where', (effective, phrase) => {
    const error = expectMadoguchiError(() => compile(withEd15({ effective })), 'INVALID_POLICY');
    expect(error.message).toContain(`${ED15}.effective`);
    expect(error.message).toContain(JSON.stringify(effective));
    expect(error.message).toContain(phrase);
  });

  it('rejects an edition before 1949, when holidays under the National Holidays Act begin', () => {
    expectPolicyError(() => compile(oneLine({}, { effective: '1948-12-31' })), 'policy.editions[0].effective', ['"1948-12-31" is before 1949-01-01']);
  });

  it('accepts an edition from 1949-01-01 and edition number 1', () => {
    const d = compile(oneLine({}, { effective: '1949-01-01', edition: 1 }));
    expect(d.status(jst('1949-01-04T10:00')).edition).toBe(1);
  });

  it('accepts a policy without a recording notice, and edition 15 with several distinct lines', () => {
    const { recordingNotice: _, ...silent } = desknetsCloud;
    const d = compile(silent);
    expect(linesOf(d, jst('2026-11-25T10:00')).map((l) => l.id)).toEqual(['regular', 'night']);
  });

  it('rejects two editions in force from the same day, wherever they are listed', () => {
    const e = (edition: number, effective: string): Change => ({ ...ed15, edition, effective });
    for (const editions of [
      [e(14, '2023-02-06'), e(15, '2023-02-06')],
      [e(1, '2020-07-01'), e(2, '2023-02-06'), e(3, '2020-07-01')],
    ]) {
      const error = expectMadoguchiError(() => compile(withPolicy({ editions })), 'INVALID_POLICY');
      expect(error.message).toContain('Invalid policy at policy.editions: ');
      expect(error.message).toContain('take effect on the same day');
    }
    const error = expectMadoguchiError(() => compile(withPolicy({ editions: [e(14, '2023-02-06'), e(15, '2023-02-06')] })), 'INVALID_POLICY');
    expect(error.message).toContain('editions 14 and 15');
  });

  it('rejects one edition number listed twice', () => {
    const editions = [ed14, ed15, { ...ed15, effective: '2024-04-01' }];
    expectPolicyError(() => compile(withPolicy({ editions })), 'policy.editions', ['edition 15 is listed twice']);
  });

  it('rejects a symbol key, and a revoked Proxy, with INVALID_POLICY rather than a TypeError', () => {
    const withSymbol = { ...desknetsCloud, [Symbol('extra')]: true };
    expectPolicyError(() => compile(withSymbol), 'policy', ['unknown key "Symbol(extra)"']);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectPolicyError(() => compile(proxy), 'policy', ['expected an object with keys id, name, editions, recordingNotice']);
    expectPolicyError(() => compile(withPolicy({ editions: proxy })), 'policy.editions', ['expected an array']);
  });
});

describe('overrides: one date, one line (or all), closed or other hours', () => {
  const OV = 'options.overrides';

  it('closes only the named line on its day', () => {
    const d = compile(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'night', closed: true }] });
    expect(d.isOpen(jst('2026-12-28T10:00'), 'regular')).toBe(true);
    expect(d.isOpen(jst('2026-12-28T19:00'), 'night')).toBe(false);
    expect(day(d, '2026-12-28').windows.map((w) => w.line.id)).toEqual(['regular']);
    expect(d.isOpen(jst('2026-12-29T19:00'), 'night')).toBe(true);
  });

  it('closes every line when no line is named, under the override name', () => {
    const d = compile(desknetsCloud, { overrides: [{ date: '2026-12-28', closed: true, name: '臨時休業' }] });
    expect(day(d, '2026-12-28').closed).toEqual({ reason: 'override', name: '臨時休業' });
    expect(day(d, '2026-12-28').windows).toEqual([]);
    expect(d.isOpen(jst('2026-12-28T10:00'))).toBe(false);
  });

  it('gives a line other hours that day, even on a Saturday', () => {
    const d = compile(desknetsCloud, { overrides: [{ date: '2026-11-28', lineId: 'regular', windows: [['10:00', '15:00']] }] });
    expect(d.isOpen(jst('2026-11-28T09:30'))).toBe(false);
    expect(d.status(jst('2026-11-28T10:00')).line?.id).toBe('regular');
    expect(d.status(jst('2026-11-28T10:00')).closesAt?.getTime()).toBe(ms('2026-11-28T15:00'));
    expect(d.isOpen(jst('2026-11-28T15:00'))).toBe(false);
    expect(d.isOpen(jst('2026-11-28T19:00'), 'night')).toBe(false);
  });

  // README: an override giving other hours names its line whenever the edition has several; with
  // one line (edition 14's 問い合わせ窓口) there is no other line it could open by mistake.
  it.each([
    ['the preset on a Saturday of edition 14', desknetsCloud, '2021-06-05', 'regular'],
    ['a one-line policy on a Saturday', oneLine(), '2026-11-28', 'main'],
  ])('takes other hours without a line on %s, where the edition has one line', (_, policy, date, id) => {
    const d = compile(policy, { overrides: [{ date, windows: [['10:00', '12:00']] }] });
    expect(d.status(jst(`${date}T10:00`)).line?.id).toBe(id);
    expect(d.isOpen(jst(`${date}T12:00`))).toBe(false);
  });

  // 第6条: a line is closed on 土日祝日・当社休業日; a line that says nothing of closedOn is closed on both.
  it('closes a line without closedOn on a company holiday and on a national holiday', () => {
    const d = compile(oneLine(), { companyHolidays: ['2026-11-25'] });
    expect(day(d, '2026-11-25').closed?.reason).toBe('company-holiday');
    expect(day(d, '2026-11-23').closed?.reason).toBe('national-holiday');
    expect(day(d, '2026-11-24').windows).toHaveLength(1);
  });

  it('lets an override run a whole day, 0:00 to 24:00', () => {
    const d = compile(desknetsCloud, { overrides: [{ date: '2026-11-25', lineId: 'regular', windows: [['0:00', '24:00']] }] });
    expect(d.isOpen(jst('2026-11-25T00:00'), 'regular')).toBe(true);
    expect(d.isOpen(jst('2026-11-25T23:59:59.999'), 'regular')).toBe(true);
  });

  it.each([
    // [what, the override, the day's closed reason, an instant the overridden line would be open]
    ['the night line on the day ed.15 takes effect', { date: '2023-02-06', lineId: 'night', closed: true }, null, '2023-02-06T19:00'],
    ['the only line of ed.14 on the first day of the terms', { date: '2020-07-01', lineId: 'regular', closed: true }, 'override', '2020-07-01T10:00'],
    ['every line on the last supported day', { date: '2099-12-31', closed: true }, 'override', '2099-12-31T10:00'],
  ] as const)('accepts an override of %s', (_, override, reason, wouldBeOpen) => {
    const d = compile(desknetsCloud, { overrides: [override] });
    expect(day(d, override.date).closed?.reason ?? null).toBe(reason);
    expect(d.isOpen(jst(wouldBeOpen), 'lineId' in override ? override.lineId : undefined)).toBe(false);
  });

  it('accepts one override per line and day: two lines on one day, one line on two days', () => {
    const d = compile(desknetsCloud, {
      overrides: [
        { date: '2026-12-28', lineId: 'regular', closed: true },
        { date: '2026-12-28', lineId: 'night', closed: true },
        { date: '2026-12-29', lineId: 'night', closed: true },
        { date: '2026-12-30', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    });
    expect(d.isOpen(jst('2026-12-28T10:00'))).toBe(false);
    expect(d.isOpen(jst('2026-12-28T19:00'))).toBe(false);
    expect(d.isOpen(jst('2026-12-29T10:00'))).toBe(true);
    expect(d.isOpen(jst('2026-12-29T19:00'))).toBe(false);
  });

  it.each([
    [
      'all lines, then one line',
      [
        { date: '2026-12-28', closed: true },
        { date: '2026-12-28', lineId: 'night', closed: true },
      ],
      'for line "night"',
    ],
    [
      'one line, then all lines',
      [
        { date: '2026-12-28', lineId: 'night', closed: true },
        { date: '2026-12-28', closed: true },
      ],
      'for a line',
    ],
    [
      'one line twice',
      [
        { date: '2026-12-28', lineId: 'night', closed: true },
        { date: '2026-12-28', lineId: 'night', windows: [['18:00', '19:00']] },
      ],
      'for line "night"',
    ],
    [
      'all lines twice',
      [
        { date: '2026-12-28', closed: true },
        { date: '2026-12-28', closed: true },
      ],
      'for a line',
    ],
  ])('rejects two overrides of one line and day: %s', (_, overrides, phrase) => {
    expectPolicyError(() => compile(desknetsCloud, { overrides }), `${OV}[1]`, [`2026-12-28 already has an override ${phrase}`, 'give one per line and day']);
  });

  it.each([
    ['overrides as an object', { date: '2026-12-28', closed: true }, OV, ['expected an array, got an object']],
    ['an override as a string', ['2026-12-28'], `${OV}[0]`, ['expected an object with keys date, lineId, closed, windows, name, got "2026-12-28"']],
    [
      'a misspelled key',
      [{ date: '2026-12-28', line: 'night', closed: true }],
      `${OV}[0]`,
      ['unknown key "line"; accepted keys are date, lineId, closed, windows, name'],
    ],
    ['neither closed nor windows', [{ date: '2026-12-28', lineId: 'night' }], `${OV}[0]`, ['give exactly one of closed: true or windows']],
    [
      'both closed and windows',
      [{ date: '2026-12-28', closed: true, windows: [['10:00', '12:00']] }],
      `${OV}[0]`,
      ['give exactly one of closed: true or windows'],
    ],
    ['closed: false', [{ date: '2026-12-28', closed: false }], `${OV}[0].closed`, ['expected true, got false']],
    ['closed: "yes"', [{ date: '2026-12-28', closed: 'yes' }], `${OV}[0].closed`, ['expected true, got "yes"']],
    ['an empty name', [{ date: '2026-12-28', closed: true, name: '' }], `${OV}[0].name`, ['expected a non-empty string']],
    [
      'inverted windows',
      [{ date: '2026-12-28', lineId: 'regular', windows: [['15:00', '10:00']] }],
      `${OV}[0].windows[0]`,
      ['the window closes at 10:00, not after it opens at 15:00'],
    ],
    [
      'touching windows',
      [
        {
          date: '2026-12-28',
          lineId: 'regular',
          windows: [
            ['10:00', '12:00'],
            ['12:00', '15:00'],
          ],
        },
      ],
      `${OV}[0].windows`,
      ['touches'],
    ],
    ['no windows', [{ date: '2026-12-28', lineId: 'regular', windows: [] }], `${OV}[0].windows`, ['expected at least one window']],
    [
      'hours without a line when the edition has two',
      [{ date: '2026-12-28', windows: [['10:00', '12:00']] }],
      `${OV}[0]`,
      ['windows need a lineId on 2026-12-28: edition 15 has the lines "regular", "night"'],
    ],
    [
      'an unknown line',
      [{ date: '2026-12-28', lineId: 'evening', closed: true }],
      `${OV}[0].lineId`,
      ['"evening" is not a line of edition 15 in force on 2026-12-28; lines are regular, night'],
    ],
    ['a line id that is a number', [{ date: '2026-12-28', lineId: 1, closed: true }], `${OV}[0].lineId`, ['1 is not a line of edition 15']],
    [
      'the night line while ed.14 is in force',
      [{ date: '2023-02-05', lineId: 'night', closed: true }],
      `${OV}[0].lineId`,
      ['"night" is not a line of edition 14 in force on 2023-02-05; lines are regular'],
    ],
    [
      'a day before the terms',
      [
        { date: '2026-12-28', closed: true },
        { date: '2020-06-30', closed: true },
      ],
      `${OV}[1].date`,
      ['"2020-06-30" lies outside the supported range'],
    ],
    ['a day after 2099', [{ date: '2100-01-01', closed: true }], `${OV}[0].date`, ['"2100-01-01" lies outside the supported range']],
  ])('rejects %s', (_, overrides, path, mentions) => {
    expectPolicyError(() => compile(desknetsCloud, { overrides }), path, mentions);
  });

  it('rejects an impossible override date as INVALID_DATE, naming where', () => {
    const error = expectMadoguchiError(
      () =>
        compile(desknetsCloud, {
          overrides: [
            { date: '2026-12-28', closed: true },
            { date: '2026-02-29', closed: true },
          ],
        }),
      'INVALID_DATE',
    );
    expect(error.message).toContain('options.overrides[1].date');
    expect(error.message).toContain('"2026-02-29"');
  });
});

describe('edition numbers rise with their effective dates', () => {
  // The terms number their editions in the order they took effect (14 from 2020-07-01, 15 from 2023-02-06).
  const [ed14, ed15] = desknetsCloud.editions as unknown as [PolicyInput['editions'][number], PolicyInput['editions'][number]];

  it('rejects an edition number listed twice with another edition between them', () => {
    const policy = { ...desknetsCloud, editions: [ed14, ed15, { ...ed14, effective: '2024-04-01' }] };
    const error = expectMadoguchiError(() => createDesk(policy), 'INVALID_POLICY');
    expect(error.message).toContain('policy.editions');
    expect(error.message).toContain('edition 14');
  });

  it('rejects a lower number taking effect after a higher one', () => {
    const policy = { ...desknetsCloud, editions: [ed14, ed15, { ...ed14, edition: 13, effective: '2024-04-01' }] };
    const error = expectMadoguchiError(() => createDesk(policy), 'INVALID_POLICY');
    expect(error.message).toContain('edition 13 takes effect 2024-04-01, after edition 15 (2023-02-06)');
  });

  it('accepts a third edition with a higher number, whatever the order of the list', () => {
    const ed16 = { ...ed15, edition: 16, effective: '2027-04-01' };
    const d = createDesk({ ...desknetsCloud, editions: [ed16, ed14, ed15] });
    expect(d.status('2027-04-01T10:00:00+09:00').edition).toBe(16);
    expect(d.status('2027-03-31T10:00:00+09:00').edition).toBe(15);
  });
});
