import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { type ConnectEvent, connectHandler } from '../../src/connect/index.js';
import { createDesk, type Desk, desknetsCloud, MadoguchiError } from '../../src/index.js';
import { textOf } from './xml.js';

// Expectations come from the terms (第6条1項: regular 0120-365-800 9:00～17:30, night 0800-777-9984
// 18:00～20:00, 土日祝日・当社休業日を除く; 第6条2項: the recording notice), the numbers in E.164 as
// the design notes give them, and the calendar: 2026-12-02 is a Wednesday, 2026-12-05 a Saturday,
// 2026-12-04 a Friday; 2026-05-06 is 振替休日 (5/3 憲法記念日 fell on a Sunday), 5/7 a Thursday.
const REGULAR = '+81120365800';
const NIGHT = '+818007779984';
const NOTICE = desknetsCloud.editions.find((e) => e.edition === 15)?.recordingNotice?.ja ?? '';
// An empty notice would make every check of it pass: the preset must still carry 第6条2項.
if (!NOTICE.includes('録音')) throw new Error('the preset no longer carries the recording notice of 第6条2項');

const fixture = (name: string): ConnectEvent => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as ConnectEvent;
/** The Lambda guide's documented event, dialed to `address`, with the block's parameters. */
function event(address: string, parameters: Record<string, string> = {}): ConnectEvent {
  const base = fixture('lambda-guide-event.json');
  return {
    ...base,
    Details: {
      ...base.Details,
      ContactData: { ...base.Details.ContactData, SystemEndpoint: { Address: address, Type: 'TELEPHONE_NUMBER' } },
      Parameters: parameters,
    },
  };
}
const at = (jst: string): Desk => createDesk(desknetsCloud, { clock: () => Date.parse(`${jst}+09:00`) });
const call = (jst: string, e: ConnectEvent, desk: Desk = at(jst)) => connectHandler({ desk })(e);

group('connectHandler on the documented events', () => {
  it.each([
    ['the Lambda developer guide', 'lambda-guide-event.json', 'regular', REGULAR],
    ['the Connect administrator guide (LanguageCode en-US, which is the flow default, not the caller)', 'admin-guide-event.json', 'night', NIGHT],
  ])('answers the event of %s with the dialed line', async (_, name, lineId, number) => {
    const r = await call('2026-12-02T10:00', fixture(name));
    expect(r.dialedLineId).toBe(lineId);
    expect(r.transferTo).toBe(REGULAR); // at 10:00 only the regular line is open
    expect(r.decision).toBe(number === REGULAR ? 'connect' : 'redirect');
  });

  it("returns only strings, as the block's STRING_MAP validation requires, for any instant, number and language", async () => {
    const handler = (ms: number) => connectHandler({ desk: createDesk(desknetsCloud, { clock: () => ms }) });
    const from = Date.parse('2023-02-06T00:00:00+09:00');
    const to = Date.parse('2031-12-31T00:00:00+09:00');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: from, max: to }),
        fc.constantFrom('+81120365800', '+818007779984', '0120-365-800', 'tel:+81-800-777-9984'),
        fc.constantFrom(undefined, 'ja-JP', 'en-US', 'ja_JP', 'zh', 'not a tag'),
        async (ms, address, language) => {
          const r = await handler(ms)(event(address, language === undefined ? {} : { language }));
          for (const [key, value] of Object.entries(r)) expect(typeof value, key).toBe('string');
          expect(['connect', 'redirect', 'closed', 'unsupported-language']).toContain(r.decision);
          expect(['true', 'false']).toContain(r.open);
          expect(r.transferTo === '' || r.transferTo === REGULAR || r.transferTo === NIGHT).toBe(true);
          expect(textOf(r.prompt).length).toBeGreaterThan(0); // well-formed SSML with words in it
        },
      ),
      { numRuns: 300 },
    );
  });
});

group('connectHandler routes by the dialed number in E.164', () => {
  it('redirects the night number dialed at 10:00 to the regular line, notice before the transfer', async () => {
    const r = await call('2026-12-02T10:00', event(NIGHT));
    expect(r).toMatchObject({ decision: 'redirect', open: 'true', lineId: 'regular', dialedLineId: 'night', transferTo: REGULAR, reason: 'before-hours' });
    expect(r.closesAt).toBe('2026-12-02T17:30:00+09:00');
    expect(r.recordingNotice).toBe(NOTICE);
    expect(r.promptText.split(NOTICE)).toHaveLength(2); // heard once
    expect(r.promptText.indexOf(NOTICE)).toBeLessThan(r.promptText.indexOf('おつなぎ'));
  });

  it('redirects the regular number dialed at 18:30 to the night line', async () => {
    const r = await call('2026-12-02T18:30', event(REGULAR));
    expect(r).toMatchObject({ decision: 'redirect', lineId: 'night', dialedLineId: 'regular', transferTo: NIGHT, reason: 'after-hours' });
    expect(r.closesAt).toBe('2026-12-02T20:00:00+09:00');
  });

  it.each([
    ['2026-12-02T09:00', REGULAR, REGULAR, '2026-12-02T17:30:00+09:00'],
    ['2026-12-02T17:29:59.999', REGULAR, REGULAR, '2026-12-02T17:30:00+09:00'],
    ['2026-12-02T18:00', NIGHT, NIGHT, '2026-12-02T20:00:00+09:00'],
  ])('connects at %s the number %s to %s until %s', async (jst, dialed, transferTo, closesAt) => {
    const r = await call(jst, event(dialed));
    expect(r).toMatchObject({ decision: 'connect', open: 'true', transferTo, closesAt, nextOpensAt: '', recordingNotice: NOTICE, reason: '' });
    expect(r.promptText).toContain(NOTICE);
  });

  it('says closed on a Saturday, with the instant of the next opening, and plays no notice', async () => {
    const r = await call('2026-12-05T10:00', event(REGULAR));
    expect(r).toMatchObject({ decision: 'closed', open: 'false', transferTo: '', reason: 'weekend', holiday: '', recordingNotice: '' });
    expect(r.nextOpensAt).toBe('2026-12-07T09:00:00+09:00');
    expect(r.nextWhen).toBe('later');
    expect(r.nextTransferTo).toBe(REGULAR);
    expect(r.promptText).not.toContain(NOTICE);
  });

  it('at 2026-05-06 07:00 (振替休日) gives the next opening 2026-05-07 09:00, tomorrow', async () => {
    const r = await call('2026-05-06T07:00', event(REGULAR));
    expect(r).toMatchObject({
      decision: 'closed',
      reason: 'national-holiday',
      holiday: '振替休日',
      nextOpensAt: '2026-05-07T09:00:00+09:00',
      nextWhen: 'tomorrow',
    });
  });

  it('closes at 17:30:00.000 sharp (windows are half-open) and points to the night line later today', async () => {
    const r = await call('2026-12-02T17:30', event(REGULAR));
    expect(r).toMatchObject({
      decision: 'closed',
      reason: 'between-windows',
      nextOpensAt: '2026-12-02T18:00:00+09:00',
      nextWhen: 'today',
      nextTransferTo: NIGHT,
    });
  });

  it.each([
    ['an override closing the night line that day', { overrides: [{ date: '2026-12-02', lineId: 'night', closed: true as const }] }, 'override'],
    ['a timed company closure over the evening', { companyHolidays: [{ start: '2026-12-02T17:45+09:00', end: '2026-12-03T00:00+09:00' }] }, 'company-holiday'],
  ])('says why the dialed night line is closed all day: %s', async (_, options, reason) => {
    const d = createDesk(desknetsCloud, { ...options, clock: () => Date.parse('2026-12-02T10:00+09:00') });
    const r = await call('2026-12-02T10:00', event(NIGHT), d);
    expect(r).toMatchObject({ decision: 'redirect', transferTo: REGULAR, reason });
  });

  it('takes the line from a lineId parameter when the instance has a number of its own', async () => {
    const r = await call('2026-12-02T18:30', event('+815012345678', { lineId: 'night' }));
    expect(r).toMatchObject({ decision: 'connect', dialedLineId: 'night', transferTo: NIGHT });
  });

  it('tells a caller whose language no line serves, in English, and puts nobody through', async () => {
    const r = await call('2026-12-02T10:00', event(REGULAR, { language: 'en-US' }));
    expect(r).toMatchObject({
      decision: 'unsupported-language',
      open: 'true',
      transferTo: '',
      promptLanguage: 'en-US',
      reason: 'unsupported-language',
      recordingNotice: '',
    });
    expect(r.promptText).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // no Japanese script in English
    expect(r.prompt).toContain('xml:lang="en-US"');
  });

  it('reads a POSIX-style language (ja_JP) as ja-JP and ignores a garbled one rather than failing the call', async () => {
    for (const language of ['ja_JP', 'not a tag']) {
      expect((await call('2026-12-02T10:00', event(REGULAR, { language }))).decision).toBe('connect');
    }
  });

  it('adds the decision as nested JSON in the JSON response mode, keeping the flat strings', async () => {
    const handler = connectHandler({ desk: at('2026-12-02T18:30'), responseType: 'JSON' });
    const r = await handler(event(REGULAR));
    expect(r.transferTo).toBe(NIGHT);
    expect(r.route).toMatchObject({ kind: 'redirect', line: { id: 'night' }, closesAt: '2026-12-02T11:00:00.000Z' });
  });
});

group('the prompt', () => {
  it('is an SSML <speak> document whose words are promptText, the number read digit by digit with pauses between groups', async () => {
    const r = await call('2026-12-05T10:00', event(REGULAR));
    expect(r.prompt.startsWith('<speak>')).toBe(true);
    expect(r.prompt.endsWith('</speak>')).toBe(true);
    // Three operator groups (0120 / 365 / 800): two pauses, and no digit left for the engine to read as a number.
    expect(r.prompt.match(/<break time="300ms"\/>/g)?.length).toBe(2);
    expect(r.promptText).not.toMatch(/\d{3}/);
    expect(textOf(r.prompt).replaceAll('、', '')).toBe(r.promptText.replaceAll('、', ''));
  });

  it('says a company holiday named R&D <休業> "x" as text, in well-formed SSML', async () => {
    const name = 'R&D <休業> "x"';
    const desk = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-02', name }], clock: () => Date.parse('2026-12-02T10:00+09:00') });
    const r = await call('2026-12-02T10:00', event(REGULAR), desk);
    expect(r).toMatchObject({ decision: 'closed', reason: 'company-holiday', holiday: name });
    expect(r.prompt).not.toContain('<休業>');
    expect(textOf(r.prompt)).toContain(name);
  });
});

group('malformed events fail clearly, never a wrong transfer', () => {
  const code = async (e: unknown): Promise<string> => {
    try {
      await connectHandler({ desk: at('2026-12-02T10:00') })(e as ConnectEvent);
    } catch (error) {
      expect(error).toBeInstanceOf(MadoguchiError);
      expect((error as Error).message.length).toBeGreaterThan(30);
      return (error as MadoguchiError).code;
    }
    return 'resolved';
  };
  it.each([
    ['null', null, 'INVALID_ARGUMENT'],
    ['a string', 'ContactFlowEvent', 'INVALID_ARGUMENT'],
    ['an object without Details', { Name: 'ContactFlowEvent' }, 'INVALID_ARGUMENT'],
    ['Details without ContactData', { Details: { Parameters: {} } }, 'INVALID_ARGUMENT'],
    ['a numeric Address', { Details: { ContactData: { SystemEndpoint: { Address: 81120365800 } } } }, 'INVALID_ARGUMENT'],
    ['no Address and no lineId', { Details: { ContactData: { SystemEndpoint: null }, Parameters: {} } }, 'INVALID_ARGUMENT'],
    ['Parameters as an array', { Details: { ContactData: { SystemEndpoint: { Address: REGULAR } }, Parameters: [] } }, 'INVALID_ARGUMENT'],
    [
      'a non-string language parameter',
      { Details: { ContactData: { SystemEndpoint: { Address: REGULAR } }, Parameters: { language: 1 } } },
      'INVALID_ARGUMENT',
    ],
    ['a number the desk does not have', event('+815012345678'), 'UNKNOWN_LINE'],
    ['an anonymous endpoint', event('anonymous'), 'UNKNOWN_LINE'],
    ['an unknown lineId', event(REGULAR, { lineId: 'weekend' }), 'UNKNOWN_LINE'],
  ])('rejects %s', async (_, e, expected) => {
    expect(await code(e)).toBe(expected);
  });

  it('rejects options it does not know', () => {
    expect(() => connectHandler({ responseType: 'XML' } as never)).toThrow(MadoguchiError);
    expect(() => connectHandler({ desk: {} } as never)).toThrow(MadoguchiError);
    expect(() => connectHandler({ clock: 1 } as never)).toThrow(/Unknown option "clock"/);
  });
});
