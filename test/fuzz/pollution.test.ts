import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, lines, maintenance, maintenanceOf, type Status, windows } from '../../src/index.js';
import { DAY, END, FROM } from '../properties/instants.js';
import { outcome } from './well-formed.js';

// Policies and options come from JSON files written by integrators: keys that could reach a
// prototype are rejected, shared answers cannot be changed by a caller, and nothing a caller does
// to a returned value changes a later answer.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Options using every key the design documents, as an integrator's JSON file would hold them. */
const OPTIONS: Json = {
  companyHolidays: ['--12-29/--01-03', { date: '2026-08-14', name: '夏季休業' }],
  overrides: [
    { date: '2026-12-28', lineId: 'night', closed: true, name: '年末' },
    { date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] },
  ],
  nationalHolidays: { add: [{ date: '2026-11-27', name: '臨時の祝日' }], remove: ['2026-11-23'] },
  maintenance: [
    {
      period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00',
      title: '定期メンテナンス',
      kind: 'planned',
      cause: 'equipment',
      announcedAt: '2026-11-01T10:00+09:00',
    },
  ],
};
const POLICY = JSON.parse(JSON.stringify(desknetsCloud)) as Json;

/** Every key the policy and options accept somewhere: an "extra" key must be none of them. */
const KNOWN_KEYS = new Set<string>();
/** Paths (as key lists) of every object node of a JSON value: where a key can be smuggled in. */
function objectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  for (const k of Object.keys(value)) KNOWN_KEYS.add(k);
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}
const POLICY_PATHS = objectPaths(POLICY);
const OPTION_PATHS = objectPaths(OPTIONS);

/** `base` as JSON text with `key: value` added to the object at `path`, parsed back: `__proto__` becomes an own key. */
function withKey(base: Json, path: (string | number)[], key: string, value: Json): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const step of path) node = node[step] as Record<string | number, Json>;
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  const text = JSON.stringify(copy);
  expect(text).toContain(JSON.stringify(key));
  return JSON.parse(text);
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_KEYS = prototypeKeys();
const expectNoPollution = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
};

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const extraKey = fc.oneof(
  fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'Id', 'names', ''),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const payload = fc.oneof(fc.constant<Json>({ polluted: true }), fc.constant<Json>({ prototype: { polluted: true } }), fc.jsonValue() as fc.Arbitrary<Json>);

describe('policies and options parsed from JSON', () => {
  it('accepts the unchanged JSON, so each rejection below is caused by the added key', () => {
    expect(outcome(() => createDesk(POLICY as never, OPTIONS as never))).toBe('answered');
    // The policy: itself, its name, 2 editions and their recording notices, edition 15's maintenance,
    // 3 lines and their names. The options: themselves, a named company holiday, 2 overrides,
    // nationalHolidays and its add, a maintenance.
    expect([POLICY_PATHS.length, OPTION_PATHS.length]).toEqual([13, 7]);
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])('rejects a "%s" key at every object of the policy and the options', (key) => {
    for (const path of POLICY_PATHS) {
      expect(
        outcome(() => createDesk(withKey(POLICY, path, key, { polluted: true }) as never)),
        `policy at ${path.join('.')}`,
      ).toBe('INVALID_POLICY');
    }
    for (const path of OPTION_PATHS) {
      expect(
        outcome(() => createDesk(desknetsCloud, withKey(OPTIONS, path, key, { polluted: true }) as never)),
        `options at ${path.join('.')}`,
      ).toBe('INVALID_POLICY');
    }
    expectNoPollution();
  });

  it('rejects any dangerous or unknown key with any JSON value, anywhere, without polluting prototypes', () => {
    const key = fc.oneof(
      dangerousKey,
      extraKey.filter((k) => !KNOWN_KEYS.has(k)),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), key, payload, (inPolicy, pick, k, value) => {
        const paths = inPolicy ? POLICY_PATHS : OPTION_PATHS;
        const path = paths[pick % paths.length] as (string | number)[];
        const call = inPolicy
          ? () => createDesk(withKey(POLICY, path, k, value) as never)
          : () => createDesk(desknetsCloud, withKey(OPTIONS, path, k, value) as never);
        expect(outcome(call)).toBe('INVALID_POLICY');
        expectNoPollution();
      }),
      { numRuns: 300 },
    );
  });

  it('treats a line named "constructor" as an ordinary line, and prototype names as unknown lines', () => {
    const policy = JSON.parse(JSON.stringify(desknetsCloud).replaceAll('"night"', '"constructor"'));
    const custom = createDesk(policy);
    // 第6条1項(2): the second line of edition 15 is open 18:00–20:00 on weekdays.
    expect(custom.isOpen('2026-11-25T19:00:00+09:00', 'constructor')).toBe(true);
    expect(custom.nextOpening('2026-11-25T12:00:00+09:00', 'constructor')?.opensAt.getTime()).toBe(Date.parse('2026-11-25T18:00:00+09:00'));
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(
        outcome(() => desk.isOpen('2026-11-25T19:00:00+09:00', id)),
        id,
      ).toBe('UNKNOWN_LINE');
      expect(
        outcome(() => desk.nextOpening('2026-11-25T19:00:00+09:00', id)),
        id,
      ).toBe('UNKNOWN_LINE');
      expect(
        outcome(() => windows(desk, '2026-11-25T00:00:00+09:00', '2026-11-26T00:00:00+09:00', id)),
        id,
      ).toBe('UNKNOWN_LINE');
      expect(
        outcome(() => createDesk(desknetsCloud, { overrides: [{ date: '2026-11-25', lineId: id, closed: true }] })),
        id,
      ).toBe('INVALID_POLICY');
    }
    expectNoPollution();
  });
});

/** Checks `value` and everything reachable from it is frozen. */
function expectDeepFrozen(value: unknown, path = 'value', seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const key of Reflect.ownKeys(value)) expectDeepFrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
}

const instant = fc.integer({ min: FROM, max: END - 1 });

describe('shared objects', () => {
  it('freezes the preset desknetsCloud all the way down', () => {
    expectDeepFrozen(desknetsCloud, 'desknetsCloud');
  });

  it('freezes the desk and every desk createDesk returns', () => {
    expect(Object.isFrozen(desk)).toBe(true);
    expect(Object.isFrozen(createDesk(desknetsCloud, OPTIONS as never))).toBe(true);
  });

  it('returns deeply frozen Line, Closed and holiday marks at any instant', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = desk.status(t);
        expectDeepFrozen(s.line, 'status.line');
        expectDeepFrozen(s.closed, 'status.closed');
        expectDeepFrozen(s.next?.line, 'status.next.line');
        expectDeepFrozen(s.languages, 'status.languages');
        const info = day(desk, t);
        expect(Object.isFrozen(info)).toBe(true);
        expectDeepFrozen(info.closed, 'day.closed');
        expectDeepFrozen(info.holiday, 'day.holiday');
        for (const line of lines(desk, t)) expectDeepFrozen(line, 'lines()[i]');
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a change to a returned Line, which keeps its number from the terms', () => {
    const line = desk.status('2026-11-25T10:00:00+09:00').line as unknown as { tel: string; languages: string[] };
    expect(() => {
      line.tel = '0000-000-000';
    }).toThrow(TypeError);
    expect(() => line.languages.push('en')).toThrow(TypeError);
    // 第6条1項(1): 通常窓口 TEL 0120-365-800, 日本語のみ.
    expect(desk.status('2026-11-26T10:00:00+09:00').line).toMatchObject({ tel: '0120-365-800', languages: ['ja'] });
  });
});

describe('read-only answers', () => {
  it('refuses a change to any field of a Status, which keeps the answer of the terms', () => {
    const s = desk.status('2026-11-25T10:00:00+09:00') as unknown as Record<string, unknown>;
    for (const field of ['at', 'jst', 'edition', 'open', 'line', 'closesAt', 'next', 'closed', 'languages']) {
      expect(() => {
        s[field] = null;
      }, field).toThrow(TypeError);
    }
    // 第6条1項(1): 通常窓口 9:00～17:30, so at 10:00 it is open until 17:30 JST.
    expect(s).toMatchObject({ open: true, edition: 15, closesAt: new Date('2026-11-25T17:30:00+09:00') });
    expect((s.line as { id: string }).id).toBe('regular');
  });

  it('refuses a change to the periods of the shared maintenance, and of a desk', () => {
    const custom = createDesk(desknetsCloud, OPTIONS as never);
    for (const m of [maintenance, maintenanceOf(desk), maintenanceOf(custom)]) {
      expect(Object.isFrozen(m.periods)).toBe(true);
      expect(() => (m.periods as unknown[]).push({})).toThrow(TypeError);
    }
    // 第18条の2第2項: 毎日1:00～6:00 (UTC+9); the shared maintenance has no periods.
    expect(maintenance.status('2026-11-25T03:00:00+09:00')).toMatchObject({ inRegularWindow: true, active: [], planned: [] });
  });

  it('hands out copies of the periods’ Dates, so moving one moves nothing for anyone else', () => {
    const custom = createDesk(desknetsCloud, OPTIONS as never);
    const inside = '2026-12-05T23:00:00+09:00'; // within 22:00–02:00 of the period in OPTIONS
    maintenanceOf(custom).periods[0]?.start.setTime(Date.parse('2030-01-01T00:00:00Z'));
    maintenanceOf(custom).status(inside).active[0]?.end.setTime(0);
    expect(maintenanceOf(custom).periods[0]?.start).toEqual(new Date('2026-12-05T22:00:00+09:00'));
    expect(
      maintenanceOf(custom)
        .status(inside)
        .active.map((p) => p.end),
    ).toEqual([new Date('2026-12-06T02:00:00+09:00')]);
  });
});

describe('returned values are the caller’s own', () => {
  const project = (s: Status) => [s.at.getTime(), s.closesAt?.getTime(), s.next?.opensAt.getTime(), s.next?.closesAt.getTime()];

  it('gives the same answers after the caller changed every Date and array it was given', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const to = Math.min(t + 3 * DAY, END);
        const ask = () => ({
          status: desk.status(t),
          next: desk.nextOpening(t),
          windows: windows(desk, t, to),
          day: day(desk, t),
          lines: lines(desk, t),
        });
        const first = ask();
        const before = JSON.stringify([project(first.status), first.next, first.windows, first.day.windows, first.lines.map((l) => l.id)]);
        for (const date of [first.status.at, first.status.closesAt, first.status.next?.opensAt, first.status.next?.closesAt]) date?.setTime(0);
        for (const o of [first.next, ...first.windows, ...first.day.windows]) {
          o?.opensAt.setFullYear(1999);
          o?.closesAt.setTime(Number.NaN);
        }
        first.windows.reverse().push(...first.windows);
        if (!Object.isFrozen(first.day.windows)) (first.day.windows as unknown[]).splice(0);
        if (!Object.isFrozen(first.lines)) (first.lines as unknown[]).splice(0);
        const again = ask();
        expect(JSON.stringify([project(again.status), again.next, again.windows, again.day.windows, again.lines.map((l) => l.id)])).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('does not hand back the Date it was given', () => {
    const given = new Date('2026-11-25T10:00:00+09:00');
    const s = desk.status(given);
    expect(s.at).not.toBe(given);
    given.setTime(0);
    expect(s.at.getTime()).toBe(Date.parse('2026-11-25T10:00:00+09:00'));
  });

  it('keeps its answers when the caller later changes the policy or options it compiled', () => {
    const policy = JSON.parse(JSON.stringify(desknetsCloud));
    const options = { companyHolidays: ['--12-29/--01-03'], overrides: [{ date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] }] };
    const custom = createDesk(policy, options as never);
    policy.editions[1].lines[0].windows[0][1] = '23:00';
    policy.editions[1].lines[0].tel = '0000-000-000';
    options.companyHolidays.push('2026-11-25');
    (options.overrides[0] as { windows: string[][] }).windows[0] = ['9:00', '9:30'];
    // Edition 15, 第6条1項(1): 9:00～17:30, TEL 0120-365-800; the override gives 10:00–15:00 on 11-26.
    expect(custom.isOpen('2026-11-25T17:00:00+09:00', 'regular')).toBe(true);
    expect(custom.isOpen('2026-11-25T17:30:00+09:00', 'regular')).toBe(false);
    expect(custom.status('2026-11-25T10:00:00+09:00').line?.tel).toBe('0120-365-800');
    expect(custom.isOpen('2026-11-26T14:00:00+09:00', 'regular')).toBe(true);
  });
});
